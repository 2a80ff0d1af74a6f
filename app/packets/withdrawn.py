"""Contacts the owner withdrew as logged by mistake: left out of the packet's log, counts,
signs and narrative, and listed on their own among the corrections, so a reader sees what was
taken back, when and why, and that nothing was quietly removed."""

from __future__ import annotations

from app.core.clock import shown_time
from app.core.domain import Contact
from app.packets.contacts import handed_on
from app.packets.redaction import Redactor
from app.services import Services
from app.standing.reading import shortened

SHOWN = 120  # characters of a withdrawn contact's summary or words


def withdrawn_line(
    contact: Contact,
    reason: str,
    withdrawn_on: str,
    redact: Redactor,
) -> str:
    # Redacted before it is shortened: a name cut in half ("Alice Bro…") no rule would find.
    what = shortened(redact(handed_on(contact) or contact.text, contact.id), SHOWN)
    reason = redact(reason, contact.id)
    return (
        f"#{contact.id} · {shown_time(contact.occurred_at):%Y-%m-%d} · {contact.channel.label}"
        f"{f' · {what}' if what else ''} — withdrawn by the owner on {withdrawn_on} as logged by "
        f"mistake (reason given: {reason}). It is left out of this packet's log, counts, signs "
        "and narrative; it stays in the log, unchanged."
    )


def withdrawn_lines(
    services: Services,
    contacts: list[Contact],
    redact: Redactor,
) -> tuple[str, ...]:
    """One line per withdrawn contact among `contacts` (the customer's whole log), with the
    packet's redactions, those for that one contact included."""
    taken_back = services.contacts.withdrawals([c.id for c in contacts if c.id is not None])
    return tuple(
        withdrawn_line(
            contact,
            taken_back[contact.id].reason,
            f"{shown_time(taken_back[contact.id].withdrawn_at):%Y-%m-%d}",
            redact,
        )
        for contact in contacts
        if contact.id in taken_back
    )


def kept(services: Services, contacts: list[Contact]) -> list[Contact]:
    """The contacts not withdrawn."""
    taken_back = services.contacts.withdrawals([c.id for c in contacts if c.id is not None])
    return [contact for contact in contacts if contact.id not in taken_back]
