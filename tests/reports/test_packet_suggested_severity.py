"""A severity Steady's word check gave a message, never reviewed by the owner, is printed as
the word check's wherever the packet prints the severity — the log entry, the worst of what the
customer wrote, the pattern — until the owner keeps the suggestion or changes the severity.
The owner's own rating is never marked."""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import Category
from app.importing.review import SuggestionReview
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own

MARK = "suggested by Steady's word check, not reviewed"


def _text(services: Services, customer_id: int, kind: PacketKind = PacketKind.LEGAL) -> str:
    made = make_packet(services, customer_id, PacketOptions(kind=kind))
    return flat(" ".join(pdf_text(made.pdf.data)))


def test_an_unreviewed_severity_is_marked_in_the_log_the_worst_and_the_pattern(
    services: Services,
) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    owners = log_owners_own(services, customer_id)
    text = _text(services, customer_id)
    log = text.split("Chronological log", 1)[-1]
    assert (
        f"#{contact_id} · 2026-10-01 09:00 UTC+00:00 · Email · From the customer · "
        f"severity 3 · hostile, {MARK}" in log
    )
    owners_line = log.split(f"#{owners} ·", 1)[1][:120]
    assert "severity 3 · hostile" in owners_line and "word check" not in owners_line
    worst = text.split("The worst of what the customer wrote", 1)[1].split("Reports already", 1)[0]
    assert f"2026-10-01, email, severity 3, {MARK} (contact #{contact_id} in the log)" in worst
    assert f"2026-10-02, email, severity 3 (contact #{owners} in the log)" in worst
    assert (
        f"2 of them hostile, abusive or threatening (severity 3 or more; the severity of 1 of "
        f"them was {MARK})" in text
    )
    assert f"severity 3 · hostile, {MARK}" in _text(services, customer_id, PacketKind.TERMINATION)


def test_kept_or_changed_by_the_owner_the_severity_is_theirs(services: Services) -> None:
    customer_id, kept = customer_with_waiting(services)
    _, changed = customer_with_waiting(services)
    services.contacts.move(changed, customer_id, "Same customer")
    SuggestionReview(services.store).decide_one(kept, Category.THREAT_LEGAL, keep=True)
    details = services.contacts.get(changed).details
    services.contacts.correct(changed, replace(details, severity=2), "Rude, not hostile")
    text = _text(services, customer_id)
    for rating in ("severity 3 · hostile", "severity 2 · rude", "severity 3", "severity 2"):
        assert f"{rating}, {MARK}" not in text
    assert "the severity of" not in text
    assert f"#{kept} · 2026-10-01 09:00 UTC+00:00 · Email · From the customer · severity 3 · " in (
        text
    )
    assert "severity 2 · rude" in text
