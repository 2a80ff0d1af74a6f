"""Telling a database file from any other without opening it (nothing is read but its start)."""

from __future__ import annotations

import os

from app.log.anchors import heads_path

_SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_database(path: str) -> bool:
    """Any SQLite database, or a log locked with a passphrase (its bytes look random, but the
    heads file Steady keeps beside every log and backup gives it away)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                return True
    except OSError:
        return False
    return os.path.exists(heads_path(path))
