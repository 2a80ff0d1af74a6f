"""Opening the SQLite file safely and turning SQLite's failures into words for the owner."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from app.core.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    EvidenceReadOnlyError,
    PassphraseNeededError,
    StorageError,
)
from storage.encryption import (
    DatabaseErrors,
    IntegrityErrors,
    OperationalErrors,
    connect,
    copy_locked,
    is_locked,
)

READ_ONLY_MESSAGE = "evidence is read-only"
BUSY_TIMEOUT_SECONDS = 5.0


@contextmanager
def translated_errors(path: str) -> Iterator[None]:
    """Raise SQLite's known failures as errors the window and the command line can show."""
    try:
        yield
    except IntegrityErrors as error:
        if READ_ONLY_MESSAGE in str(error):
            raise EvidenceReadOnlyError(
                "Saved evidence cannot be changed; log a correction instead."
            ) from error
        raise
    except OperationalErrors as error:
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
    except DatabaseErrors as error:
        message = str(error).lower()
        if "not a database" in message or "malformed" in message or "corrupt" in message:
            raise CorruptDatabaseError(path, str(error)) from error
        raise


def open_database(path: str, passphrase: str | None = None) -> Database:
    """Open (or create) the file with WAL, foreign keys and full fsync on commit; with a
    passphrase the file is (or becomes) locked at rest."""
    if path != ":memory:":
        folder = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        except OSError as error:
            raise StorageError(f"Cannot create the folder {folder}: {error.strerror}") from error
        if passphrase is None and is_locked(path):
            raise PassphraseNeededError(path)
    is_new = path != ":memory:" and not os.path.exists(path)
    with translated_errors(path):
        try:
            conn = connect(path, passphrase, BUSY_TIMEOUT_SECONDS)
        except OperationalErrors as error:
            raise StorageError(f"Cannot open {path}: {error}") from error
        db = Database(conn, execute_plugins=False)
        # Reading the schema is what reveals a file that is not a database.
        db.execute("PRAGMA schema_version").fetchone()
        if path != ":memory:":
            db.execute("PRAGMA journal_mode=WAL").fetchone()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
    if is_new:
        private(path)
    return db


def private(path: str) -> None:
    """Only the owner's account may read the log (and its folder, when Steady made it)."""
    # A file system without permissions (FAT on a USB stick) has nothing to tighten.
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def backup_database(db: Database, target: str, passphrase: str | None = None) -> None:
    """A consistent copy of a live database (SQLite's online backup), safe while in use;
    a locked log's copy is locked with the same passphrase."""
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    with translated_errors(target):
        if passphrase is not None:
            copy_locked(db.conn, target, passphrase)
        else:
            destination = connect(target, None, BUSY_TIMEOUT_SECONDS)
            try:
                db.conn.backup(destination)
            finally:
                destination.close()
    private(target)
