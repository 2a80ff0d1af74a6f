"""One open Steady database: the repositories over a single connection.

A connection belongs to the thread that opened it; work off the UI thread opens its own store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from app.core.clock import Clock, system_clock
from app.core.errors import DiskFullError, StorageError
from app.core.ports import RunAside
from storage.blobs import SqliteBlobs
from storage.contacts import SqliteContacts
from storage.customers import SqliteCustomers
from storage.database import (
    BUSY_TIMEOUT_SECONDS,
    READ_ONLY_FILE,
    backup_database,
    file_is_read_only,
    open_database,
    open_database_read_only,
    translated_errors,
)
from storage.full_disk import DISK_FULL_REASON, disk_is_full, opened_for_reading_note
from storage.ledger import TRACKED, SqliteLedger
from storage.migrations import migrate, newer_steady, note_version, steady_columns
from storage.older_read_only import read_through_up_to_date_copy
from storage.passphrases import STALE_COPY_SECONDS, remove_leftover_copies
from storage.schema_totals import remake_lost_totals
from storage.settings import SqliteSettings
from storage.sole_use import held_alone
from storage.upgrade_list import changed_list_refusal
from storage.verify_checks import table_columns
from storage.verify_schema import missing_steady_tables, refusal
from storage.written import WrittenRows

# The columns read as soon as a log opens or is verified (each there since its table was made).
_COLUMNS_READ = {
    "ledger": tuple("seq at actor action entity entity_id digest detail prev_hash hash".split()),
    "settings": ("key", "value"),
    "time_stamps": ("id", "entries", "head_hash", "token", "stamped_at", "service"),
}
if TYPE_CHECKING:
    from storage.actions import SqliteStanding
    from storage.importing import SqliteImports
    from storage.policies import SqlitePolicies
    from storage.replies import SqliteReplies
    from storage.search import SqliteSearch
    from storage.time_stamps import SqliteTimeStamps


class SqliteStore:
    def __init__(
        self,
        path: str,
        clock: Clock = system_clock,
        *,
        read_only: bool | None = None,
        passphrase: str | None = None,
        aside: RunAside | None = None,
    ) -> None:
        self._path = path
        self._passphrase = passphrase
        self.migration_backup: str | None = None
        self._from_newer = False  # a newer Steady may have laid its tables out otherwise
        if read_only is None:
            read_only = file_is_read_only(path)
        full_disk = False
        if not read_only:
            try:
                self._open_for_writing(path, passphrase)
            except StorageError as error:
                # Only SQLite's bare I/O failures: a damaged, locked or foreign file says so.
                if (
                    type(error) not in (StorageError, DiskFullError)
                    or path == ":memory:"
                    or not disk_is_full(path)
                ):
                    raise
                full_disk = True
        if read_only or full_disk:
            self.db = open_database_read_only(path, passphrase=passphrase)
            with translated_errors(path):
                read_through_up_to_date_copy(self.db, locked=passphrase is not None, aside=aside)
            if full_disk:
                self.db.read_only_reason = DISK_FULL_REASON
                self.db.opening_note = opened_for_reading_note(path)
        self.db.path = path
        # Rows written in a transaction, handed to the ledger entry that records them.
        self._written = WrittenRows(self.db)
        self.customers = SqliteCustomers(self.db, clock, self._written)
        self.contacts = SqliteContacts(self.db, clock, self._written)
        self.blobs = SqliteBlobs(self.db, clock, self._written)
        self.ledger = SqliteLedger(self.db, clock, self._written, steady_columns)
        self.settings = SqliteSettings(self.db)
        self._clock = clock

    def _open_for_writing(self, path: str, passphrase: str | None) -> None:
        self.db = open_database(path, passphrase)
        try:
            # A passphrase command cut short left a whole copy of the log beside it (in plain
            # text, for `passphrase remove`): the log itself is whole, the copy is not needed.
            if path != ":memory:":
                remove_leftover_copies(path, older_than=STALE_COPY_SECONDS)
            with translated_errors(path):
                newer = newer_steady(self.db)
                foreign = "" if newer else refusal(self.db) or changed_list_refusal(self.db)
                if newer:
                    self._from_newer = True
                    # Writing with an older layout would corrupt what the newer Steady saved.
                    self.db.execute("PRAGMA query_only=ON")
                    self.db.read_only_reason = newer
                elif foreign:
                    # A trigger added outside Steady would run inside every write (the schema
                    # changes included), an upgrade run again would record hand-edited rows:
                    # nothing is written, nothing of it dropped.
                    self.db.execute("PRAGMA query_only=ON")
                    self.db.read_only_reason = foreign
                else:
                    self.migration_backup = migrate(self.db, path, passphrase)
                    note_version(self.db)
                    remake_lost_totals(self.db)
        except BaseException:
            self.db.close()
            raise

    # Built when first used: their modules and the records they return are not needed to
    # open the window on the first customer's log.
    @cached_property
    def search(self) -> SqliteSearch:
        from storage.search import SqliteSearch

        return SqliteSearch(self.db)

    @cached_property
    def replies(self) -> SqliteReplies:
        from storage.replies import SqliteReplies

        return SqliteReplies(self.db, self._clock)

    @cached_property
    def imports(self) -> SqliteImports:
        from storage.importing import SqliteImports

        return SqliteImports(self.db, self._clock, self._written)

    @cached_property
    def standing(self) -> SqliteStanding:
        from storage.actions import SqliteStanding

        return SqliteStanding(self.db, self._clock)

    @cached_property
    def policies(self) -> SqlitePolicies:
        from storage.policies import SqlitePolicies

        return SqlitePolicies(self.db, self._clock)

    @cached_property
    def time_stamps(self) -> SqliteTimeStamps:
        from storage.time_stamps import SqliteTimeStamps

        return SqliteTimeStamps(self.db)

    @property
    def path(self) -> str:
        return self._path

    @property
    def read_only(self) -> bool:
        return bool(self.db.read_only_reason)

    @property
    def read_only_reason(self) -> str:
        """One line for the owner: why nothing can be saved in this file ("" when it can)."""
        return self.db.read_only_reason

    @property
    def opening_note(self) -> str:
        """One line for the owner about what opening the log did beside it ("" mostly)."""
        return self.db.opening_note

    @property
    def locked(self) -> bool:
        """True when the file is encrypted at rest with a passphrase."""
        return self._passphrase is not None

    def passphrase_matches(self, typed: str) -> bool:
        """For unlocking the window after it locked itself when left idle."""
        import hmac

        return self._passphrase is not None and hmac.compare_digest(
            typed.encode("utf-8"), self._passphrase.encode("utf-8")
        )

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside is saved together or not at all."""
        try:
            with translated_errors(self._path, self.db.read_only_reason), self.db.atomic():
                yield
        finally:
            # A row kept past its transaction (or a savepoint rolled back) could be stale.
            self._written.clear()

    def missing_tables(self) -> list[str]:
        """The tables Steady made that are gone from the file (removed outside Steady): every
        one, since each is read by some command (a file without one cannot be used, only
        verified and restored; a log that can be written gets its totals counted again)."""
        if self._from_newer:
            return []
        with translated_errors(self._path):
            return missing_steady_tables(self.db)

    def remade_tables(self) -> list[str]:
        """Tables that are there but lack columns Steady reads (dropped and made again)."""
        read = dict(_COLUMNS_READ)
        for tracked in TRACKED.values():
            read.setdefault(tracked.table, (tracked.key,))
        with translated_errors(self._path):
            return [
                table
                for table, columns in read.items()
                if (present := table_columns(self.db, table)) and not set(columns) <= present
            ]

    @contextmanager
    def atomic_briefly(self, wait_seconds: float) -> Iterator[None]:
        """atomic(), waiting at most `wait_seconds` for another program to let go of the log
        (DatabaseBusyError after that): a save made while the owner types must not hold the
        window still for the whole busy timeout."""
        conn = self.db.conn
        waited_ms = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute(f"PRAGMA busy_timeout = {max(0, int(wait_seconds * 1000))}")
        try:
            with self.atomic():
                yield
        finally:
            conn.execute(f"PRAGMA busy_timeout = {waited_ms}")

    def alone(self) -> AbstractContextManager[None]:
        """Hold this log while no other connection has it open (see storage/sole_use.py)."""
        return held_alone(self.db.conn, int(BUSY_TIMEOUT_SECONDS * 1000))

    def on_damage(self, find_backup: Callable[[], str | None]) -> None:
        """`find_backup` names the newest good backup once a damaged page is met."""
        self.db.find_backup = find_backup

    def damage_found(self) -> str:
        """What the owner is told once a damaged page was met in this log ("" while none was),
        naming the newest good backup."""
        return str(self.db.found_damage(self.db.damaged)) if self.db.damaged else ""

    def backup_to(self, target: str) -> None:
        backup_database(self.db, target, self._passphrase)

    def is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0

    def close(self) -> None:
        self.db.close()


def open_store(
    path: str,
    clock: Clock = system_clock,
    *,
    read_only: bool | None = None,
    passphrase: str | None = None,
    aside: RunAside | None = None,
) -> SqliteStore:
    """`aside` runs the slow bringing up to date of an older read-only log elsewhere."""
    return SqliteStore(path, clock, read_only=read_only, passphrase=passphrase, aside=aside)


__all__ = ["READ_ONLY_FILE", "SqliteStore", "open_store"]
