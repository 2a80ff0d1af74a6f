"""A calm reply's log line says, for the owner, that they started early or kept wording Steady
flagged. That coaching is for the owner's eyes only: a packet (the lawyer, the police, the
customer's side) and its bundle print the reply and the neutral facts, never the coaching."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.core.domain import Category
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind
from app.packets.making import MadePacket, make_packet
from app.reply.readiness import handed_on_summary, note_flags
from app.reply.tone import check_tone
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

COACHING = ("started early", "skip the rest of the pause", "kept as written", "reworded")


REPLY = "Obviously your refund went out today."


def _sent_in_a_hurry(
    business: Services, angry_id: int, clock: FakeClock, words: str = REPLY
) -> int:
    reply = business.replies.start(angry_id)
    clock.advance(minutes=1)
    business.replies.override_cooling(reply, "I am calm and ready to reply")
    reply.draft = "Obviously you never read our emails. Whatever."
    note_flags(reply, check_tone(reply.draft))
    reply.draft = f"Dear Morwenna,\n\n{words}\n\nKind regards,\nJordan"
    for item in reply.checklist:
        item.done = True
    flags = check_tone(reply.draft)
    assert flags, "the draft keeps a flagged word"
    return business.replies.mark_sent(reply, "clipboard", flags)


def _shared(made: MadePacket) -> tuple[str, str]:
    """The packet's text, and that text with every text file of its bundle."""
    text = flat(" ".join(pdf_text(made.pdf.data)))
    bundle = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    return text, text + " ".join(
        bundle.read(name).decode("utf-8")
        for name in bundle.namelist()
        if name.endswith((".json", ".csv", ".txt", ".md", ".html"))
    )


@pytest.mark.parametrize("kind", [PacketKind.LEGAL, PacketKind.TERMINATION])
def test_a_packet_prints_the_reply_without_the_owners_coaching(
    business: Services, angry_id: int, clock: FakeClock, kind: PacketKind
) -> None:
    sent = _sent_in_a_hurry(business, angry_id, clock)
    summary = business.contacts.get(sent).summary
    assert "started early" in summary and "kept as written" in summary  # the owner's own view
    customer = business.contacts.get(sent).customer_id
    text, shared = _shared(make_packet(business, customer, PacketOptions(kind)))
    assert "Obviously your refund went out today." in text
    assert "Calm reply." in text
    for words in COACHING:
        assert words not in shared, words


@pytest.mark.parametrize("kind", [PacketKind.LEGAL, PacketKind.TERMINATION])
def test_a_warning_reply_and_a_withdrawn_reply_carry_no_coaching(
    business: Services, angry_id: int, clock: FakeClock, kind: PacketKind
) -> None:
    """A calm reply that is a warning is quoted in "Warnings given" by its own words; a calm
    reply withdrawn as logged by mistake is listed among the corrections; neither with the
    owner's coaching, anywhere in the packet or its bundle."""
    warning = "Obviously insults end the account. This is a formal warning."
    _sent_in_a_hurry(business, angry_id, clock, warning)
    customer = business.contacts.get(angry_id).customer_id
    clock.advance(days=1)
    again = business.contacts.log(
        customer,
        inbound(
            "You idiots, where is my refund?", clock(), categories=(Category.ABUSE,), severity=4
        ),
    )
    clock.advance(hours=1)
    mistaken = _sent_in_a_hurry(business, again, clock, "Obviously it is on its way.")
    business.contacts.withdraw(mistaken, "Logged twice by mistake")
    clock.advance(days=1)
    business.contacts.log(
        customer,
        inbound("I will ruin you.", clock(), categories=(Category.ABUSE,), severity=4),
    )
    made = make_packet(business, customer, PacketOptions(kind))
    text, shared = _shared(made)
    if kind is PacketKind.LEGAL:
        assert "Logged twice by mistake" in text  # the withdrawn reply is listed
    else:
        warnings = text[text.rindex("Warnings given") : text.rindex("Actions taken")]
        assert warning in warnings
    for words in COACHING:
        assert words not in shared, words


def test_only_steadys_own_sentences_are_taken_out() -> None:
    assert (
        handed_on_summary(
            "Calm reply, started early after 1 minute (you chose to skip the rest of the pause). "
            "It answers 2 of the 2 points raised. 1 harsh phrase was reworded. "
            "2 phrases flagged for tone kept as written."
        )
        == "Calm reply. It answers 2 of the 2 points raised."
    )
    waited = "Calm reply, written after a pause of 20 minutes. It answers 1 of the 3 points raised."
    assert handed_on_summary(waited) == waited
    assert handed_on_summary("Refund promised; started early on the call") == (
        "Refund promised; started early on the call"
    )
