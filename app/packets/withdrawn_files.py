"""Files the owner withdrew from a contact as added by mistake (the wrong screenshot, a file
dropped on the wrong contact). They are not exhibits, but a packet and its bundle name each
one, with its SHA-256, the contact it was attached to, when and why it was withdrawn: evidence
taken out of a log must be disclosed, or the packet reads as the complete set when it is not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.domain import Contact
from app.packets.data import WithdrawnFile
from app.services import Services


@dataclass(frozen=True)
class Withdrawals:
    files: tuple[WithdrawnFile, ...]
    # The withdrawn file ids of each contact with files, read once here so that numbering
    # the exhibits need not ask the log again for every contact.
    by_contact: dict[int, frozenset[int]]


def withdrawn_files(services: Services, contacts: Iterable[Contact]) -> Withdrawals:
    """The files withdrawn from `contacts` (the customer's whole log), oldest contact first."""
    found: list[WithdrawnFile] = []
    by_contact: dict[int, frozenset[int]] = {}
    for contact in contacts:
        if not contact.attachment_count or contact.id is None:
            continue  # most contacts have no files: no query for them
        taken_back = services.contacts.withdrawn_files(contact.id)
        by_contact[contact.id] = frozenset(taken_back)
        if not taken_back:
            continue
        for attachment in services.contacts.attachments(contact.id):
            if attachment.id not in taken_back:
                continue
            withdrawn_at, reason = taken_back[attachment.id]
            found.append(
                WithdrawnFile(
                    contact_id=contact.id,
                    filename=attachment.filename,
                    sha256=attachment.sha256,
                    size=attachment.size,
                    attached_at=attachment.added_at,
                    withdrawn_at=withdrawn_at,
                    reason=reason,
                )
            )
    return Withdrawals(tuple(found), by_contact)
