"""A log from an older Steady on a drive Steady cannot write to (a CD, a locked USB stick, a
folder shared read-only, a copy handed to a lawyer).

It lacks the tables and columns today's Steady reads, and it cannot be brought up to date
where it is: every list, verify and packet would fail on the first table it misses. It is read
through an up-to-date copy in memory instead, made once when it opens; the file itself is
never written. Bringing the copy up to date takes seconds on a big log: the window has it done
on a thread of its own (`aside`) and shows that it is working meanwhile.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from app.core.errors import StorageError
from app.core.ports import RunAside
from storage.connection import SteadyDatabase
from storage.migrations import migrations, newer_steady
from storage.upgrade_list import upgrades_made_but_unlisted
from storage.verify_checks import missing_tables

# What the customer list and the log read at every start (the totals kept by triggers too).
READ_BY_EVERY_SCREEN = ("customers", "contacts", "customer_totals")


def read_through_up_to_date_copy(
    db: SteadyDatabase, locked: bool, aside: RunAside | None = None
) -> bool:
    """Bring a read-only log from an older Steady up to date in memory, in place of its file's
    connection; True when it was. A log written by a newer Steady, or already up to date, is
    read as it is. A locked log is too: its pages cannot be copied out of SQLCipher
    unlocked without writing to it. `aside` runs the changes (the slow part) elsewhere and
    returns once they are done; without it they run here."""
    if locked or newer_steady(db) or not migrations.pending(db):
        return False
    if upgrades_made_but_unlisted(db):
        return False  # run again, an upgrade would take hand-edited rows for the truth
    driver = importlib.import_module(type(db.conn).__module__)
    # Brought up to date on another thread, then read on this one.
    memory = driver.connect(":memory:", check_same_thread=aside is None)
    original = db.conn
    try:
        # A page copy (about 25 ms for a 30 MB log), on the thread the file connection is for.
        original.backup(memory)
        db.conn = memory
        db.execute("PRAGMA recursive_triggers=on")
        reason, db.read_only_reason = db.read_only_reason, ""
        try:
            _run(aside, lambda: migrations.apply(db))
        finally:
            db.read_only_reason = reason
    except Exception as error:
        db.conn = original
        memory.close()
        # Read as it stands, as before, unless it lacks what every screen reads: the window
        # would fail half built on it. Then said once, plainly, with what the owner can do.
        if missing_tables(db, READ_BY_EVERY_SCREEN):
            raise StorageError(
                "This log was made by an earlier version of Steady and is on a drive Steady "
                "cannot write to. Steady could not bring a copy of it up to date to read it "
                f"({error}). Copy the file to a folder you can write to and open the copy; "
                "the file itself was not changed."
            ) from error
        return False
    original.close()
    db.execute("PRAGMA query_only=ON")  # what Steady writes stays out of a copy nobody keeps
    return True


def _run(aside: RunAside | None, work: Callable[[], None]) -> None:
    if aside is None:
        work()
    else:
        aside(work)
