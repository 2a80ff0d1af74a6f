"""A corrected contact in a packet: the customer's words as first received, and each correction
with when, by whom and why, read from the contact's versions and the ledger.

A correction is for the owner's own record (a wrong severity, a typing slip in a call note);
it never changes what the customer wrote. So where a customer's written words were changed,
the packet prints the words as first received and shows the correction beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.clock import in_recorded_zone
from app.core.domain import Contact
from app.packets.data import Correction
from app.services import Services
from app.standing.attribution import is_customers_words


@dataclass(frozen=True)
class Received:
    """What a packet prints for one contact's words."""

    text: str  # the words to print: as first received when they were the customer's
    corrected_text: str = ""  # the later wording, when a correction changed the customer's words
    corrections: tuple[Correction, ...] = ()
    first_logged_as_written: bool = True
    # When the contact first said it happened, in the zone it was logged in, when a correction
    # changed the time; None when it did not.
    first_occurred_at: datetime | None = None


def received(services: Services, contact: Contact) -> Received:
    if not contact.revision:
        return Received(contact.text)
    versions = services.contacts.revisions(contact.id)
    if not versions:
        return Received(contact.text)
    original = versions[0].details
    corrections = tuple(
        Correction(version.revised_at, version.reason, _who(services, contact.id, version.number))
        for version in versions[1:]
    )
    written_first = is_customers_words(original)
    still_written = is_customers_words(contact.details)
    first_at = (
        in_recorded_zone(original.occurred_at, original.occurred_tz)
        if original.occurred_at != contact.occurred_at
        else None
    )
    if written_first and still_written and original.text != contact.text:
        return Received(original.text, contact.text, corrections, written_first, first_at)
    return Received(contact.text, "", corrections, written_first, first_at)


def _who(services: Services, contact_id: int, number: int) -> str:
    """Who made the correction, on which computer, as the ledger recorded it."""
    store = services.store
    row_id = store.contacts.revision_row_id(contact_id, number)
    return next((entry.actor for entry in store.ledger.entries("contact_revision", row_id)), "")
