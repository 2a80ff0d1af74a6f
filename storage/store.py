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
from storage.database import backup_database, open_database, translated_errors
from storage.importing import SqliteImports
from storage.ledger import SqliteLedger
from storage.migrations import migrate
from storage.policies import SqlitePolicies
from storage.replies import SqliteReplies
from storage.search import SqliteSearch
from storage.settings import SqliteSettings


class SqliteStore:
    def __init__(self, path: str, clock: Clock = system_clock) -> None:
        self._path = path
        self.db = open_database(path)
        with translated_errors(path):
            self.migration_backup = migrate(self.db, path)
        self.customers = SqliteCustomers(self.db, clock)
        self.contacts = SqliteContacts(self.db, clock)
        self.blobs = SqliteBlobs(self.db, clock)
        self.ledger = SqliteLedger(self.db, clock)
        self.search = SqliteSearch(self.db)
        self.settings = SqliteSettings(self.db)
        self.replies = SqliteReplies(self.db, clock)
        self.imports = SqliteImports(self.db, clock)
        self.standing = SqliteStanding(self.db, clock)
        self.policies = SqlitePolicies(self.db, clock)

    @property
    def path(self) -> str:
        return self._path

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside is saved together or not at all."""
        with translated_errors(self._path), self.db.atomic():
            yield

    def backup_to(self, target: str) -> None:
        backup_database(self.db, target)

    def is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0

    def close(self) -> None:
        self.db.close()


def open_store(path: str, clock: Clock = system_clock) -> SqliteStore:
    return SqliteStore(path, clock)
