"""Every file taken in is kept and recorded: big files streamed into the log, and a ledger entry
with the file's hash and what became of it.
"""

from __future__ import annotations

import os

from app.core.contact_changes import NewAttachment
from app.core.errors import DatabaseBusyError, DiskFullError
from app.core.file_names import file_name
from app.core.ports import Store
from app.importing.files import sha256_file, size
from app.importing.found import FoundMessage
from app.importing.images import mime_of
from app.importing.mailbox_place import MailboxPlace
from app.importing.records import ImportFileRecord
from app.importing.tally import FileTally, Stop, stop_reason


class FileRecords:
    """Every file taken in is kept and recorded: big files streamed into the log, and a ledger entry"""

    _store: Store

    def _attach_streamed(self, contact_id: int, found: FoundMessage) -> None:
        """Keep a file without reading it whole into memory (a 200 MB photo, a big PDF)."""
        path = found.original_path
        sha, size = self._store.imports.put_file(path)
        note = found.original_note
        name = file_name(path)
        mime = found.original_mime or mime_of(path)
        attachment_id = self._store.blobs.attach(contact_id, sha, name, mime, size, note)
        self._store.ledger.record(
            "attachment.added",
            "attachment",
            attachment_id,
            {"contact_id": contact_id, "sha256": sha, "filename": name},
        )

    def mailbox_place(self, contact_id: int) -> MailboxPlace | None:
        """Where a contact imported from a mailbox came from, as its original's ledger entry
        recorded it (None for any other contact)."""
        attachments = self._store.blobs.attachments(contact_id)
        if not attachments:
            return None
        # The message's original is its first file, attached with the contact.
        for entry in self._store.ledger.entries("attachment", attachments[0].id):
            place = MailboxPlace.from_detail(entry.detail.get("mailbox"))
            if place is not None:
                return place
        return None

    def _attach_from_mailbox(
        self, contact_id: int, original: NewAttachment, place: MailboxPlace
    ) -> None:
        """A message's original, its ledger entry naming the mailbox and the bytes it came from."""
        sha = self._store.blobs.put(original.data)
        attachment_id = self._store.blobs.attach(
            contact_id, sha, original.filename, original.mime, len(original.data), original.note
        )
        self._store.ledger.record(
            "attachment.added",
            "attachment",
            attachment_id,
            {
                "contact_id": contact_id,
                "sha256": sha,
                "filename": original.filename,
                "mailbox": place.detail(),
            },
        )

    def _record_file(
        self,
        path: str,
        kind: str,
        digest: str,
        tally: FileTally,
        cancelled: bool,
        known_size: int | None = None,
    ) -> None:
        """Every file taken in is a ledger entry, with its hash and what became of it."""
        try:
            if not digest and os.path.isfile(path):
                digest = sha256_file(path)
            record = ImportFileRecord(
                filename=file_name(path),
                kind=kind,
                size=size(path) if known_size is None else known_size,
                sha256=digest,
                imported=tally.imported,
                skipped=tally.skipped,
                failed=tally.failed,
                note="cancelled part-way" if cancelled else "",
            )
            with self._store.atomic():
                row_id = self._store.imports.record_file(record)
                self._store.ledger.record(
                    "import.file",
                    "import_file",
                    row_id,
                    {
                        "filename": record.filename,
                        "kind": record.kind,
                        "size": record.size,
                        "sha256": record.sha256,
                        "imported": record.imported,
                        "skipped": record.skipped,
                        "failed": record.failed,
                    },
                )
        except (DatabaseBusyError, DiskFullError) as error:
            raise Stop(stop_reason(error)) from error
        except OSError:
            return
