"""Locking a log with a passphrase, changing it, removing it: the file rewritten while nobody
else has it open, through a copy that is the owner's only from its first byte.

Setting or removing a passphrase writes a whole new copy of the log and swaps it in for the
file. A Steady window or command that had the log open would go on writing to the file it
opened, set aside by the swap, and everything it saved afterwards would be lost (changing the
passphrase under it makes its next save fail as if the file were damaged). So the rewrite
happens only while this connection is the only one to the file (storage/sole_use.py), and
newcomers wait until the copy is whole.

The copy (`shop.db.unlocking-…`: the whole log in plain text) is created readable by the
owner's account only before SQLite writes a byte into it; one left behind by a crash or a
power cut is removed by the next passphrase command, or the next time the log is opened.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import storage.encryption as encryption
from app.core.errors import PassphraseError, StorageError
from storage.database import create_private, remove_untouched
from storage.encryption import check_new, connect, is_locked
from storage.sole_use import IN_USE, held_alone

IN_USE_HERE = (
    "The log is open in another Steady window or command. Close Steady first (every window "
    "of it), then try again; nothing was changed."
)
COPY_SUFFIXES = (".locking", ".unlocking")
# A copy being written is rewritten far more often than this; what is older was left behind.
STALE_COPY_SECONDS = 10.0


def leftover_copies(path: str) -> list[str]:
    """The copies (and their journals) interrupted passphrase commands left beside `path`."""
    folder, name = os.path.split(os.path.abspath(path))
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    # Read at every start, in a folder that may hold thousands of the owner's files.
    copies = tuple(name + suffix for suffix in COPY_SUFFIXES)
    return sorted(os.path.join(folder, other) for other in names if other.startswith(copies))


def remove_leftover_copies(path: str, *, older_than: float = 0.0, keep: str = "") -> list[str]:
    """Delete what an interrupted `passphrase set/remove` left beside the log (a plain copy of
    a locked log, readable by whoever finds it). Files touched within `older_than` seconds may
    belong to a rewrite under way and are left alone, as is `keep` (this rewrite's own copy).
    Returns the paths removed."""
    copies = [other for other in leftover_copies(path) if not (keep and other.startswith(keep))]
    return remove_untouched(copies, older_than)


@contextmanager
def _alone(conn: Any) -> Iterator[None]:
    try:
        with held_alone(conn):
            yield
    except StorageError as error:
        if str(error) == IN_USE:
            raise StorageError(IN_USE_HERE) from error
        raise


def _commit(conn: Any) -> None:
    """End the hold's transaction (there is none on Windows, which holds no file open)."""
    if conn.in_transaction:
        conn.execute("COMMIT")


def _rewrite(conn: Any, path: str, suffix: str, key: str) -> None:
    """Export the log into a copy beside it (locked with `key`, plain when it is "") and swap
    the copy in for the file, all while nobody else has the log open."""
    # A name of its own: another rewrite started at the same moment (refused once it finds the
    # log in use) never removes this one's copy, nor this one its.
    target = f"{os.path.abspath(path)}{suffix}-{os.urandom(4).hex()}"
    # Fold the write-ahead log into the file first, so the copy holds every last change.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    remove_leftover_copies(path, older_than=STALE_COPY_SECONDS)
    try:
        create_private(target)
    except OSError as error:
        raise StorageError(
            f"Cannot write beside {path}: {error.strerror or error}. Nothing was changed."
        ) from error
    try:
        conn.execute(
            f"ATTACH DATABASE {encryption.quoted(target)} AS exported KEY {encryption.quoted(key)}"
        )
        try:
            with _alone(conn):
                remove_leftover_copies(path, keep=target)  # nobody else is rewriting it
                conn.execute("SELECT sqlcipher_export('exported')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA exported.user_version = {int(version)}")
                _commit(conn)
                for side in ("-wal", "-shm"):  # the old file's, meaningless beside the new one
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(path + side)
                os.replace(target, path)
        finally:
            with contextlib.suppress(*encryption.DatabaseErrors):
                conn.execute("DETACH DATABASE exported")
    finally:
        for leftover in (target, target + "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)


def set_passphrase(path: str, new: str) -> None:
    """Lock a plain log: write an encrypted copy, then swap it in for the plain file."""
    check_new(new)
    if is_locked(path):
        raise PassphraseError("This log is already locked; change its passphrase instead.")
    conn = encryption.plain_connection(path)
    try:
        _rewrite(conn, path, ".locking", new)
    finally:
        conn.close()


def change_passphrase(path: str, old: str, new: str) -> None:
    check_new(new)
    conn = connect(path, old, timeout=5.0)
    try:
        with _alone(conn):
            remove_leftover_copies(path)  # nobody else is rewriting it
            # Re-keying takes the file's write lock itself, at once (nobody else has it open).
            _commit(conn)
            conn.execute(f"PRAGMA rekey = {encryption.quoted(new)}")
    finally:
        conn.close()


def remove_passphrase(path: str, old: str) -> None:
    """Unlock a log for good: a plain copy swapped in for the encrypted file."""
    conn = connect(path, old, timeout=5.0)
    try:
        _rewrite(conn, path, ".unlocking", "")
    finally:
        conn.close()
