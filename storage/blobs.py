"""Evidence files, stored once each under their SHA-256 and never changed."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime
from typing import Any

from app.core.clock import Clock, from_storage, to_storage
from app.core.domain import Attachment
from app.core.errors import NotFoundError
from storage.connection import SteadyDatabase
from storage.written import WrittenRows

CHUNK = 1024 * 1024
WRITE_IN_CHUNKS = 4 * CHUNK


def _open_blob(conn: Any, rowid: int) -> Any:
    """A stored file opened for writing in place (SQLCipher's driver calls it open_blob)."""
    if hasattr(conn, "blobopen"):
        return conn.blobopen("blobs", "data", rowid)
    return conn.open_blob("blobs", "data", rowid)


def _attachment(row: dict) -> Attachment:
    return Attachment(
        id=row["id"],
        contact_id=row["contact_id"],
        sha256=row["sha256"],
        filename=row["filename"],
        mime=row["mime"],
        size=row["size"],
        added_at=from_storage(row["added_at"]),
        note=row["note"],
    )


class SqliteBlobs:
    def __init__(
        self, db: SteadyDatabase, clock: Clock, written: WrittenRows | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._written = written

    def put(self, data: bytes) -> str:
        import hashlib  # OpenSSL loads with the first file saved, not with the window

        sha = hashlib.sha256(data).hexdigest()
        conn = self._db.conn
        if len(data) < WRITE_IN_CHUNKS or not (
            hasattr(conn, "blobopen") or hasattr(conn, "open_blob")
        ):
            self._db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                [sha, len(data), data],
            )
            return sha
        # Bound whole, SQLite would copy a big file twice more before writing it.
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))",
            [sha, len(data), len(data)],
        )
        if cursor.rowcount == 1 and cursor.lastrowid is not None:
            view = memoryview(data)
            with closing(_open_blob(conn, cursor.lastrowid)) as blob:
                for start in range(0, len(data), CHUNK):
                    blob.write(view[start : start + CHUNK])
        return sha

    def get(self, sha256: str) -> bytes:
        # As bytes even when the column was rewritten as text outside Steady: the file is then
        # read as it now is (and found altered), not refused with a decoding error.
        row = self._db.execute(
            "SELECT CAST(data AS BLOB) FROM blobs WHERE sha256 = ?", [sha256]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"The file {sha256[:12]}… is not in the database.")
        return bytes(row[0])

    def attach(
        self, contact_id: int, sha256: str, filename: str, mime: str, size: int, note: str
    ) -> int:
        row: dict[str, object] = {
            "contact_id": contact_id,
            "sha256": sha256,
            "filename": filename,
            "mime": mime,
            "size": size,
            "note": note,
            "added_at": to_storage(self._clock()),
        }
        if self._written is not None:
            return self._written.insert("attachments", row)
        cursor = self._db.execute(
            "INSERT INTO attachments (contact_id, sha256, filename, mime, size, note, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            list(row.values()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def attachments(self, contact_id: int) -> list[Attachment]:
        return [
            _attachment(row)
            for row in self._db.query(
                "SELECT * FROM attachments WHERE contact_id = ? ORDER BY id", [contact_id]
            )
        ]

    def attachment(self, attachment_id: int) -> Attachment:
        rows = list(self._db.query("SELECT * FROM attachments WHERE id = ?", [attachment_id]))
        if not rows:
            raise NotFoundError(f"There is no attachment {attachment_id}.")
        return _attachment(rows[0])

    def withdraw(self, attachment_id: int, reason: str) -> int:
        # Imported here: its schema change registers in import order, after the others.
        from storage.written_file_withdrawals import withdraw

        return withdraw(self._db, attachment_id, reason, self._clock())

    def withdrawals(self, contact_id: int) -> dict[int, tuple[datetime, str]]:
        from storage.written_file_withdrawals import withdrawals

        return withdrawals(self._db, contact_id)
