"""Database files that are not the open one: backups to check, a database to restore.

Backups are opened immutable (nothing written to them or beside them) and verified.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import storage.encryption as encryption
from app.core.clock import system_clock
from app.core.errors import StorageError
from app.core.held_files import read_head
from storage.database import (
    BUSY_TIMEOUT_SECONDS,
    SteadyDatabase,
    create_private,
    open_database_read_only,
    partial_path,
    remove_stale_partials,
    translated_errors,
)
from storage.encryption import is_locked
from storage.ledger import GENESIS, SqliteLedger
from storage.migrations import steady_columns  # also registers every tracked table
from storage.sole_use import held_alone

if TYPE_CHECKING:
    from app.core.ledger_records import VerifyReport


class SqliteFiles:
    """`passphrase`: the open log's, which its backups are locked with too."""

    def __init__(self, passphrase: str | None = None) -> None:
        self._passphrase = passphrase

    def _open(self, path: str) -> SteadyDatabase:
        return open_database_read_only(
            path, immutable=True, passphrase=self._passphrase if is_locked(path) else None
        )

    def check(self, path: str) -> VerifyReport:
        """Verify a database file without writing to it or beside it."""
        db = self._open(path)
        try:
            return SqliteLedger(db, system_clock, known_columns=steady_columns).verify()
        finally:
            db.close()

    def head(self, path: str) -> tuple[int, str]:
        db = self._open(path)
        try:
            with translated_errors(path):
                if not db.table_exists("ledger"):
                    return 0, GENESIS
                return SqliteLedger(db, system_clock).head()
        finally:
            db.close()

    def hashes_at(self, path: str, positions: Iterable[int]) -> dict[int, str | None]:
        """The hash of each ledger entry asked for (None where the file has no such entry),
        read on one opening of the file."""
        db = self._open(path)
        try:
            with translated_errors(path):
                if not db.table_exists("ledger"):
                    return dict.fromkeys(positions)
                ledger = SqliteLedger(db, system_clock)
                return {seq: ledger.hash_at(seq) for seq in positions}
        finally:
            db.close()

    @contextmanager
    def alone(self, path: str) -> Iterator[None]:
        """Hold the file while nobody else has it open; StorageError when someone does."""
        conn = self._connect_to_hold(path)
        if conn is None:
            yield
            return
        if os.name == "nt":
            # Windows renames no file anyone has open, this connection included: ask, let go,
            # and let Windows itself refuse the rename if someone opens it meanwhile.
            try:
                with held_alone(conn):
                    pass
            finally:
                conn.close()
            yield
            return
        try:
            with held_alone(conn):
                yield
        finally:
            conn.close()

    def _connect_to_hold(self, path: str) -> Any:
        """A connection to ask SQLite who has the file open; None for a file SQLite cannot
        read (damaged, or locked without its passphrase here): nobody can be using it as a
        log, and putting a backup in its place is how it is mended."""
        try:
            conn = encryption.connect(
                path, self._passphrase if is_locked(path) else None, BUSY_TIMEOUT_SECONDS
            )
        except StorageError:
            return None
        except encryption.DatabaseErrors:
            return None
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except encryption.DatabaseErrors:
            conn.close()
            return None
        return conn

    def is_steady(self, path: str) -> bool:
        """An SQLite database with Steady's ledger in it."""
        try:
            if is_locked(path):
                if self._passphrase is None:
                    return False
            else:
                if read_head(path, 16) != b"SQLite format 3\x00":
                    return False
            db = self._open(path)
        except (OSError, StorageError):
            return False
        try:
            return bool(db.table_exists("ledger"))
        except encryption.DatabaseErrors:
            return False
        finally:
            db.close()

    def settle(self, path: str) -> None:
        """Fold the write-ahead log into the file, so the file alone holds everything."""
        with translated_errors(path):
            conn = sqlite3.connect(path, timeout=5)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                conn.close()

    def copy_into_place(self, source: str, target: str) -> None:
        """Copy through a temporary name, so `target` is whole or untouched."""
        remove_stale_partials(os.path.dirname(os.path.abspath(target)))
        temporary = partial_path(target)
        try:
            create_private(temporary)  # the log is readable by its owner only, copy included
            with open(source, "rb") as reading, open(temporary, "wb") as writing:
                shutil.copyfileobj(reading, writing, 1 << 20)
                writing.flush()
                os.fsync(writing.fileno())
            os.replace(temporary, target)
        except OSError as error:
            raise StorageError(f"Cannot write {target}: {error.strerror or error}") from error
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(temporary)
