"""One open Steady database: the repositories over a single connection.

A connection belongs to the thread that opened it; work off the UI thread opens its own store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.core.clock import Clock, system_clock
from storage.actions import SqliteStanding
from storage.blobs import SqliteBlobs
from storage.contacts import SqliteContacts
from storage.customers import SqliteCustomers
from storage.database import (
    READ_ONLY_FILE,
    backup_database,
    file_is_read_only,
    open_database,
    open_database_read_only,
    translated_errors,
)
from storage.importing import SqliteImports
from storage.ledger import SqliteLedger
from storage.migrations import migrate, newer_steady, note_version
from storage.policies import SqlitePolicies
from storage.replies import SqliteReplies
from storage.search import SqliteSearch
from storage.settings import SqliteSettings
from storage.time_stamps import SqliteTimeStamps
from storage.written import WrittenRows


class SqliteStore:
    def __init__(
        self,
        path: str,
        clock: Clock = system_clock,
        *,
        read_only: bool | None = None,
        passphrase: str | None = None,
    ) -> None:
        self._path = path
        self._passphrase = passphrase
        self.migration_backup: str | None = None
        if read_only is None:
            read_only = file_is_read_only(path)
        if read_only:
            self.db = open_database_read_only(path, passphrase=passphrase)
        else:
            self.db = open_database(path, passphrase)
            with translated_errors(path):
                newer = newer_steady(self.db)
                if newer:
                    # Writing with an older layout would corrupt what the newer Steady saved.
                    self.db.execute("PRAGMA query_only=ON")
                    self.db.read_only_reason = newer
                else:
                    self.migration_backup = migrate(self.db, path, passphrase)
                    note_version(self.db)
        # Rows written in a transaction, handed to the ledger entry that records them.
        self._written = WrittenRows(self.db)
        self.customers = SqliteCustomers(self.db, clock)
        self.contacts = SqliteContacts(self.db, clock, self._written)
        self.blobs = SqliteBlobs(self.db, clock, self._written)
        self.ledger = SqliteLedger(self.db, clock, self._written)
        self.search = SqliteSearch(self.db)
        self.settings = SqliteSettings(self.db)
        self.replies = SqliteReplies(self.db, clock)
        self.imports = SqliteImports(self.db, clock)
        self.standing = SqliteStanding(self.db, clock)
        self.policies = SqlitePolicies(self.db, clock)
        self.time_stamps = SqliteTimeStamps(self.db)

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
) -> SqliteStore:
    return SqliteStore(path, clock, read_only=read_only, passphrase=passphrase)


__all__ = ["READ_ONLY_FILE", "SqliteStore", "open_store"]
