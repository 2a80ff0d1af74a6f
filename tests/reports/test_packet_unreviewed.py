"""A packet lists what Steady's word check suggested and nobody reviewed marked as such, where it
lists the category: the counts by kind, the threats by kind, each contact's flags, the grounds.
Kept by the owner, the mark goes; cleared, the category is not listed; the owner's own
category is never marked. Nothing is dropped: they are still the customer's words."""

from __future__ import annotations

from app.core.domain import Category
from app.importing.review import SuggestionReview
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.waiting_suggestions import SUED, customer_with_waiting, log_owners_own

MARK = "suggested by Steady's word check, not reviewed"


def _text(services: Services, customer_id: int, kind: PacketKind) -> str:
    made = make_packet(services, customer_id, PacketOptions(kind=kind))
    return flat(" ".join(pdf_text(made.pdf.data)))


def test_a_legal_packet_marks_each_unreviewed_category_where_it_lists_it(
    services: Services,
) -> None:
    customer_id, _ = customer_with_waiting(services)
    text = _text(services, customer_id, PacketKind.LEGAL)
    # The counts by kind on the summary page, and the threats by kind.
    assert (
        f"What the customer's contacts are flagged as Contacts Threat of legal action ({MARK}) 1"
    ) in text
    assert f"2. Threats Kind Count Contacts Threat of legal action ({MARK}) 1" in text
    assert f"Threats and harassment logged: threat of legal action (1, {MARK})." in text
    # The contact in the chronological log: flagged, and said to be unreviewed.
    assert f"Flagged: threat of legal action ({MARK})" in text
    assert SUED in text  # still the customer's words, quoted in full


def test_a_termination_packet_says_the_ground_rests_on_unreviewed_suggestions(
    services: Services,
) -> None:
    customer_id, _ = customer_with_waiting(services)
    text = _text(services, customer_id, PacketKind.TERMINATION)
    assert (
        "1 threat: threat of legal action. This rests only on categories Steady's word check "
        "suggested; nobody has reviewed them yet."
    ) in text
    assert f"Flagged: threat of legal action ({MARK})" in text


def test_kept_it_is_listed_without_the_mark(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
    for kind in (PacketKind.LEGAL, PacketKind.TERMINATION):
        text = _text(services, customer_id, kind)
        assert "Flagged: threat of legal action" in text
        assert "not reviewed" not in text and "nobody has reviewed" not in text


def test_cleared_it_is_not_listed_as_a_threat(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=False)
    text = _text(services, customer_id, PacketKind.LEGAL)
    assert "threat of legal action" not in text.lower().split("chronological log")[0]
    assert "not reviewed" not in text
    assert SUED in text  # the message itself stays in the log and the packet


def test_the_owners_own_category_is_never_marked(services: Services) -> None:
    customer_id, _ = customer_with_waiting(services)
    log_owners_own(services, customer_id)
    text = _text(services, customer_id, PacketKind.LEGAL)
    # Two threats of legal action, one of them only suggested.
    assert f"Threat of legal action (1 of them {MARK}) 2" in text
    assert text.count("Flagged: threat of legal action") == 2
    assert text.count(f"Flagged: threat of legal action ({MARK})") == 1
