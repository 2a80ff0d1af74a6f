"""A log from an older Steady on a drive Steady cannot write to (a CD, a locked USB stick, a
folder shared read-only, a copy handed to a lawyer).

It lacks the tables and columns today's Steady reads, and it cannot be brought up to date
where it is: every list, verify and packet would fail on the first table it misses. It is read
through an up-to-date copy in memory instead, made once when it opens; the file itself is
never written. Bringing the copy up to date takes seconds on a big log: the window has it done
on a thread of its own (`aside`) and shows that it is working meanwhile.

Each worker thread (the assessment, search, packets, letters, verify) opens the log again on a
connection of its own. It is handed a copy of the pages the window's opening brought up to date
(a memory copy, milliseconds) instead of bringing the file up to date once more. Those pages
are kept in this process's memory only, never on a disk, while a connection reads from them.
A change made to the file meanwhile (another program on a shared folder that it can write to)
is noticed by its size, times, identity and header: the next worker's opening brings the
changed file up to date again, as the first did, and later ones read that copy. The window's
own connection goes on reading what it opened, as before.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import StorageError
from app.core.held_files import read_head
from app.core.ports import RunAside
from storage.connection import SteadyDatabase
from storage.migrations import migrations, newer_steady
from storage.older_read_only_scans import file_key, opening
from storage.upgrade_list import upgrades_made_but_unlisted
from storage.verify_checks import missing_tables

# What the customer list and the log read at every start (the totals kept by triggers too).
READ_BY_EVERY_SCREEN = ("customers", "contacts", "customer_totals")
# The database header: its change counter moves with every write outside write-ahead logging.
_HEADER_BYTES = 100


def read_through_up_to_date_copy(
    db: SteadyDatabase, locked: bool, aside: RunAside | None = None
) -> bool:
    """Bring a read-only log from an older Steady up to date in memory, in place of its file's
    connection; True when it was. A log written by a newer Steady, or already up to date, is
    read as it is. A locked log is too: its pages cannot be copied out of SQLCipher
    unlocked without writing to it. `aside` runs the changes (the slow part) elsewhere and
    returns once they are done; without it they run here. A log this process brought up to
    date already, unchanged since, is read through a copy of those pages."""
    if locked:
        return False
    # Taken before a page is read: a change made while it is copied is seen the next time.
    path = _file_of(db)
    state = _state(path) if path else None
    copy = _Copy.of(_kept_for(path, state))
    if copy is not None:
        _read_through(db, copy)
        return True
    if newer_steady(db) or not migrations.pending(db):
        return False
    if upgrades_made_but_unlisted(db):
        return False  # run again, an upgrade would take hand-edited rows for the truth
    # Plain SQLite (a locked log never gets here). Brought up to date on another thread, then
    # read on this one.
    memory = _Copy.empty(check_same_thread=aside is None)
    original = db.conn
    pages: list[bytearray] = []

    def bring_up_to_date() -> None:
        # What the schema changes looked through the file for is remembered by its state:
        # opened again unchanged, they do not look again.
        with opening(file_key(path, state) if state is not None else None):
            migrations.apply(db)
        # For the workers' openings, taken off the window's thread; without them (no memory
        # to spare) each worker brings the file up to date itself, as it once did.
        if state is not None:
            with contextlib.suppress(MemoryError, sqlite3.Error):
                pages.append(_in_memory_form(memory.serialize()))

    try:
        # A page copy (about 25 ms for a 30 MB log), on the thread the file connection is for.
        original.backup(memory)
        db.conn = memory
        db.execute("PRAGMA recursive_triggers=on")
        reason, db.read_only_reason = db.read_only_reason, ""
        try:
            _run(aside, bring_up_to_date)
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
    if pages and state is not None:
        memory.reads(_keep(_Kept(path, state, pages[0])))
    original.close()
    db.execute("PRAGMA query_only=ON")  # what Steady writes stays out of a copy nobody keeps
    return True


def _read_through(db: SteadyDatabase, copy: _Copy) -> None:
    original, db.conn = db.conn, copy
    original.close()
    db.execute("PRAGMA recursive_triggers=on")
    db.execute("PRAGMA query_only=ON")


def _run(aside: RunAside | None, work: Callable[[], None]) -> None:
    if aside is None:
        work()
    else:
        aside(work)


@dataclass(frozen=True, eq=False)
class _Kept:
    """The pages of a log brought up to date, and the file's state when they were read."""

    path: str
    state: tuple[object, ...]
    pages: bytearray  # never changed once kept: read by many threads


