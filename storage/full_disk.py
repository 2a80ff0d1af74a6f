"""A log on a disk with no space left opens for reading, as one on a read-only drive does.

Opening a log in WAL mode writes beside it (the -shm index, the -wal file); on a disk that has
just filled up SQLite can only answer "disk I/O error", and the owner was told to check that
the drive is connected, and could not read a single contact. When opening for writing fails
and the disk holding the log is (all but) full, the full disk is the cause: the log is opened
for reading instead, and the owner is told what to free.
"""

from __future__ import annotations

import contextlib
import os

# Less than this free and opening a log (its 32 KB index, its first write-ahead pages) fails.
NEARLY_FULL_BYTES = 1024 * 1024
DISK_FULL_REASON = "the disk holding the log is full: free some space to save again"


def free_bytes(path: str) -> int | None:
    """Space left for the owner's account on the disk holding `path` (None if unknown)."""
    folder = os.path.dirname(os.path.abspath(path))
    with contextlib.suppress(OSError, AttributeError):
        found = os.statvfs(folder)
        return found.f_bavail * found.f_frsize
    return None


def disk_is_full(path: str) -> bool:
    free = free_bytes(path)
    return free is not None and free < NEARLY_FULL_BYTES


def opened_for_reading_note(path: str) -> str:
    return f"{path} is open for reading only: {DISK_FULL_REASON}. Nothing in the log was lost."
