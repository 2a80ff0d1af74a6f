"""SQLite reads a log's whole schema each time a connection opens it: the window at every
start, and each worker (assessment, search, packets) again. Schema text grown by a few hundred
kilobytes (a trigger with a long expression written out per column) made every start about
30 ms slower, and one trigger reading words written in disguise (95 KB of nested replace()
calls) made opening a log three times as slow. The schema stays small."""

from __future__ import annotations

import sqlite3


def test_the_schema_sqlite_reads_at_every_open_stays_small(services) -> None:  # type: ignore[no-untyped-def]
    db = sqlite3.connect(services.store.path)
    try:
        rows = db.execute(
            "SELECT name, length(sql) FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    finally:
        db.close()
    total = sum(size for _, size in rows)
    largest = max(rows, key=lambda row: row[1])
    assert total < 60_000, f"{total} bytes of schema"
    assert largest[1] < 20_000, largest
