"""A log from an older Steady on a drive Steady cannot write to (a CD, a locked USB stick, a
folder shared read-only, a copy handed to a lawyer).

It lacks the tables and columns today's Steady reads, and it cannot be brought up to date
where it is: every list, verify and packet would fail on the first table it misses. It is read
through an up-to-date copy in memory instead, made once when it opens; the file itself is
never written.
"""

from __future__ import annotations

import importlib

from storage.connection import SteadyDatabase
from storage.migrations import migrations, newer_steady
from storage.upgrade_list import upgrades_made_but_unlisted


def read_through_up_to_date_copy(db: SteadyDatabase, locked: bool) -> bool:
    """Bring a read-only log from an older Steady up to date in memory, in place of its file's
    connection; True when it was. A log written by a newer Steady, or already up to date, is
    read as it is. A locked log is too: its pages cannot be copied out of SQLCipher
    unlocked without writing to it."""
    if locked or newer_steady(db) or not migrations.pending(db):
        return False
    if upgrades_made_but_unlisted(db):
        return False  # run again, an upgrade would take hand-edited rows for the truth
    driver = importlib.import_module(type(db.conn).__module__)
    memory = driver.connect(":memory:")
    original = db.conn
    try:
        original.backup(memory)
        db.conn = memory
        db.execute("PRAGMA recursive_triggers=on")
        reason, db.read_only_reason = db.read_only_reason, ""
        try:
            migrations.apply(db)
        finally:
            db.read_only_reason = reason
    except Exception:  # a file the changes do not fit: read as it stands, as before
        db.conn = original
        memory.close()
        return False
    original.close()
    db.execute("PRAGMA query_only=ON")  # what Steady writes stays out of a copy nobody keeps
    return True
