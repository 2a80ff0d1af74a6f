"""A log locked at rest with the owner's passphrase (SQLCipher), plain SQLite otherwise.

Anyone holding the laptop can read a plain SQLite file with `strings`. A locked log is
encrypted page by page with SQLCipher (through sqlcipher3), full-text search included; its
backups are locked with the same passphrase. A forgotten passphrase cannot be recovered.
"""

from __future__ import annotations

import os
import sqlite3
from types import ModuleType
from typing import Any

from app.core.errors import PassphraseError, StorageError
from app.core.held_files import read_head

SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite's errors under both drivers, for code that turns them into words for the owner. Read
# them as `encryption.DatabaseErrors` when the exception is caught: SQLCipher's own classes
# join them when a locked log is first opened, as its driver loads only then (its import
# costs every start of a plain log ~5 ms, and only its connections raise its errors).
IntegrityErrors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
OperationalErrors: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
DatabaseErrors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)

_sqlcipher: ModuleType | None = None


def _driver() -> ModuleType:
    global _sqlcipher, IntegrityErrors, OperationalErrors, DatabaseErrors
    if _sqlcipher is None:
        try:  # sqlcipher3-binary ships SQLCipher with its own SQLite inside the wheel
            import sqlcipher3.dbapi2 as driver
        except ImportError as error:  # pragma: no cover - a build without it opens plain logs
            raise StorageError(
                "This copy of Steady cannot lock or open a log with a passphrase (SQLCipher is "
                "missing). Reinstall Steady."
            ) from error
        IntegrityErrors += (driver.IntegrityError,)
        OperationalErrors += (driver.OperationalError,)
        DatabaseErrors += (driver.DatabaseError,)
        _sqlcipher = driver
    return _sqlcipher


def is_locked(path: str) -> bool:
    """True for a log locked with a passphrase: whole encrypted pages that look random from
    the first byte. A damaged file or a document renamed .db is not mistaken for one, so its
    owner is told it is damaged rather than asked for a passphrase it never had."""
    try:
        size = os.path.getsize(path)
        head = read_head(path, 4096)  # not open()/close(): that would drop SQLite's locks
    except OSError:
        return False
    if size < 1024 or size % 512 or head.startswith(SQLITE_HEADER):
        return False
    # Encrypted pages use nearly every byte value; text, zeros or a half-written page do not.
    return len(set(head)) > 200


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key cannot take a parameter)."""
    return "'" + passphrase.replace("'", "''") + "'"


def check_new(passphrase: str) -> None:
    """Refuse a new passphrase too short to protect the log, or one SQLite cannot carry."""
    if len(passphrase) < 8:
        raise PassphraseError("Choose a passphrase of at least 8 characters.")
    if "\x00" in passphrase:
        raise PassphraseError("A passphrase cannot contain a NUL character.")


def connect(path: str, passphrase: str | None, timeout: float, *, uri: bool = False) -> Any:
    """A DB-API connection: SQLCipher keyed with the passphrase, or plain sqlite3. With `uri`,
    `path` is a file: URI (read-only or immutable opening)."""
    if passphrase is None:
        return sqlite3.connect(path, timeout=timeout, uri=uri)
    conn = _driver().connect(path, timeout=timeout, uri=uri)
    # SQLCipher logs a failed key to stderr; the owner gets one clear sentence instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quoted(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseErrors as error:
        conn.close()
        raise PassphraseError(
            "That passphrase does not open this log. Check Caps Lock and try again."
        ) from error
    return conn


def plain_connection(path: str) -> Any:
    """A connection to a plain log through SQLCipher's driver, which can write a locked copy."""
    return _driver().connect(path)


def copy_locked(conn: Any, target: str, passphrase: str) -> None:
    """A consistent copy of a locked log, locked with the same passphrase."""
    destination = connect(target, passphrase, timeout=5.0)
    try:
        conn.backup(destination)
    finally:
        destination.close()
