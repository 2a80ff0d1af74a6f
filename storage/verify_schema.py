"""The file's triggers, indexes and views against Steady's own schema.

A trigger runs inside Steady's own writes: one added outside Steady (or one of Steady's with
its body changed) can rewrite each new contact as it is saved, and a guard trigger removed lets
saved evidence be changed without a word. Verify names each; a log holding a trigger Steady
never makes is opened without writing to it (see `refusal`), and nothing is dropped, so the
file stays the evidence of what was done to it.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator

from storage.connection import SteadyDatabase
from storage.schema_expected import DROPPED, EARLIER, INDEXES, STEPS, TABLES, TRIGGERS
from storage.upgrade_list import changed_list_problem
from storage.verify_checks import applied_steps, missing_tables

# What each guard trigger refuses, by the end of its name.
_GUARDS = {
    "_no_update": "changed",
    "_no_delete": "deleted",
    "_reviewed_once": "reviewed again or rewritten",
}
# Made by sqlite-utils for its own list of schema changes, not by a schema change.
_NOT_STEADYS = ("idx__sqlite_migrations",)


@functools.cache
def _sha256() -> Callable[[bytes], object]:
    """Python's own SHA-256: the triggers are checked as a log opens, and hashlib would load
    OpenSSL with the window (it loads with the first entry saved)."""
    for name in ("_sha2", "_sha256"):  # Python 3.12 and later, 3.11
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except ImportError:
            continue
    import hashlib

    return hashlib.sha256


def _fingerprint(sql: str) -> str:
    return str(_sha256()(sql.encode("utf-8")).hexdigest())[:16]  # type: ignore[attr-defined]


def _present(db: SteadyDatabase, kind: str) -> dict[str, tuple[str, str]]:
    """name: (table, SQL) of each object of `kind` the file holds (SQLite's own excluded)."""
    return {
        name: (table, sql)
        for name, table, sql in db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL",
            [kind],
        )
        if not name.startswith(_NOT_STEADYS)
    }


def _changed(name: str, sql: str, fingerprint: str) -> bool:
    """Whether the SQL is neither this Steady's nor an earlier Steady's for the same name."""
    written = _fingerprint(sql)
    return written != fingerprint and written not in EARLIER.get(name, ())


def _dropped(applied: set[str]) -> frozenset[str]:
    """The triggers a schema change the file has had dropped."""
    return frozenset(name for name, by in DROPPED.items() if by in applied)


def _foreign(
    present: dict[str, tuple[str, str]],
    known: dict[str, tuple[str, str, str]],
    dropped: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, str, bool]]:
    """(name, table, whether it is one of Steady's names) of each object Steady did not make
    as it stands (one it dropped from this file is not its own any more)."""
    for name, (table, sql) in sorted(present.items()):
        expected = known.get(name)
        if expected is None or name in dropped:
            yield name, table, False
        elif expected[1] != table or _changed(name, sql, expected[2]):
            yield name, table, True


def _removed(
    present: dict[str, tuple[str, str]], known: dict[str, tuple[str, str, str]], applied: set[str]
) -> Iterator[tuple[str, str]]:
    """(name, table) of each object Steady made in this file that is gone (one a schema change
    not yet applied would make is not expected)."""
    dropped = _dropped(applied)
    for name, (made_by, table, _) in sorted(known.items()):
        if made_by in applied and name not in present and name not in dropped:
            yield name, table


def missing_steady_tables(db: SteadyDatabase) -> list[str]:
    """The tables Steady made in this file that are gone (removed outside Steady); one a
    schema change not yet applied would make (a read-only copy from an older Steady) is not
    expected."""
    applied = applied_steps(db)
    return missing_tables(db, [name for name, made_by in TABLES.items() if made_by in applied])


def foreign_triggers(db: SteadyDatabase) -> list[str]:
    """The triggers Steady never makes, or whose body was changed: names as in one line."""
    present = _present(db, "trigger")
    # The file's list of upgrades is read only when it holds a trigger Steady once dropped.
    dropped = _dropped(applied_steps(db)) if not present.keys().isdisjoint(DROPPED) else None
    return [
        f"“{name}” on “{table}”" + (", changed" if steadys else "")
        for name, table, steadys in _foreign(present, TRIGGERS, dropped or frozenset())
    ]


def refusal(db: SteadyDatabase) -> str:
    """Why nothing may be written to this log ("" when it may): a trigger Steady never made
    would run inside every write and could change what Steady saves."""
    foreign = foreign_triggers(db)
    if not foreign:
        return ""
    what = "a trigger" if len(foreign) == 1 else "triggers"
    return (
        f"{what} Steady never makes ({'; '.join(foreign)}) {'is' if len(foreign) == 1 else 'are'} "
        "in this log, added outside Steady, and could change what Steady saves; keep the file "
        "as it is: verify names what else changed, and a good backup put back (`steady "
        "restore`, or File › Restore a backup…) lets you go on"
    )


def schema_problems(db: SteadyDatabase, listed: set[str], unlisted: list[str]) -> Iterator[str]:
    """One line for each trigger or index removed, changed or added outside Steady, and for
    each view (Steady makes none), given the file's list of upgrades and those missing from
    it that the file shows made. What a newer Steady made is not named (only what this one
    makes and finds gone)."""
    applied = set(listed)
    newer = bool(applied - set(STEPS))
    if newer:
        unlisted = []
    if unlisted:
        yield changed_list_problem(unlisted)
        applied |= set(unlisted)  # what they made is held to account as if listed
    triggers = _present(db, "trigger")
    for name, table in _removed(triggers, TRIGGERS, applied):
        refused = next((what for end, what in _GUARDS.items() if name.endswith(end)), "")
        if refused:
            yield (
                f"The guard trigger “{name}” was removed outside Steady: what is saved in "
                f"“{table}” could then be {refused} without Steady refusing it."
            )
        else:
            yield f"Steady's trigger “{name}” on “{table}” was removed outside Steady."
    for name, table, steadys in () if newer else _foreign(triggers, TRIGGERS, _dropped(applied)):
        if steadys:
            yield (
                f"Steady's trigger “{name}” on “{table}” was changed outside Steady: it can "
                "change what Steady saves."
            )
        else:
            yield (
                f"A trigger Steady never makes (“{name}” on “{table}”) was added outside "
                "Steady: it can change what Steady saves."
            )
    indexes = _present(db, "index")
    for name, table in _removed(indexes, INDEXES, applied):
        yield f"Steady's index “{name}” on “{table}” was removed outside Steady."
    for name, table, steadys in () if newer else _foreign(indexes, INDEXES):
        yield (
            f"Steady's index “{name}” on “{table}” was changed outside Steady."
            if steadys
            else f"An index Steady never makes (“{name}” on “{table}”) was added outside Steady."
        )
    for name in () if newer else sorted(_present(db, "view")):
        yield f"A view Steady never makes (“{name}”) was added outside Steady."
