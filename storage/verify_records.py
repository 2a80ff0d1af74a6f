"""Verify's check of every tracked record against the ledger entries that recorded it.

A record Steady changes (a customer, a contact's current version) must match its latest
entry. A record written once (an original version, a file, a move…) must match the entry that
first recorded it too, so an entry appended later can never make a rewritten original good
again; and no record is made twice, so a second entry of the kind that made it is named."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from storage.connection import SteadyDatabase
from storage.ledger_rows import TrackedTable, row_digest
from storage.verify_checks import foreign_columns

if TYPE_CHECKING:
    from app.core.ledger_records import VerifyReport


@dataclass
class _Recorded:
    """What the ledger holds of one record."""

    key: int
    first_seq: int
    action: str  # what the first entry did: made the record
    first: str  # the first entry's digest
    latest: str
    repeats: list[int] = field(default_factory=list)  # later entries of the same kind


def _recorded(db: SteadyDatabase, entity: str) -> Iterator[_Recorded]:
    """Each record's entries, in key order (the ledger's index gives this order)."""
    current: _Recorded | None = None
    for key, seq, action, digest in db.execute(
        "SELECT entity_id, seq, action, digest FROM ledger WHERE entity = ? "
        "ORDER BY entity_id, seq",
        [entity],
    ):
        if current is None or current.key != key:
            if current is not None:
                yield current
            current = _Recorded(key, seq, action, digest, digest)
            continue
        current.latest = digest
        if action == current.action:
            current.repeats.append(seq)
    if current is not None:
        yield current


def verify_records(
    db: SteadyDatabase,
    tracked: TrackedTable,
    report: VerifyReport,
    known_columns: Callable[[], Mapping[str, frozenset[str]]],
) -> None:
    """Merge the table (ordered by key) with what the ledger holds of each record."""
    said = _Wording(tracked, lambda key: _last_detail(db, tracked.entity, key))
    recorded = _recorded(db, tracked.entity)
    rows = db.query(f"SELECT * FROM [{tracked.table}] ORDER BY [{tracked.key}]")
    pending = next(recorded, None)
    added: list[str] | None = None  # looked for at the first row that differs

    def gone(recorded: _Recorded) -> None:
        _check_made_once(tracked, recorded, report)
        report.found(tracked.entity, recorded.key, said("deleted", recorded.key))

    for row in rows:
        for name in added or ():
            del row[name]
        key = row[tracked.key]
        while pending is not None and pending.key < key:
            gone(pending)
            pending = next(recorded, None)
        report.records_checked += 1
        if pending is None or pending.key != key:
            report.found(tracked.entity, key, said("added", key, row))
            continue
        digest = row_digest(row)
        if not _matches(tracked, pending, digest) and added is None:
            added = _foreign_columns(db, tracked.table, report, known_columns)
            for name in added:
                del row[name]
            digest = row_digest(row)
        _check_made_once(tracked, pending, report)
        if tracked.not_made_by(pending.action):
            report.found(tracked.entity, key, _unmade(tracked, pending))
        if digest != pending.latest:
            report.found(tracked.entity, key, said("changed", key, row))
        elif not _matches(tracked, pending, digest):
            report.found(tracked.entity, key, said("rewritten", key, row, pending.first_seq))
        pending = next(recorded, None)
    while pending is not None:
        gone(pending)
        pending = next(recorded, None)


def _matches(tracked: TrackedTable, recorded: _Recorded, digest: str) -> bool:
    return digest == recorded.latest and (tracked.changes or digest == recorded.first)


def _unmade(tracked: TrackedTable, recorded: _Recorded) -> str:
    """A record whose first entry changes it instead of making it: the row was added by hand,
    and that entry (or one appended by hand) went on to vouch for it."""
    return (
        f"{tracked.label} {recorded.key} was added outside Steady: its first ledger entry "
        f"({recorded.first_seq}, “{recorded.action}”) records a change to it, and no entry "
        f"records it being made (“{tracked.made_by[0]}”)."
    )


def _check_made_once(tracked: TrackedTable, recorded: _Recorded, report: VerifyReport) -> None:
    if tracked.not_made_by(recorded.action):
        return  # no entry made it: named once as added outside Steady, not once per change
    name = tracked.label.lower()
    for seq in recorded.repeats:
        report.found(
            tracked.entity,
            recorded.key,
            f"Ledger entry {seq} records {name} {recorded.key} as made again "
            f"(“{recorded.action}”, as entry {recorded.first_seq} did): a record is made only "
            "once, so that entry was added outside Steady.",
        )


def _last_detail(db: SteadyDatabase, entity: str, entity_id: int) -> dict[str, object] | None:
    row = db.execute(
        "SELECT detail FROM ledger WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
        [entity, entity_id],
    ).fetchone()
    try:
        detail = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return detail if isinstance(detail, dict) else None


def _foreign_columns(
    db: SteadyDatabase,
    table: str,
    report: VerifyReport,
    known_columns: Callable[[], Mapping[str, frozenset[str]]],
) -> list[str]:
    """Columns added to `table` by hand, reported once: each row would otherwise fail its
    check over them. Steady's own schema is built only now, when a row already differs."""
    added = foreign_columns(db, table, known_columns())
    if added:
        names = ", ".join(f"“{name}”" for name in added)
        report.problems.append(
            f"The table “{table}” has {'a column' if len(added) == 1 else 'columns'} "
            f"Steady never makes ({names}): its layout was changed outside Steady."
        )
    return added


class _Wording:
    """What verify says of one record of a tracked table."""

    _TAIL: ClassVar[dict[str, str]] = {
        "changed": "was changed outside Steady (it no longer matches its ledger entry).",
        "added": "was added outside Steady (it has no ledger entry).",
        "deleted": "was deleted outside Steady.",
    }

    def __init__(
        self, tracked: TrackedTable, last_detail: Callable[[int], dict[str, object] | None]
    ) -> None:
        self._tracked = tracked
        self._last_detail = last_detail

    def __call__(
        self, event: str, key: int, row: Mapping[str, object] | None = None, first: int = 0
    ) -> str:
        tracked = self._tracked
        if tracked.describe is None:
            if event == "rewritten":
                return (
                    f"{tracked.label} {key} was changed outside Steady: it is written only "
                    f"once, and no longer matches ledger entry {first}, which recorded it."
                )
            return f"{tracked.label} {key} {self._TAIL[event]}"
        if row is None:
            row = self._last_detail(key)
        return tracked.describe("changed" if event == "rewritten" else event, key, row)
