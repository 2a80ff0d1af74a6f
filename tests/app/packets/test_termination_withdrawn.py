"""The termination packet lists the contacts the owner withdrew as logged by mistake, as the
legal packet does: a customer's lawyer reading it sees what was taken back, when and why,
redacted like the rest of the packet."""

from __future__ import annotations

from datetime import UTC, datetime

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

HEADING = "Corrections: contacts withdrawn as logged by mistake"
KEPT = "You will regret this, I know where your shop is."
WRONG = "Robin Vale says the order for the market stall is late again."
REASON = "Robin Vale's email, logged under this customer by mistake"


def _termination_text(services: Services, customer: int, *rules: Redaction) -> str:
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION, redactions=rules))
    return flat(" ".join(pdf_text(made.pdf.data)))


def _one_withdrawn(services: Services, customer: int) -> int:
    """A threat kept, and a week later a contact of 25 October withdrawn."""
    services.contacts.log(customer, inbound(KEPT, datetime(2026, 10, 24, 10, 0, tzinfo=UTC)))
    wrong = services.contacts.log(
        customer,
        inbound(WRONG, datetime(2026, 10, 25, 10, 0, tzinfo=UTC), summary="Late order, stall"),
    )
    services.contacts.withdraw(wrong, REASON)
    return wrong


def test_the_termination_packet_lists_a_withdrawn_contact_with_when_and_why(
    services: Services, customer_id: int
) -> None:
    wrong = _one_withdrawn(services, customer_id)
    text = _termination_text(services, customer_id)
    # In the table of contents and as a section of its own, before the appendices.
    assert text.count(HEADING) >= 2
    body = text[text.rindex(HEADING) : text.rindex("Appendix A — Full contact log")]
    assert (
        f"#{wrong} · 2026-10-25 · Email · Late order, stall — withdrawn by the owner on "
        f"2026-11-02 as logged by mistake (reason given: {REASON})."
    ) in body, body[:800]
    # Listed among the corrections only: not in the contact log it was taken out of.
    log = text[text.rindex("Appendix A — Full contact log") :]
    assert KEPT in log and f"#{wrong} ·" not in log and "Robin Vale says" not in log


def test_a_redacted_termination_packet_leaks_no_name_through_the_withdrawn_line(
    services: Services, customer_id: int
) -> None:
    wrong = _one_withdrawn(services, customer_id)
    text = _termination_text(
        services, customer_id, Redaction("Robin Vale", wrong, "another customer")
    )
    body = text[text.rindex(HEADING) : text.rindex("Appendix A — Full contact log")]
    assert f"#{wrong} · 2026-10-25 · Email" in body and "withdrawn by the owner on" in body
    assert "Robin" not in text and "Vale" not in text


def test_a_termination_packet_with_nothing_withdrawn_has_no_such_section(
    services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound(KEPT, datetime(2026, 10, 24, 10, tzinfo=UTC)))
    text = _termination_text(services, customer_id)
    assert KEPT in text
    assert "withdrawn as logged by mistake" not in text
    assert "The owner marked these contacts" not in text