# By the file's full name: the newest copy of each log, kept while a connection reads one.
_kept: dict[str, _Kept] = {}
_readers: dict[str, int] = {}
# Reentrant: a connection nobody closed is let go by the garbage collector, on any thread, at
# any moment, possibly while this thread holds the lock.
_guard = threading.RLock()


def _kept_for(path: str, state: tuple[object, ...] | None) -> _Kept | None:
    if state is None:
        return None
    with _guard:
        kept = _kept.get(path)
        return kept if kept is not None and kept.state == state else None


def _keep(kept: _Kept) -> _Kept:
    with _guard:
        _kept[kept.path] = kept  # a changed file's newer copy takes the older one's place
    return kept


def _let_go(path: str) -> None:
    with _guard:
        readers = _readers.get(path, 0) - 1
        if readers > 0:
            _readers[path] = readers
            return
        _readers.pop(path, None)
        _kept.pop(path, None)


class _Copy(sqlite3.Connection):
    """A connection to a copy in memory; while open it keeps the pages its log was brought up
    to date to for the next worker's opening."""

    _lease: weakref.finalize | None = None

    @classmethod
    def empty(cls, *, check_same_thread: bool) -> _Copy:
        copy = sqlite3.connect(":memory:", check_same_thread=check_same_thread, factory=cls)
        assert isinstance(copy, _Copy)
        return copy

    @classmethod
    def of(cls, kept: _Kept | None) -> _Copy | None:
        """A copy of the kept pages for this thread; None without (or without the memory for
        them): the file is then brought up to date again."""
        if kept is None:
            return None
        copy = cls.empty(check_same_thread=True)
        try:
            copy.deserialize(kept.pages)
        except (MemoryError, sqlite3.Error):
            copy.close()
            return None
        copy.reads(kept)
        return copy

    def reads(self, kept: _Kept) -> None:
        with _guard:
            _readers[kept.path] = _readers.get(kept.path, 0) + 1
        # Let go on close, or when the garbage collector finds it unclosed.
        self._lease = weakref.finalize(self, _let_go, kept.path)

    def close(self) -> None:
        super().close()
        if self._lease is not None:
            self._lease()


def _in_memory_form(pages: bytes) -> bytearray:
    """The pages with their header saying "no write-ahead log": copied from a log that keeps
    one, they would send SQLite looking for its -wal file, which a copy in memory has not."""
    form = bytearray(pages)
    form[18:20] = b"\x01\x01"  # the file format's write and read versions: rollback journal
    return form


def _file_of(db: SteadyDatabase) -> str:
    """The full name of the file `db` has open; "" for none (a log in memory)."""
    conn = db.conn
    factory, conn.text_factory = conn.text_factory, bytes  # a name need not be UTF-8
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    finally:
        conn.text_factory = factory
    named = [row[2] for row in rows if row[1] == b"main" and row[2]]
    return os.fsdecode(named[0]) if named else ""


def _state(path: str) -> tuple[object, ...] | None:
    """What changes when the file or its write-ahead log is written (None when unreadable):
    sizes, modification times, the file's identity and its header."""
    state: list[object] = []
    for name in (path, f"{path}-wal"):
        try:
            found = os.stat(name)
        except FileNotFoundError:
            state.append(None)
            continue
        except OSError:
            return None
        state.append((found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns))
    with contextlib.suppress(OSError):
        return (*state, read_head(path, _HEADER_BYTES))  # never open() and close(): see held_files
    return None
