"""Holding a log alone while its file is swapped for a backup.

A Steady window or command that has the log open keeps writing to the file it opened; if a
restore renamed that file underneath it, everything it saved afterwards would land in the file
set aside, not in the log the owner uses. SQLite already knows who has the file open, on every
system: leaving write-ahead-log mode needs the only connection to the file (in this process or
any other), so that is the test. Once left, an exclusive transaction keeps newcomers out while
the files are moved (not on Windows, which cannot rename a file that is open at all).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import storage.encryption as encryption
from app.core.errors import StorageError

IN_USE = (
    "The log is open in another Steady window or command. Close Steady first (every window "
    "of it), then restore again; nothing was changed."
)
_BUSY_WORDS = ("locked", "busy")


@contextmanager
def held_alone(conn: Any, restore_timeout_ms: int | None = None) -> Iterator[None]:
    """Raise StorageError(IN_USE) unless `conn` is the only connection to its file; then keep
    other connections out until the block ends. The file is left self-contained (no -wal)."""
    conn.execute("PRAGMA busy_timeout = 0")  # someone else holding it is the answer, not a wait
    try:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
        except encryption.OperationalErrors as error:
            if any(word in str(error).lower() for word in _BUSY_WORDS):
                raise StorageError(IN_USE) from error
            raise
        if mode.lower() != "delete":
            raise StorageError(IN_USE)
        if os.name != "nt":
            conn.execute("BEGIN EXCLUSIVE")
        try:
            yield
        except BaseException:
            _rollback(conn)
            with contextlib.suppress(*encryption.DatabaseErrors):
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
            raise
        _rollback(conn)
    finally:
        if restore_timeout_ms is not None:
            with contextlib.suppress(*encryption.DatabaseErrors):
                conn.execute(f"PRAGMA busy_timeout = {int(restore_timeout_ms)}")


def _rollback(conn: Any) -> None:
    if conn.in_transaction:
        with contextlib.suppress(*encryption.DatabaseErrors):
            conn.execute("ROLLBACK")
