"""Storage for evidence import: matching customers by address or handle, import records,
post facts, category suggestions, remembered CSV column maps, and big files streamed in."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.core.clock import Clock, from_storage, to_storage
from app.core.domain import Category
from app.core.errors import SteadyError
from app.importing.direction_doubts import DirectionDoubt
from app.importing.records import CategorySuggestion, ImportFileRecord, PostDetails
from storage.connection import SteadyDatabase
from storage.contact_withdrawals import NOT_WITHDRAWN
from storage.written import WrittenRows
from storage.written_who_wrote import add_doubt, doubts

CHUNK = 1024 * 1024
_BLANK = "char(32, 9, 10, 13)"


def _time(text: str | None) -> datetime | None:
    return from_storage(text) if text else None


def _suggestion(row: Mapping[str, Any]) -> CategorySuggestion:
    return CategorySuggestion(
        id=row["id"],
        contact_id=row["contact_id"],
        category=Category(row["category"]),
        words=tuple(json.loads(row["words"])),
        status=row["status"],
    )


class SqliteImports:
    def __init__(
        self, db: SteadyDatabase, clock: Clock, written: WrittenRows | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._written = written

    # --- matching customers ---------------------------------------------------------------

    def customers_with_email(self, address: str) -> list[int]:
        return [
            row[0]
            for row in self._db.execute(
                "SELECT id FROM customers WHERE EXISTS (SELECT 1 FROM json_each(customers.emails) "
                "WHERE lower(json_each.value) = lower(?)) ORDER BY id",
                [address.strip()],
            )
        ]

    def contacts_with_words(
        self, customer_id: int, text: str, start: datetime, end: datetime, by_staff: bool
    ) -> list[int]:
        """A customer's contacts, withdrawn ones left out, dated from `start` up to `end`, whose
        words are `text` but for blank space at either end; `by_staff`: only those naming a
        member of staff (as a forward names who passed it on)."""
        return [
            row[0]
            for row in self._db.execute(
                "SELECT c.id FROM contacts c WHERE c.customer_id = ? AND c.occurred_at >= ? "
                "AND c.occurred_at < ? AND (? = 0 OR c.staff != '') "
                f"AND trim(c.text, {_BLANK}) = ? AND {NOT_WITHDRAWN} ORDER BY c.id",
                [
                    customer_id,
                    to_storage(start),
                    to_storage(end),
                    int(by_staff),
                    text.strip(" \t\n\r"),
                ],
            )
        ]

    def customers_with_handle_text(self, fragment: str) -> list[tuple[int, tuple[str, ...]]]:
        """Customers any of whose handles contains the fragment (the caller decides a match)."""
        return [
            (row[0], tuple(json.loads(row[1])))
            for row in self._db.execute(
                "SELECT id, handles FROM customers WHERE EXISTS (SELECT 1 FROM "
                "json_each(customers.handles) WHERE instr(lower(json_each.value), lower(?)) > 0) "
                "ORDER BY id",
                [fragment.strip()],
            )
        ]

    # --- import records -------------------------------------------------------------------

    def record_file(self, record: ImportFileRecord) -> int:
        cursor = self._db.execute(
            "INSERT INTO import_files (imported_at, filename, kind, size, sha256, imported, "
            "skipped, failed, note) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                to_storage(self._clock()),
                record.filename,
                record.kind,
                record.size,
                record.sha256,
                record.imported,
                record.skipped,
                record.failed,
                record.note,
            ],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def file_records(self) -> list[ImportFileRecord]:
        return [
            ImportFileRecord(
                filename=row["filename"],
                kind=row["kind"],
                size=row["size"],
                sha256=row["sha256"],
                imported=row["imported"],
                skipped=row["skipped"],
                failed=row["failed"],
                note=row["note"],
            )
            for row in self._db.query("SELECT * FROM import_files ORDER BY id")
        ]

    # --- who wrote a contact, as the import doubted it ---------------------------------------

    def add_direction_doubt(self, doubt: DirectionDoubt) -> int:
        return add_doubt(self._db, self._clock, doubt)

    def direction_doubts(self, contact_ids: list[int]) -> dict[int, DirectionDoubt]:
        return doubts(self._db, contact_ids)

    # --- post details ---------------------------------------------------------------------

    def add_post_details(self, contact_id: int, post: PostDetails) -> int:
        cursor = self._db.execute(
            "INSERT INTO post_details (contact_id, platform, url, handle, posted_at, "
            "captured_at, captured_from, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
            [
                contact_id,
                post.platform,
                post.url,
                post.handle,
                to_storage(post.posted_at) if post.posted_at else None,
                to_storage(post.captured_at) if post.captured_at else None,
                post.captured_from,
                to_storage(self._clock()),
            ],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def post_details(self, contact_id: int) -> PostDetails | None:
        rows = list(
            self._db.query(
                "SELECT * FROM post_details WHERE contact_id = ? ORDER BY id DESC LIMIT 1",
                [contact_id],
            )
        )
        if not rows:
            return None
        row = rows[0]
        return PostDetails(
            platform=row["platform"],
            url=row["url"],
            handle=row["handle"],
            posted_at=_time(row["posted_at"]),
            captured_at=_time(row["captured_at"]),
            captured_from=row["captured_from"],
        )

    # --- category suggestions -------------------------------------------------------------

    def add_suggestion(self, contact_id: int, category: Category, words: tuple[str, ...]) -> int:
        cursor = self._db.execute(
            "INSERT INTO category_suggestions (contact_id, category, words) VALUES (?, ?, ?)",
            [contact_id, category.value, json.dumps(list(words), ensure_ascii=False)],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def suggestions(self, contact_id: int) -> list[CategorySuggestion]:
        return [
            _suggestion(row)
            for row in self._db.query(
                "SELECT * FROM category_suggestions WHERE contact_id = ? ORDER BY id",
                [contact_id],
            )
        ]

    def waiting_for_customer(self, customer_id: int) -> list[CategorySuggestion]:
        """The suggestions nobody has confirmed or cleared yet, on any of the customer's
        contacts, in the order they were made."""
        return [
            _suggestion(row)
            for row in self._db.query(
                "SELECT s.* FROM category_suggestions s JOIN contacts c ON c.id = s.contact_id "
                "WHERE c.customer_id = ? AND s.status = 'suggested' ORDER BY s.id",
                [customer_id],
            )
        ]

    def set_suggestion_status(self, suggestion_id: int, status: str) -> None:
        if self._written is not None:
            self._written.changing("category_suggestions", suggestion_id)
        self._db.execute(
            "UPDATE category_suggestions SET status = ? WHERE id = ?", [status, suggestion_id]
        )

    # --- remembered CSV column maps -------------------------------------------------------

    def csv_mapping(self, signature: str) -> dict[str, str] | None:
        row = self._db.execute(
            "SELECT mapping FROM csv_mappings WHERE signature = ?", [signature]
        ).fetchone()
        return json.loads(row[0]) if row else None

    def save_csv_mapping(self, signature: str, mapping: dict[str, str]) -> None:
        self._db.execute(
            "INSERT INTO csv_mappings (signature, mapping, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, "
            "saved_at = excluded.saved_at",
            [signature, json.dumps(mapping, ensure_ascii=False), to_storage(self._clock())],
        )

    # --- big files ------------------------------------------------------------------------

    def put_file(self, path: str) -> tuple[str, int]:
        """Store a file's bytes a chunk at a time, so a big file never sits whole in memory.

        Call inside a transaction; returns (sha256, size). A file that changes while it is
        read is refused rather than stored under the wrong hash.
        """
        digest = hashlib.sha256()
        size = 0
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        if self._db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [sha]).fetchone():
            return sha, size
        check = hashlib.sha256()
        if hasattr(self._db.conn, "blobopen"):
            cursor = self._db.execute(
                "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))",
                [sha, size, size],
            )
            rowid = cursor.lastrowid
            assert rowid is not None
            with open(path, "rb") as handle, self._db.conn.blobopen("blobs", "data", rowid) as blob:
                while chunk := handle.read(CHUNK):
                    if blob.tell() + len(chunk) > size:
                        break
                    blob.write(chunk)
                    check.update(chunk)
        else:
            # SQLCipher's driver (a locked log) has no incremental blob I/O: store it whole.
            with open(path, "rb") as handle:
                data = handle.read(size)
            check.update(data)
            if len(data) == size and check.hexdigest() == sha:
                self._db.execute(
                    "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)", [sha, size, data]
                )
        if check.hexdigest() != sha or os.path.getsize(path) != size:
            raise SteadyError(
                f"{os.path.basename(path)} changed while it was being imported; nothing was "
                "saved. Try again when the file is no longer being written."
            )
        return sha, size
