"""A corrected contact in a packet: the customer's words as first received, and each correction
with when, by whom and why, read from the contact's versions and the ledger; and a contact moved
from another customer, with when, by whom and why it was moved.

A correction is for the owner's own record (a wrong severity, a typing slip in a call note);
it never changes what the customer wrote. So where a customer's written words were changed,
the packet prints the words as first received and shows the correction beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from app.core.clock import in_recorded_zone
from app.core.domain import SEVERITY_LABELS, Contact, ContactDetails
from app.packets.contact_data import Correction, Move
from app.services import Services
from app.standing.attribution import is_customers_words
from app.standing.suggested_severity import owner_changed_severity


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
    moves: tuple[Move, ...] = ()
    severity_changed: bool = False  # a correction changed the severity: it is the owner's
    # What the corrections changed beside the words and the time, first value → now.
    changes: str = ""


def received(services: Services, contact: Contact) -> Received:
    words = _received_words(services, contact)
    moves = _moves(services, contact.id)
    return replace(words, moves=moves) if moves else words


def _categories(details: ContactDetails) -> str:
    return ", ".join(c.label for c in details.categories) or "none"


def changed_facts(original: ContactDetails, now: ContactDetails) -> str:
    """ "direction: from the customer → from us; severity: 5 · threatening → 2 · rude; …": the
    facts a correction changed, as first logged and as they are now ("" when none). A lowered
    severity or a removed threat is what the other side looks for, as a moved time is."""
    told = []
    if original.direction != now.direction:
        told.append(f"direction: {original.direction.label} → {now.direction.label}")
    if original.channel != now.channel:
        told.append(f"channel: {original.channel.label} → {now.channel.label}")
    if original.severity != now.severity:
        told.append(
            f"severity: {SEVERITY_LABELS[original.severity]} → {SEVERITY_LABELS[now.severity]}"
        )
    if original.categories != now.categories:
        told.append(f"categories: {_categories(original)} → {_categories(now)}")
    return "; ".join(told)


def _received_words(services: Services, contact: Contact) -> Received:
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
    severity_changed = owner_changed_severity(versions)
    changes = changed_facts(original, contact.details)
    if written_first and still_written and original.text != contact.text:
        return Received(
            original.text,
            contact.text,
            corrections,
            written_first,
            first_occurred_at=first_at,
            severity_changed=severity_changed,
            changes=changes,
        )
    return Received(
        contact.text,
        "",
        corrections,
        written_first,
        first_occurred_at=first_at,
        severity_changed=severity_changed,
        changes=changes,
    )


def _moves(services: Services, contact_id: int) -> tuple[Move, ...]:
    """Each move of the contact to another customer, with who made it as the ledger recorded
    it (the ledger's move entries on the contact are in the same order as the moves)."""
    moves = services.contacts.moves(contact_id)
    if not moves:
        return ()
    entries = [
        entry
        for entry in services.store.ledger.entries("contact", contact_id)
        if entry.action == "contact.moved"
    ]
    actors = [entry.actor for entry in entries] + [""] * len(moves)
    return tuple(
        Move(move.moved_at, move.reason, move.from_customer_id, move.to_customer_id, by)
        for move, by in zip(moves, actors, strict=False)
    )


def _who(services: Services, contact_id: int, number: int) -> str:
    """Who made the correction, on which computer, as the ledger recorded it."""
    store = services.store
    row_id = store.contacts.revision_row_id(contact_id, number)
    return next((entry.actor for entry in store.ledger.entries("contact_revision", row_id)), "")
