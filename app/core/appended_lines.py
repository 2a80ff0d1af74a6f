"""A line added to a small text file kept beside the log (its heads, the packet numbers handed
on), on the disk before the caller goes on: a power cut right after must not lose it."""

from __future__ import annotations

import errno
import os
from typing import BinaryIO

_FULL = (errno.ENOSPC, errno.EDQUOT)


def append_line(path: str, line: str) -> bool:
    """Add `line` to the end of `path`; False when it cannot be written (a read-only drive, a
    full disk): the log itself is unaffected."""
    try:
        add_line(path, line)
    except OSError:
        return False
    return True


def add_line(path: str, line: str) -> None:
    """Add `line` to the end of `path`, or raise the OSError that stopped it (a full disk), for
    a caller that must tell the owner what was not written down."""
    with open(path, "a+b") as handle:
        data = (line + "\n").encode("utf-8")
        if _ends_torn(handle):
            # A full disk or a power cut cut the last line short: glued onto it, this line
            # would be unreadable too, and what it records lost with it.
            data = b"\n" + data
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def why_not_written(path: str, error: OSError) -> str:
    """Why a line was not added to `path`, in the owner's words: "the disk of FOLDER is full",
    or "NAME could not be written (WHY)"."""
    if disk_was_full(error):
        return f"the disk of {os.path.dirname(os.path.abspath(path))} is full"
    return f"{os.path.basename(path)} could not be written ({error.strerror or error})"


def disk_was_full(error: OSError) -> bool:
    return error.errno in _FULL


def _ends_torn(handle: BinaryIO) -> bool:
    """Whether the file open in `handle` has a last line without its newline."""
    end = handle.seek(0, os.SEEK_END)
    if end == 0:
        return False
    handle.seek(end - 1)
    return bool(handle.read(1) != b"\n")
