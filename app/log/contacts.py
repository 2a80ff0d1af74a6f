"""Use cases for the log: record a contact with its evidence, correct it, read it back."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.core.clock import Clock, zone_label
from app.core.domain import POST_SOURCE, Attachment, Category, Channel, Contact, ContactDetails
from app.core.errors import InvalidInputError, SteadyError
from app.core.evidence_origin import ADDED_BY_HAND
from app.core.file_names import file_name
from app.core.ports import Store

if TYPE_CHECKING:
    from app.core.contact_changes import ContactMove, ContactRevision, NewAttachment
    from app.core.withdrawals import Withdrawal

# SQLite holds at most ~1 GB in one value; refuse clearly well before that.
MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
# A year of minutes on one contact is already a typo; SQLite's integers end at 2**63.
MAX_MINUTES = 60 * 24 * 366


def validated(details: ContactDetails) -> ContactDetails:
    if not details.text.strip() and not details.summary.strip():
        raise InvalidInputError(
            "Write the customer's exact words or at least a one-line summary of the contact."
        )
    if not 1 <= details.severity <= 5:
        raise InvalidInputError("Severity is from 1 (mild) to 5 (threatening).")
    if details.minutes < 0:
        raise InvalidInputError("Minutes spent cannot be negative.")
    if details.minutes > MAX_MINUTES:
        raise InvalidInputError(f"Minutes spent can be at most {MAX_MINUTES:,} (a year).")
    if details.occurred_at.tzinfo is None:
        details = replace(details, occurred_at=details.occurred_at.astimezone())
    if not details.occurred_tz:
        details = replace(details, occurred_tz=zone_label(details.occurred_at))
    # The exact words are kept as typed; the summary is tidied and the categories are kept in
    # one order, so a correction that only reorders them is no change.
    return replace(
        details,
        summary=details.summary.strip(),
        categories=tuple(c for c in Category if c in details.categories),
    )


def attachment_from_file(path: str, note: str = "") -> NewAttachment:
    """Read a file the owner picked or dropped, with a clear message when it cannot be kept."""
    name = file_name(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidInputError(
                f"{name} is {size / 1024 / 1024:.0f} MB; Steady keeps files up to "
                f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB. Nothing was saved."
            )
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise SteadyError(f"Cannot read {name}: {error.strerror or error}.") from error
    from app.core.contact_changes import NewAttachment
    from app.log.attachment_kinds import attachment_mime, refuse_empty

    refuse_empty(name, data)
    mime = attachment_mime(name, data)

    return NewAttachment(filename=name, data=data, mime=mime, note=note)


# A clock a few minutes fast, or typing "now" slowly, is not a date in the future.
FUTURE_SLACK = timedelta(minutes=5)


class ContactLog:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        """With a clock, dates typed by the owner may not lie in the future (imports, which
        keep what the message itself says, are built without one)."""
        self._store = store
        self._clock = clock

    def _refuse_future(self, details: ContactDetails) -> None:
        if self._clock is None:
            return
        now = self._clock()
        if details.occurred_at > now + FUTURE_SLACK:
            raise InvalidInputError(
                f"{details.occurred_at.astimezone():%Y-%m-%d %H:%M} is in the future. "
                "Give the date and time the contact happened (it is "
                f"{now.astimezone():%Y-%m-%d %H:%M} now)."
            )

    def log(
        self,
        customer_id: int,
        details: ContactDetails,
        attachments: list[NewAttachment] | tuple[NewAttachment, ...] = (),
        *,
        source: str = "manual",
        external_id: str | None = None,
        in_reply_to: int | None = None,
    ) -> int:
        """Save a contact and its files in one transaction, with one ledger entry each."""
        details = validated(details)
        if source == "manual" and _post_screenshot(details, attachments):
            # As an imported one: asked for its platform, address, handle and capture time,
            # and flagged on the log until it has them.
            source = POST_SOURCE
        self._refuse_future(details)
        for attachment in attachments:
            if len(attachment.data) > MAX_ATTACHMENT_BYTES:
                raise InvalidInputError(f"{attachment.filename} is too large to keep.")
        with self._store.atomic():
            self._store.customers.get(customer_id)
            contact_id = self._store.contacts.add(
                customer_id,
                details,
                source=source,
                external_id=external_id,
                in_reply_to=in_reply_to,
            )
            self._store.ledger.record(
                "contact.logged",
                "contact",
                contact_id,
                {"customer_id": customer_id, "channel": details.channel.value, "source": source},
            )
            # The original version was stored with the contact: number 0, no reason.
            self._record_revision(contact_id, 0, "")
            for attachment in attachments:
                self._attach(contact_id, attachment)
        return contact_id

    def _record_revision(self, contact_id: int, number: int, reason: str) -> None:
        row_id = self._store.contacts.revision_row_id(contact_id, number)
        self._store.ledger.record(
            "contact.revision",
            "contact_revision",
            row_id,
            {"contact_id": contact_id, "number": number, "reason": reason},
        )

    def _attach(self, contact_id: int, attachment: NewAttachment, by_hand: bool = False) -> int:
        sha = self._store.blobs.put(attachment.data)
        attachment_id = self._store.blobs.attach(
            contact_id,
            sha,
            attachment.filename,
            attachment.mime,
            len(attachment.data),
            attachment.note,
        )
        self._store.ledger.record(
            "attachment.added",
            "attachment",
            attachment_id,
            {"contact_id": contact_id, "sha256": sha, "filename": attachment.filename}
            # A file the owner adds later came in by hand, not the way the contact did.
            | ({"added": ADDED_BY_HAND} if by_hand else {}),
        )
        return attachment_id

    def attach(
        self, contact_id: int, attachments: list[NewAttachment], *, by_hand: bool = False
    ) -> list[int]:
        """Add more evidence to a logged contact (nothing already saved changes); `by_hand`
        when the owner adds it after the contact was logged, so packets certify it as such."""
        with self._store.atomic():
            self._store.contacts.get(contact_id)
            return [self._attach(contact_id, attachment, by_hand) for attachment in attachments]

    def correct(self, contact_id: int, details: ContactDetails, reason: str) -> int:
        """A correction is a new revision; the original and every earlier version stay."""
        details = validated(details)
        self._refuse_future(details)
        if not reason.strip():
            raise InvalidInputError("Say briefly why the contact is being corrected.")
        with self._store.atomic():
            current = self._store.contacts.get(contact_id)
            if current.details == details:
                raise InvalidInputError("Nothing was changed, so there is nothing to correct.")
            self._store.contacts.revise(contact_id, details, reason.strip())
            self._store.ledger.record(
                "contact.corrected", "contact", contact_id, {"reason": reason.strip()}
            )
            latest = self._store.contacts.revisions(contact_id)[-1]
            self._record_revision(contact_id, latest.number, latest.reason)
            return latest.number

    def move(self, contact_id: int, to_customer_id: int, reason: str) -> None:
        """Move a contact logged under the wrong customer. The move is a ledgered correction:
        the contact keeps its id, words, versions and files, and the move is kept with why."""
        if not reason.strip():
            raise InvalidInputError("Say briefly why the contact belongs to another customer.")
        with self._store.atomic():
            current = self._store.contacts.get(contact_id)
            self._store.customers.get(to_customer_id)
            if current.customer_id == to_customer_id:
                raise InvalidInputError("The contact is already logged under that customer.")
            move_id = self._store.contacts.move(contact_id, to_customer_id, reason.strip())
            detail: dict[str, object] = {
                "contact_id": contact_id,
                "from_customer_id": current.customer_id,
                "to_customer_id": to_customer_id,
                "reason": reason.strip(),
            }
            self._store.ledger.record("contact.moved", "contact_move", move_id, detail)
            self._store.ledger.record("contact.moved", "contact", contact_id, detail)

    def withdraw(self, contact_id: int, reason: str) -> None:
        """Mark a contact as logged by mistake (the same call twice, the wrong message). It
        stays in the log and the ledger, shown with the reason; assessments and packets leave
        it out, and the legal packet lists it among the corrections."""
        if not reason.strip():
            raise InvalidInputError("Say briefly why the contact was logged by mistake.")
        with self._store.atomic():
            self._store.contacts.get(contact_id)
            if self._store.contacts.withdrawals([contact_id]):
                raise InvalidInputError(f"Contact #{contact_id} is already withdrawn.")
            row_id = self._store.contacts.withdraw(contact_id, reason.strip())
            detail = {"contact_id": contact_id, "reason": reason.strip()}
            self._store.ledger.record("contact.withdrawn", "contact_withdrawal", row_id, detail)
            self._store.ledger.record("contact.withdrawn", "contact", contact_id, detail)

    def withdrawals(self, contact_ids: list[int] | None = None) -> dict[int, Withdrawal]:
        """The contacts withdrawn as logged by mistake, by contact (these, or all)."""
        return self._store.contacts.withdrawals(contact_ids)

    def moves(self, contact_id: int) -> list[ContactMove]:
        return self._store.contacts.moves(contact_id)

    def get(self, contact_id: int) -> Contact:
        return self._store.contacts.get(contact_id)

    def count_for_customer(self, customer_id: int) -> int:
        """Every contact kept, withdrawn ones included: the rows of the customer's log."""
        return self._store.contacts.count_for_customer(customer_id)

    def withdrawn_count(self, customer_id: int) -> int:
        return self._store.contacts.withdrawn_count(customer_id)

    def page_for_customer(self, customer_id: int, offset: int, limit: int) -> list[Contact]:
        return self._store.contacts.for_customer(customer_id, offset, limit)

    def revisions(self, contact_id: int) -> list[ContactRevision]:
        return self._store.contacts.revisions(contact_id)

    def attachments(self, contact_id: int) -> list[Attachment]:
        return self._store.blobs.attachments(contact_id)

    def attachment_data(self, attachment_id: int) -> tuple[Attachment, bytes]:
        attachment = self._store.blobs.attachment(attachment_id)
        return attachment, self._store.blobs.get(attachment.sha256)

    def withdrawn_files(self, contact_id: int) -> dict[int, tuple[datetime, str]]:
        """The contact's files withdrawn as added by mistake: when and why, by file id."""
        return self._store.blobs.withdrawals(contact_id)

    def withdraw_file(self, attachment_id: int, reason: str) -> int:
        """Take back a file added to a contact by mistake. It stays in the log, byte for byte,
        marked withdrawn with the reason; the ledger records who withdrew it and when, and
        packets leave it out of their exhibits."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInputError(
                "Say why the file is withdrawn, e.g. “dropped on the wrong contact”."
            )
        with self._store.atomic():
            attachment = self._store.blobs.attachment(attachment_id)
            if attachment_id in self._store.blobs.withdrawals(attachment.contact_id):
                raise InvalidInputError(f"{attachment.filename} is already withdrawn.")
            withdrawal_id = self._store.blobs.withdraw(attachment_id, reason)
            self._store.ledger.record(
                "attachment.withdrawn",
                "attachment_withdrawal",
                withdrawal_id,
                {
                    "attachment_id": attachment_id,
                    "contact_id": attachment.contact_id,
                    "sha256": attachment.sha256,
                    "reason": reason,
                },
            )
        return withdrawal_id


def _post_screenshot(
    details: ContactDetails, attachments: list[NewAttachment] | tuple[NewAttachment, ...]
) -> bool:
    """A picture logged as a social-media contact: a screenshot of a public post."""
    return details.channel is Channel.SOCIAL and any(
        attachment.mime.startswith("image/") for attachment in attachments
    )
