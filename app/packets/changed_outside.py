"""Contacts changed outside Steady, as a packet prints them.

Every change Steady makes to a contact is saved as a version and written in the ledger, so a
contact row edited by hand (with a database tool) no longer matches them, and `verify` names
it. A packet never prints such a row as the customer's words: it prints the contact as its
latest saved version recorded it, and says so on its entry. When the saved versions were
changed too, nothing in the log can be trusted for that contact: its words are printed under
a mark saying so, and it is left out of every summary, count and flag.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.domain import Contact
from app.core.ledger_records import VerifyReport
from app.services import Services

NOT_AS_RECORDED = (
    "[CHANGED OUTSIDE STEADY after it was logged: not the customer's words as recorded] "
)


@dataclass(frozen=True)
class Tampered:
    """The contacts and saved-version rows a verify report found changed outside Steady."""

    contacts: frozenset[int] = frozenset()
    versions: frozenset[int] = frozenset()  # row ids in contact_revisions

    @classmethod
    def found_by(cls, report: VerifyReport) -> Tampered:
        # The ids verify kept, never its problems' wording, which is free to change.
        return cls(report.changed_contacts, report.altered_ids("contact_revision"))


def as_recorded(services: Services, contact: Contact, tampered: Tampered) -> tuple[Contact, str]:
    """The contact to print and what its entry says of it ("" when it was not changed)."""
    if contact.id not in tampered.contacts:
        return contact, ""
    versions = services.contacts.revisions(contact.id)
    rows = {services.store.contacts.revision_row_id(contact.id, v.number) for v in versions}
    if versions and not rows & tampered.versions:
        latest = versions[-1]
        return (
            replace(contact, details=latest.details, revision=latest.number),
            "CHANGED OUTSIDE STEADY after it was logged: printed as Steady recorded it "
            f"(saved version {latest.number}), not as the database row now reads",
        )
    details = replace(
        contact.details,
        text=NOT_AS_RECORDED + contact.text,
        summary="",
        categories=(),
        severity=1,
    )
    return (
        replace(contact, details=details),
        "CHANGED OUTSIDE STEADY after it was logged, and its saved versions too: its words "
        "are printed as the row now reads, are not the customer's words as recorded, and are "
        "left out of every summary, count and flag",
    )
