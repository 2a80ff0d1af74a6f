"""Telling a database file from any other without opening it (nothing is read but its start)."""

from __future__ import annotations

import os

from app.core.held_files import read_head
from app.log.anchors import HEADS_SUFFIX, heads_path

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's working files beside a database
LOG_SIDE_FILES = (*DATABASE_SIDE_FILES, HEADS_SUFFIX)  # and the heads Steady keeps beside a log


def looks_like_database(path: str) -> bool:
    """Any SQLite database, or a log locked with a passphrase (its bytes look random, but the
    heads file Steady keeps beside every log and backup gives it away)."""
    try:
        if read_head(path, len(SQLITE_HEADER)) == SQLITE_HEADER:  # the open log's locks kept
            return True
    except OSError:
        return False
    return os.path.exists(heads_path(path))
