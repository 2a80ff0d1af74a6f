"""Every file taken in is kept and recorded: big files streamed into the log, and a ledger entry
with the file's hash and what became of it.
"""

from __future__ import annotations

import os

from app.core.errors import DatabaseBusyError, DiskFullError
from app.core.ports import Store
from app.importing.files import sha256_file, size
from app.importing.found import FoundMessage
from app.importing.images import mime_of
from app.importing.records import ImportFileRecord
from app.importing.tally import FileTally, Stop


class FileRecords:
    """Every file taken in is kept and recorded: big files streamed into the log, and a ledger entry"""

    _store: Store

    def _attach_streamed(self, contact_id: int, found: FoundMessage) -> None:
        """Keep a file without reading it whole into memory (a 200 MB photo, a big PDF)."""
        path = found.original_path
        sha, size = self._store.imports.put_file(path)
        note = found.original_note
        name = os.path.basename(path)
        mime = found.original_mime or mime_of(path)
        attachment_id = self._store.blobs.attach(contact_id, sha, name, mime, size, note)
        self._store.ledger.record(
            "attachment.added",
            "attachment",
            attachment_id,
            {"contact_id": contact_id, "sha256": sha, "filename": name},
        )

    def _record_file(
        self, path: str, kind: str, digest: str, tally: FileTally, cancelled: bool
    ) -> None:
        """Every file taken in is a ledger entry, with its hash and what became of it."""
        try:
            if not digest and os.path.isfile(path):
                digest = sha256_file(path)
            record = ImportFileRecord(
                filename=os.path.basename(path),
                kind=kind,
                size=size(path),
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
                    {"filename": record.filename, "imported": record.imported},
                )
        except (DatabaseBusyError, DiskFullError) as error:
            raise Stop(str(error)) from error
        except OSError:
            return
