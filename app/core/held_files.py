"""Reading the start of a log this process has open in SQLite, without dropping SQLite's locks.

POSIX record locks belong to a process and a file, not to a descriptor: closing any
descriptor of a file releases every lock the process holds on it. SQLite keeps its own
descriptors open for as long as it holds locks, but a plain open() and close() of the log
anywhere else in Steady (to read its first bytes: is it locked with a passphrase, is it a
database at all) silently dropped the shared lock of every connection the window had. Another
Steady closing the log then believed it was the last one and deleted the -wal and -shm files
under the window, whose later saves went where no other program, and no crash, would find
them.

So while this process has a log open in SQLite, one descriptor opened beside its connections
stays open (opening one releases nothing), every read of the file's head goes through it, and
it is closed only after the last of those connections. Windows has no such locks.
"""

from __future__ import annotations

import os
import threading

_held: dict[tuple[int, int], list[int]] = {}  # (device, inode) -> [users, descriptors...]
_guard = threading.Lock()


def file_identity(path: str) -> tuple[int, int] | None:
    """The file's device and inode: the same file under any name; None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def hold(path: str) -> tuple[int, int] | None:
    """Keep a descriptor of `path` open while a connection of this process has it open; pass
    what it returns to release() once that connection is closed."""
    if os.name != "posix" or not path or path == ":memory:":
        return None
    identity = file_identity(path)
    with _guard:
        if identity is not None and identity in _held:
            _held[identity][0] += 1
            return identity
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        found = os.fstat(descriptor)
        identity = (found.st_dev, found.st_ino)
        entry = _held.setdefault(identity, [0])
        entry[0] += 1
        entry.append(descriptor)  # never closed alone: that would drop the locks it guards
        return identity


def release(identity: tuple[int, int] | None) -> None:
    """One connection fewer; the descriptors are closed with the last one."""
    if identity is None:
        return
    with _guard:
        entry = _held.get(identity)
        if entry is None:
            return
        entry[0] -= 1
        if entry[0] > 0:
            return
        del _held[identity]
    for descriptor in entry[1:]:
        os.close(descriptor)


def read_head(path: str, size: int) -> bytes:
    """The first `size` bytes of the file (fewer if it is shorter). Raises OSError as open()
    does for a missing or unreadable file."""
    identity = file_identity(path)
    with _guard:
        entry = _held.get(identity) if identity is not None else None
        if entry is not None:
            return os.pread(entry[1], size, 0)
    with open(path, "rb") as handle:
        return handle.read(size)


def held_count() -> int:
    """How many files this process keeps a descriptor of (for tests)."""
    with _guard:
        return len(_held)
