"""A line added to a small text file kept beside the log (its heads, the packet numbers handed
on), on the disk before the caller goes on: a power cut right after must not lose it."""

from __future__ import annotations

import os


def append_line(path: str, line: str) -> bool:
    """Add `line` to the end of `path`; False when it cannot be written (a read-only drive, a
    full disk): the log itself is unaffected."""
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        return False
    return True
