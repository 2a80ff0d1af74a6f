"""Opening the SQLite file safely and turning SQLite's failures into words for the owner.

Writes take the write lock when their transaction begins (`BEGIN IMMEDIATE`), so a second
program writing at the same time waits for its turn (up to BUSY_TIMEOUT_SECONDS) instead of
failing half-way; a file on a read-only drive, or marked read-only, is opened read-only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import storage.encryption as encryption
from app.core.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    EvidenceReadOnlyError,
    PassphraseNeededError,
    ReadOnlyDatabaseError,
    StorageError,
)
from app.core.file_kinds import never_written_over
from storage.connection import SteadyDatabase
from storage.encryption import connect, is_locked
from storage.stray_journal import set_aside_stray_journal

READ_ONLY_MESSAGE = "evidence is read-only"
# Long enough for an import's message or a packet's ledger entry in another program to finish.
BUSY_TIMEOUT_SECONDS = 30.0
READ_ONLY_FILE = "the file is read-only (a read-only drive, or a copy marked read-only)"


@contextmanager
def translated_errors(path: str, read_only_reason: str = "") -> Iterator[None]:
    """Raise SQLite's known failures as errors the window and the command line can show."""
    try:
        yield
    except encryption.IntegrityErrors as error:
        if READ_ONLY_MESSAGE in str(error):
            raise EvidenceReadOnlyError(
                "Saved evidence cannot be changed; log a correction instead."
            ) from error
        raise
    except encryption.OperationalErrors as error:
        message = str(error).lower()
        if "readonly" in message or "read-only" in message or "query_only" in message:
            raise ReadOnlyDatabaseError(read_only_reason or READ_ONLY_FILE) from error
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
    except encryption.DatabaseErrors as error:
        message = str(error).lower()
        if "not a database" in message or "malformed" in message or "corrupt" in message:
            raise CorruptDatabaseError(path, str(error)) from error
        raise


def _refuse_another_programs_file(
    db: SteadyDatabase, path: str, *, read_only: bool = False
) -> None:
    """A file with tables but no Steady schema belongs to another program: refused before
    anything (the WAL switch, the migrations) writes to it. Read-only, an empty file cannot
    become a log either."""
    tables = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    }
    if not tables:
        if read_only:
            raise StorageError(
                f"{path} holds no Steady log yet and it is read-only, so Steady cannot start "
                "one there. Choose a Steady log, or a new file name on a writable drive."
            )
        return
    if "_sqlite_migrations" in tables:
        steady = db.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'steady'"
        ).fetchone()[0]
        if steady:
            return
    raise StorageError(
        f"{path} is not a Steady log: it is another program's database, and nothing was "
        "written to it. Choose a Steady log, or a new file name to start a new log."
    )


def file_is_read_only(path: str) -> bool:
    """The file, or the drive it is on, cannot be written: a CD, a locked USB stick, a copy
    marked read-only. Mode bits are read too, because os.access ignores them for root."""
    if path == ":memory:" or not os.path.exists(path):
        return False
    folder = os.path.dirname(os.path.abspath(path))
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    mode = os.stat(path).st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK)


def _connect(path: str, uri: str | None = None, passphrase: str | None = None) -> Any:
    try:
        if uri is not None:
            return connect(uri, passphrase, BUSY_TIMEOUT_SECONDS, uri=True)
        return connect(path, passphrase, BUSY_TIMEOUT_SECONDS)
    except encryption.OperationalErrors as error:
        raise StorageError(f"Cannot open {path}: {error}") from error


def open_database(path: str, passphrase: str | None = None) -> SteadyDatabase:
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
    if is_new:
        try:
            create_private(path)
        except FileExistsError:
            pass  # another Steady made it a moment ago
        except OSError as error:
            raise StorageError(f"Cannot create {path}: {error.strerror}") from error
    note = ""
    if not is_new and path != ":memory:":
        for name in (path, f"{path}-wal", f"{path}-shm"):
            tighten(name)
        # Before the first connection: SQLite would play it into the log on connecting.
        note = set_aside_stray_journal(path)
    with translated_errors(path):
        conn = _connect(path, passphrase=passphrase)
        db = SteadyDatabase(conn)
        db.opening_note = note
        # Reading the schema is what reveals a file that is not a database.
        db.execute("PRAGMA schema_version").fetchone()
        try:
            _refuse_another_programs_file(db, path)
        except StorageError:
            conn.close()
            raise
        if path != ":memory:":
            db.execute("PRAGMA journal_mode=WAL").fetchone()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
    db.hold_file(path)
    return db


def open_database_read_only(
    path: str, *, immutable: bool = False, passphrase: str | None = None
) -> SteadyDatabase:
    """Open without writing to the file; `immutable` also writes nothing beside it (no -shm),
    for read-only drives and for backups nobody else has open. A locked log needs its
    passphrase here too."""
    if passphrase is None and is_locked(path):
        raise PassphraseNeededError(path)
    if not os.path.isfile(path):
        raise StorageError(f"There is no file {path}.")
    tighten(path)  # its mode only, never its bytes: a log is the owner's to read, copies too
    query = "immutable=1" if immutable else "mode=ro"
    # The name's own bytes, so a name that is not UTF-8 opens too.
    uri = f"file:{urllib.parse.quote(os.fsencode(os.path.abspath(path)))}?{query}"
    with translated_errors(path):
        conn = _connect(path, uri, passphrase)
        db = SteadyDatabase(conn)
        try:
            db.execute("PRAGMA schema_version").fetchone()
        except encryption.OperationalErrors:
            if immutable:
                raise
            # mode=ro on a WAL file whose folder cannot hold the -shm file: read it as it
            # stands, unless changes wait in its -wal (read as it stands, it would look whole).
            conn.close()
            if _holds_frames(f"{path}-wal"):
                raise StorageError(_WAL_UNREADABLE.format(name=os.path.basename(path))) from None
            return open_database_read_only(path, immutable=True, passphrase=passphrase)
        try:
            _refuse_another_programs_file(db, path, read_only=True)
        except StorageError:
            conn.close()
            raise
        db.execute("PRAGMA query_only=ON")
        db.read_only_reason = READ_ONLY_FILE
    db.hold_file(path)
    return db


