"""The append-only, hash-chained ledger, and `verify`, which proves the log was not altered.

Each entry carries a digest of the record as it was written. Verify recomputes the chain, every
tracked record's digest and every blob's SHA-256, so an UPDATE or DELETE made behind Steady's
back, a removed ledger entry or an altered file is reported.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import storage.encryption as encryption
from app.core.clock import Clock, from_storage, to_storage
from storage.connection import DamagedLogError, SteadyDatabase
from storage.upgrade_list import upgrades_made_but_unlisted
from storage.verify_checks import (
    applied_steps,
    contacts_against_revisions,
    damage,
    foreign_columns,
    totals_against_contacts,
)
from storage.verify_schema import missing_steady_tables, schema_problems
from storage.written import WrittenRows

if TYPE_CHECKING:
    from app.core.ledger_records import LedgerEntry, VerifyReport

GENESIS = "0" * 64
MAX_PROBLEMS = 50


# What verify says of one record ("changed", "added" or "deleted"; its key; the row, or for
# a deleted one its last ledger entry's detail).
Describe = Callable[[str, int, Mapping[str, object] | None], str]


@dataclass(frozen=True)
class TrackedTable:
    entity: str
    table: str
    key: str = "id"
    since: str = ""  # the schema change from which its rows have ledger entries
    describe: Describe | None = None


# Every table whose rows are evidence. Later features add theirs with track().
TRACKED: dict[str, TrackedTable] = {}


def track(
    entity: str, table: str, key: str = "id", *, since: str = "", describe: Describe | None = None
) -> None:
    TRACKED[entity] = TrackedTable(entity, table, key, since, describe)


track("customer", "customers")
track("contact", "contacts")
track("contact_revision", "contact_revisions")
track("attachment", "attachments")


def canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def sha256_text(text: str) -> str:
    import hashlib  # OpenSSL loads with the first entry written, not with the window

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_digest(row: dict[str, object]) -> str:
    return sha256_text(canonical(row))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int,
    digest: str,
    detail: str,
) -> str:
    body = canonical([seq, at, actor, action, entity, entity_id, digest, detail])
    return sha256_text(prev_hash + "\n" + body)


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

    def _row(self, entity: str, entity_id: int) -> dict[str, object] | None:
        tracked = TRACKED.get(entity)
        if tracked is None:
            return None
        if self._written is not None and tracked.key == "id":
            stored = self._written.take(tracked.table, entity_id)
            if stored is not None:  # the row as it was just written, not read back again
                return stored
        rows = list(
            self._db.query(
                f"SELECT * FROM [{tracked.table}] WHERE [{tracked.key}] = ?", [entity_id]
            )
        )
        return rows[0] if rows else None

    def record(
        self, action: str, entity: str, entity_id: int, detail: dict[str, object]
    ) -> LedgerEntry:
        """Append an entry for a record just written (call inside the same transaction)."""
        from app.core.ledger_records import LedgerEntry

        row = self._row(entity, entity_id)
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
        from app.core.ledger_records import VerifyReport

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
        report.problems.extend(schema_problems(self._db))  # they explain what follows
        self._verify_chain(report)
        # An upgrade removed from the file's list does not excuse its table from the check.
        applied = applied_steps(self._db) | set(upgrades_made_but_unlisted(self._db))
        for tracked in TRACKED.values():
            if tracked.table not in gone and (not tracked.since or tracked.since in applied):
                self._verify_records(tracked, report)
        if "contacts" not in gone and "contact_revisions" not in gone:
            for contact_id, problem in contacts_against_revisions(self._db):
                report.found("contact", contact_id, problem)
        if "contacts" not in gone and "customer_totals" not in gone:
            report.problems.extend(totals_against_contacts(self._db))
        if "blobs" not in gone and "attachments" not in gone:
            self._verify_blobs(report)
        del report.problems[MAX_PROBLEMS:]
        return report

    def _verify_chain(self, report: VerifyReport) -> None:
        expected_seq, prev_hash = 1, GENESIS
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
            expected_seq, prev_hash = seq + 1, hash_
        report.head_hash = prev_hash if report.entries else ""

    def _latest_digests(self, entity: str) -> Iterator[tuple[int, str]]:
        return iter(
            self._db.execute(
                "SELECT l.entity_id, l.digest FROM ledger l WHERE l.entity = ? AND l.seq = "
                "(SELECT max(seq) FROM ledger m WHERE m.entity = l.entity "
                "AND m.entity_id = l.entity_id) ORDER BY l.entity_id",
                [entity],
            )
        )

    def _verify_records(self, tracked: TrackedTable, report: VerifyReport) -> None:
        """Merge the table (ordered by key) with the latest ledger digest of each record."""
        said = _Wording(tracked, self._last_detail)
        ledger_rows = self._latest_digests(tracked.entity)
        rows = self._db.query(f"SELECT * FROM [{tracked.table}] ORDER BY [{tracked.key}]")
        pending = next(ledger_rows, None)
        added: list[str] | None = None  # looked for at the first row that differs
        for row in rows:
            for name in added or ():
                del row[name]
            key = row[tracked.key]
            while pending is not None and pending[0] < key:
                report.found(tracked.entity, pending[0], said("deleted", pending[0]))
                pending = next(ledger_rows, None)
            report.records_checked += 1
            if pending is None or pending[0] != key:
                report.found(tracked.entity, key, said("added", key, row))
                continue
            if row_digest(row) != pending[1] and added is None:
                added = self._foreign_columns(tracked.table, report)
                for name in added:
                    del row[name]
            if row_digest(row) != pending[1]:
                report.found(tracked.entity, key, said("changed", key, row))
            pending = next(ledger_rows, None)
        while pending is not None:
            report.found(tracked.entity, pending[0], said("deleted", pending[0]))
            pending = next(ledger_rows, None)

    def _last_detail(self, entity: str, entity_id: int) -> dict[str, object] | None:
        row = self._db.execute(
            "SELECT detail FROM ledger WHERE entity = ? AND entity_id = ? ORDER BY seq DESC "
            "LIMIT 1",
            [entity, entity_id],
        ).fetchone()
        try:
            detail = json.loads(row[0]) if row else None
        except ValueError:
            return None
        return detail if isinstance(detail, dict) else None

    def _foreign_columns(self, table: str, report: VerifyReport) -> list[str]:
        """Columns added to `table` by hand, reported once: each row would otherwise fail its
        check over them. Steady's own schema is built only now, when a row already differs."""
        added = foreign_columns(self._db, table, self._known_columns())
        if added:
            names = ", ".join(f"“{name}”" for name in added)
            report.problems.append(
                f"The table “{table}” has {'a column' if len(added) == 1 else 'columns'} "
                f"Steady never makes ({names}): its layout was changed outside Steady."
            )
        return added

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


class _Wording:
    """What verify says of one record of a tracked table."""

    _TAIL: ClassVar[dict[str, str]] = {
        "changed": "was changed outside Steady (it no longer matches its ledger entry).",
        "added": "was added outside Steady (it has no ledger entry).",
        "deleted": "was deleted outside Steady.",
    }

    def __init__(
        self,
        tracked: TrackedTable,
        last_detail: Callable[[str, int], dict[str, object] | None],
    ) -> None:
        self._tracked = tracked
        self._last_detail = last_detail

    def __call__(self, event: str, key: int, row: Mapping[str, object] | None = None) -> str:
        tracked = self._tracked
        if tracked.describe is None:
            label = tracked.entity.replace("_", " ").capitalize()
            return f"{label} {key} {self._TAIL[event]}"
        if row is None:
            row = self._last_detail(tracked.entity, key)
        return tracked.describe(event, key, row)


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
