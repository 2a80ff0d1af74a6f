"""Opening the SQLite file safely and turning SQLite's failures into words for the owner."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from app.core.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    EvidenceReadOnlyError,
    StorageError,
)

READ_ONLY_MESSAGE = "evidence is read-only"
BUSY_TIMEOUT_SECONDS = 5.0


@contextmanager
def translated_errors(path: str) -> Iterator[None]:
    """Raise SQLite's known failures as errors the window and the command line can show."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        if READ_ONLY_MESSAGE in str(error):
            raise EvidenceReadOnlyError(
                "Saved evidence cannot be changed; log a correction instead."
            ) from error
        raise
    except sqlite3.OperationalError as error:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseBusyError() from error
        if "disk is full" in message or "database or disk is full" in message:
            raise DiskFullError() from error
        if "disk i/o error" in message or "unable to open" in message:
            raise StorageError(
                f"Steady could not read or write {path}: {error}. Check that the drive is "
                "connected and writable."
            ) from error
        raise
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "not a database" in message or "malformed" in message or "corrupt" in message:
            raise CorruptDatabaseError(path, str(error)) from error
        raise


def open_database(path: str) -> Database:
    """Open (or create) the file with WAL, foreign keys and full fsync on commit."""
    if path != ":memory:":
        folder = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise StorageError(f"Cannot create the folder {folder}: {error.strerror}") from error
    with translated_errors(path):
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        except sqlite3.OperationalError as error:
            raise StorageError(f"Cannot open {path}: {error}") from error
        db = Database(conn, execute_plugins=False)
        # Reading the schema is what reveals a file that is not a database.
        db.execute("PRAGMA schema_version").fetchone()
        if path != ":memory:":
            db.execute("PRAGMA journal_mode=WAL").fetchone()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
    return db


def backup_database(db: Database, target: str) -> None:
    """A consistent copy of a live database (SQLite's online backup), safe while in use."""
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    with translated_errors(target):
        destination = sqlite3.connect(target)
        try:
            db.conn.backup(destination)
        finally:
            destination.close()