_WAL_UNREADABLE = (
    "The newest changes to {name} are in {name}-wal beside it, and they cannot be read here: "
    "the drive is read-only and {name}-shm is not there. Copy {name} and {name}-wal together "
    "to a writable folder and open the copy there; nothing was changed."
)


def _holds_frames(wal: str) -> bool:
    """A write-ahead log with more than its 32-byte header: changes not yet in the file."""
    try:
        return os.path.getsize(wal) > 32
    except OSError:
        return False


def private(path: str) -> None:
    """Only the owner's account may read the log (and its folder, when Steady made it)."""
    # A file system without permissions (FAT on a USB stick) has nothing to tighten.
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def create_private(path: str) -> None:
    """Create `path` empty and readable by the owner's account only, before a byte of the log
    goes into it: SQLite gives its journal and WAL the mode of the file, and a copy made
    readable only once it was whole could be read by anyone while it was written (or for ever,
    when a crash left it)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def tighten(path: str) -> None:
    """Take away what other accounts may do with an existing log file (a restored copy, a file
    copied in from elsewhere), keeping what its owner may: a read-only file stays read-only."""
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)


_CANNOT_WRITE_HERE = (errno.EROFS, errno.EACCES, errno.EPERM)
_SIDE_FILES = ("-journal", "-wal", "-shm")
PARTIAL_SUFFIXES = (".partial", ".partial-journal", ".partial-wal", ".partial-shm")
STALE_PARTIAL_SECONDS = 3600  # a copy under way rewrites its file far more often than this


def partial_path(target: str) -> str:
    """A hidden name beside `target` to write under until the copy is whole."""
    folder = os.path.dirname(os.path.abspath(target))
    return os.path.join(folder, f".{os.path.basename(target)}.{os.urandom(4).hex()}.partial")


def remove_stale_partials(folder: str, now: float | None = None) -> list[str]:
    """Delete what a copy cut short by a crash or a power cut left in `folder`: a hidden,
    whole-log-sized file nobody would ever find or clean. Copies still being written (by this
    Steady or another) were touched within the hour and are left alone. Returns the names
    removed."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    partials = [
        os.path.join(folder, name)
        for name in names
        if name.startswith(".") and name.endswith(PARTIAL_SUFFIXES)
    ]
    removed = remove_untouched(partials, STALE_PARTIAL_SECONDS, now)
    return [os.path.basename(path) for path in removed]


def remove_untouched(paths: list[str], seconds: float, now: float | None = None) -> list[str]:
    """Delete those of `paths` nobody has written to for `seconds` or more: a copy still
    being written is touched far more often, so what is older was left behind by a crash.
    Returns the paths removed; one that cannot be removed is left for the next time."""
    removed: list[str] = []
    now = time.time() if now is None else now
    for path in paths:
        with contextlib.suppress(OSError):
            if now - os.lstat(path).st_mtime >= seconds:
                os.remove(path)
                removed.append(path)
    return removed


def backup_database(db: SteadyDatabase, target: str, passphrase: str | None = None) -> None:
    """A consistent copy of a live database (SQLite's online backup), safe while in use; a
    locked log's copy is locked with the same passphrase.

    Written under a temporary name beside the target, flushed to the disk, then renamed, so
    the target is either the whole copy or untouched; a full disk leaves nothing behind.
    """
    folder = os.path.dirname(os.path.abspath(target))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise StorageError(f"Cannot create the folder {folder}: {error.strerror}") from error
    refused = never_written_over(target, "a copy of the log")
    if refused:
        raise StorageError(refused)
    remove_stale_partials(folder)
    temporary = partial_path(target)
    try:
        create_private(temporary)
        with translated_errors(target):
            destination = connect(temporary, passphrase, BUSY_TIMEOUT_SECONDS)
            try:
                db.conn.backup(destination)
                # One self-contained file: no -wal beside it to be forgotten when it is copied.
                destination.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                destination.close()
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        refused = never_written_over(target, "a copy of the log")  # made while the copy ran
        if refused:
            raise StorageError(refused)
        os.replace(temporary, target)
    except OSError as error:
        if error.errno in _CANNOT_WRITE_HERE:
            raise StorageError(
                f"The folder {folder} cannot be written to ({error.strerror}): choose another "
                "folder for backups, or make this one writable."
            ) from error
        raise StorageError(f"Cannot write {target}: {error.strerror or error}") from error
    finally:
        # On a read-only drive even removing what was never made fails: the reason the
        # backup failed is what the owner must hear, not this. The copy's own journal (left
        # when its last write met a full disk) goes with it.
        for leftover in (temporary, *(f"{temporary}{side}" for side in _SIDE_FILES)):
            with contextlib.suppress(OSError):
                os.remove(leftover)
