"""A rollback journal beside a log that is in write-ahead-log mode is never the log's own.

Steady keeps its logs in WAL mode, where SQLite writes no `-journal` file. One found beside
such a log came from elsewhere: another database's, copied along by a sync folder, a copy from
another laptop, a tool that wrote to a file of the same name. SQLite cannot tell: on the first
connection it plays any "hot" journal it finds into the file, writing another database's pages
over the owner's. So before connecting it is moved aside, untouched, and the owner is told.

A log switched out of WAL mode for a moment (a restore holding it alone, see sole_use.py) says
so in its header; a journal beside it may be its own, and is left for SQLite to play.
"""

from __future__ import annotations

import os
import time

from app.core.errors import StorageError
from app.core.held_files import read_head

SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_VERSION = 2  # the header's write and read versions (bytes 18 and 19) in WAL mode
SET_ASIDE = ".set-aside-"


def in_wal_mode(path: str) -> bool:
    """The file's header says write-ahead log (a locked log's header cannot be read: False)."""
    try:
        head = read_head(path, 20)  # not open()/close() while SQLite may hold its locks
    except OSError:
        return False
    return (
        len(head) == 20
        and head.startswith(SQLITE_HEADER)
        and head[18] == _WAL_VERSION
        and head[19] == _WAL_VERSION
    )


def set_aside_stray_journal(path: str, now: float | None = None) -> str:
    """Rename `<log>-journal` to `<log>-journal.set-aside-<time>` when the log is in WAL mode;
    returns the one line for the owner ("" when nothing was there or nothing was moved)."""
    journal = f"{path}-journal"
    if not os.path.lexists(journal) or not in_wal_mode(path):
        return ""
    stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime(now))
    aside = f"{journal}{SET_ASIDE}{stamp}"
    number = 1
    while os.path.lexists(aside):
        number += 1
        aside = f"{journal}{SET_ASIDE}{stamp}-{number}"
    try:
        os.rename(journal, aside)
    except FileNotFoundError:
        return ""  # gone meanwhile (its own program removed it)
    except OSError as error:
        # Connecting now would let SQLite play it into the log: refused, nothing written.
        raise StorageError(
            f"A file left beside your log by another program ({os.path.basename(journal)}) "
            f"could not be moved aside ({error.strerror}), so the log was not opened, to keep "
            "it unchanged. Move that file elsewhere, then open the log again."
        ) from error
    return (
        f"A file left beside your log by another program was set aside as "
        f"{os.path.basename(aside)}; your log was not changed."
    )
