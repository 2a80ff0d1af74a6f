"""What each schema change makes: the triggers and indexes of a new log, with the change that
made each and a fingerprint of its SQL, as storage/schema_expected.py must list them."""

from __future__ import annotations

import hashlib
import sqlite3

from storage.connection import SteadyDatabase
from storage.migrations import migrations


def fingerprint(sql: str) -> str:
    return hashlib.sha256(sql.encode("utf-8")).hexdigest()[:16]


def made_by_each_change() -> dict[str, dict[str, tuple[str, str, str]]]:
    """{"trigger": {name: (change, table, fingerprint)}, "index": {...}, "table": {name:
    (change, name, "")}} for a new log, each kind in the order made."""
    db = SteadyDatabase(sqlite3.connect(":memory:"))
    made: dict[str, dict[str, tuple[str, str, str]]] = {"trigger": {}, "index": {}, "table": {}}
    for step in migrations._migrations:
        step.fn(db.tables)
        for kind, name, table, sql in db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE type IN ('trigger', 'index', 'table') AND sql IS NOT NULL ORDER BY rowid"
        ):
            print_ = fingerprint(sql) if kind != "table" else ""
            made[kind].setdefault(name, (step.name, table, print_))
    db.close()
    return made
