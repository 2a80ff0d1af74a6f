"""The append-only, hash-chained ledger, and `verify`, which proves the log was not altered.

Each entry carries a digest of the record as it was written. Verify recomputes the chain, every
tracked record's digest and every blob's SHA-256, so an UPDATE or DELETE made behind Steady's
back, a removed ledger entry or an altered file is reported.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import storage.encryption as encryption
from app.core.clock import Clock, from_storage, to_storage
from app.core.errors import StorageError
from storage.connection import DamagedLogError, SteadyDatabase
from storage.ledger_rows import (
    GENESIS,
    TRACKED,
    TrackedTable,
    canonical,
    entry_hash,
    row_digest,
    sha256_text,
    track,
)
from storage.upgrade_list import upgrades_made_but_unlisted
from storage.verify_checks import (
    applied_steps,
    contacts_against_first_entry,
    contacts_against_revisions,
    damage,
    totals_against_contacts,
)
from storage.verify_schema import missing_steady_tables, schema_problems
from storage.written import WrittenRows

if TYPE_CHECKING:
    from app.core.ledger_records import LedgerEntry, VerifyReport

MAX_PROBLEMS = 50

__all__ = [
    "GENESIS",
    "MAX_PROBLEMS",
    "TRACKED",
    "SqliteLedger",
    "TrackedTable",
    "canonical",
    "entry_hash",
    "row_digest",
    "sha256_text",
    "track",
]


@functools.cache
def _actor() -> str:
    """Who is signed in to this computer: asked once per run, not for every entry (reading
    the password database each time cost an import of 2,000 messages over half a second)."""
    import getpass
    import platform

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    # Which computer, too: a chain of custody names where each record was made.
    return f"{user} on {platform.node() or 'an unnamed computer'}"


class SqliteLedger:
    def __init__(
        self,
        db: SteadyDatabase,
        clock: Clock,
        written: WrittenRows | None = None,
        known_columns: Callable[[], Mapping[str, frozenset[str]]] = lambda: {},
    ) -> None:
        self._db = db
        self._clock = clock
        self._written = written
        # Each table's columns as Steady makes them (storage.migrations.steady_columns):
        # verify names a column added by hand instead of failing every row over it.
        self._known_columns = known_columns

    def _row(
        self, entity: str, entity_id: int
    ) -> tuple[dict[str, object] | None, dict[str, object] | None]:
        """The row as it now is, and as it stood before this transaction changed it (None
        for a row just added: nothing can have been recorded of it before)."""
        tracked = TRACKED.get(entity)
        if tracked is None:
            return None, None
        before = None
        if self._written is not None and tracked.key == "id":
            stored = self._written.take(tracked.table, entity_id)
            if stored is not None:  # the row as it was just written, not read back again
                return stored, None
            before = self._written.take_before(tracked.table, entity_id)
        rows = list(
            self._db.query(
                f"SELECT * FROM [{tracked.table}] WHERE [{tracked.key}] = ?", [entity_id]
            )
        )
        row = rows[0] if rows else None
        return row, before if before is not None else row

    def _refuse_unrecorded_change(
        self, action: str, entity: str, entity_id: int, as_stood: dict[str, object] | None
    ) -> None:
        """A row changed or added by hand since Steady last recorded it is never digested as
        if Steady wrote it: the next entry would make the change look like Steady's own."""
        tracked = TRACKED[entity]
        unmade = tracked.not_made_by(action)
        if as_stood is None and not unmade:
            return  # a row just written, recorded by the entry that makes it
        last = self._db.execute(
            "SELECT digest FROM ledger WHERE entity = ? AND entity_id = ? ORDER BY seq DESC "
            "LIMIT 1",
            [entity, entity_id],
        ).fetchone()
        if last is None and unmade:
            raise StorageError(
                f"{tracked.label} {entity_id} was added outside Steady (Steady never recorded "
                "making it), so nothing was saved: Steady will not record a change over it. "
                "Run Verify (steady verify) to see what was added, and keep this file as it is."
            )
        if last is not None and as_stood is not None and row_digest(as_stood) != last[0]:
            raise StorageError(
                f"{tracked.label} {entity_id} was changed outside Steady since Steady last "
                "recorded it, so nothing was saved: Steady will not record a change over it. "
                "Run Verify (steady verify) to see what was changed, and keep this file as it is."
            )

    def record(
        self, action: str, entity: str, entity_id: int, detail: dict[str, object]
    ) -> LedgerEntry:
        """Append an entry for a record just written (call inside the same transaction)."""
        from app.core.ledger_records import LedgerEntry

        row, as_stood = self._row(entity, entity_id)
        if entity in TRACKED:
            self._refuse_unrecorded_change(action, entity, entity_id, as_stood)
        detail_text = canonical(detail)
        digest = row_digest(row) if row is not None else sha256_text(detail_text)
        seq, prev_hash = self.head()
        seq += 1
        at = to_storage(self._clock())
        actor = _actor()
        hash_ = entry_hash(
            prev_hash, seq, at, actor, action, entity, entity_id, digest, detail_text
        )
        self._db.execute(
            "INSERT INTO ledger (seq, at, actor, action, entity, entity_id, digest, detail, "
            "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [seq, at, actor, action, entity, entity_id, digest, detail_text, prev_hash, hash_],
        )
        return LedgerEntry(
            seq,
            from_storage(at),
            action,
            entity,
            entity_id,
            digest,
            detail,
            prev_hash,
            hash_,
            actor,
        )

    def head(self) -> tuple[int, str]:
        row = self._db.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def entries(self, entity: str | None = None, entity_id: int | None = None) -> list[LedgerEntry]:
        where: list[str] = []
        params: list[object] = []
        if entity is not None:
            where.append("entity = ?")
            params.append(entity)
        if entity_id is not None:
            where.append("entity_id = ?")
            params.append(entity_id)
        sql = "SELECT * FROM ledger"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_entry(row) for row in self._db.query(sql + " ORDER BY seq", params)]

    # --- verify -------------------------------------------------------------------------

    def hash_at(self, seq: int) -> str | None:
        """The hash of entry number `seq`, None when there is no such entry."""
        if not 0 < seq < 2**63:
            return None
        row = self._db.execute("SELECT hash FROM ledger WHERE seq = ?", [seq]).fetchone()
        return row[0] if row else None

    def position_of(self, hash_: str) -> int | None:
        row = self._db.execute(
            "SELECT seq FROM ledger WHERE hash = ? ORDER BY seq LIMIT 1", [hash_]
        ).fetchone()
        return row[0] if row else None

    def verify(self) -> VerifyReport:
        from app.core.ledger_records import VerifyReport

        try:
            return self._verify()
        except (DamagedLogError, *encryption.DatabaseErrors) as error:  # type: ignore[misc]
            report = VerifyReport()
            report.problems.append(
                f"The file is damaged ({getattr(error, 'detail', error)}). Restore the newest "
                "good backup."
            )
            return report

    def _verify(self) -> VerifyReport:
        # Loaded by the first verify, not by every start.
        from app.core.ledger_records import VerifyReport
        from storage.verify_records import verify_records

        report = VerifyReport()
        problem = damage(self._db)
        if problem is not None:
            report.problems.append(
                f"The file is damaged ({problem}). Restore the newest good backup."
            )
            return report
        gone = missing_steady_tables(self._db)
        for table in gone:
            report.problems.append(
                f"The table “{table}” is missing from the database: it was removed outside Steady."
            )
        if "ledger" in gone:
            return report
        # The file's list of upgrades, and those missing from it that the file shows made,
        # read once for every check below.
        listed = applied_steps(self._db)
        unlisted = upgrades_made_but_unlisted(self._db)
        report.problems.extend(schema_problems(self._db, listed, unlisted))  # explain what follows
        self._verify_chain(report)
        # An upgrade removed from the file's list does not excuse its table from the check.
        applied = listed | set(unlisted)
        for tracked in TRACKED.values():
            if tracked.table not in gone and (not tracked.since or tracked.since in applied):
                verify_records(self._db, tracked, report, self._known_columns)
        if "contacts" not in gone and "contact_revisions" not in gone:
            for contact_id, problem in contacts_against_revisions(self._db):
                report.found("contact", contact_id, problem)
            for contact_id, problem in contacts_against_first_entry(self._db):
                report.found("contact", contact_id, problem)
        if "contacts" not in gone and "customer_totals" not in gone:
            report.problems.extend(totals_against_contacts(self._db, listed))
        if "blobs" not in gone and "attachments" not in gone:
            self._verify_blobs(report)
        del report.problems[MAX_PROBLEMS:]
        return report

    def _verify_chain(self, report: VerifyReport) -> None:
        from storage.entry_dates import EntryDates

        expected_seq, prev_hash = 1, GENESIS
        dates = EntryDates(report.notes)
        cursor = self._db.execute(
            "SELECT seq, at, actor, action, entity, entity_id, digest, detail, prev_hash, hash "
            "FROM ledger ORDER BY seq"
        )
        for seq, at, actor, action, entity, entity_id, digest, detail, stored_prev, hash_ in cursor:
            report.entries += 1
            if seq != expected_seq:
                report.problems.append(
                    f"Ledger entry {expected_seq} is missing (the next entry is {seq}): "
                    "entries were removed."
                )
            elif stored_prev != prev_hash:
                report.problems.append(
                    f"Ledger entry {seq} does not follow entry {seq - 1}: the chain was broken."
                )
            elif (
                entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, digest, detail)
                != hash_
            ):
                report.problems.append(f"Ledger entry {seq} ({action}) was altered.")
            dates.follow(seq, at, entity_id if entity == "contact" else 0)
            expected_seq, prev_hash = seq + 1, hash_
        dates.end()
        report.head_hash = prev_hash if report.entries else ""

    def _verify_blobs(self, report: VerifyReport) -> None:
        import hashlib

        # As bytes even when rewritten as text outside Steady: altered, not "damaged".
        query = "SELECT sha256, size, CAST(data AS BLOB) FROM blobs"
        for sha, size, data in self._db.execute(query):
            report.blobs_checked += 1
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                report.problems.append(
                    f"The stored file {sha[:12]}… was altered (its SHA-256 no longer matches)."
                )
        for attachment_id, sha in self._db.execute(
            "SELECT a.id, a.sha256 FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 "
            "WHERE b.sha256 IS NULL"
        ):
            report.problems.append(
                f"Attachment {attachment_id}'s file {sha[:12]}… is missing from the database."
            )


def _entry(row: dict) -> LedgerEntry:
    from app.core.ledger_records import LedgerEntry

    return LedgerEntry(
        seq=row["seq"],
        at=from_storage(row["at"]),
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        digest=row["digest"],
        detail=json.loads(row["detail"]),
        prev_hash=row["prev_hash"],
        hash=row["hash"],
        actor=row.get("actor", ""),
    )
