"""Putting a backup back: verify it first, keep the current file aside, then swap.

Nothing is deleted: the database being replaced is renamed beside itself
(`steady.db.replaced-2026-11-26-140501`), with its heads file, so the change can be undone.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.errors import StorageError
from app.core.ports import DatabaseFiles
from app.log.anchors import RESTORED, LedgerHead, heads_path, start_heads

_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    database: str
    set_aside: str  # "" when there was no database to set aside
    head: LedgerHead


def restore_database(files: DatabaseFiles, database: str, backup: str) -> Restored:
    """Replace `database` with a verified copy of `backup`; the old file is kept aside."""
    database = os.path.abspath(database)
    backup = os.path.abspath(backup)
    if not os.path.isfile(backup):
        raise StorageError(f"There is no file {backup}.")
    if backup == database:
        raise StorageError("That is the database itself, not a backup of it.")
    report = files.check(backup)
    if not report.ok:
        raise StorageError(
            f"{backup} does not verify ({report.problems[0]}); nothing was changed. "
            "Choose another backup."
        )
    set_aside = ""
    if os.path.exists(database):
        # Fold the write-ahead log into the file so the copy set aside is whole.
        with contextlib.suppress(StorageError):
            files.settle(database)
        stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H%M%S")
        set_aside = f"{database}.replaced-{stamp}"
        try:
            os.replace(database, set_aside)
            for suffix in (*_SIDE_FILES, ".heads"):
                if os.path.exists(database + suffix):
                    os.replace(database + suffix, set_aside + suffix)
        except OSError as error:
            raise StorageError(
                f"Cannot move {database} aside: {error.strerror or error}. Nothing was changed."
            ) from error
    try:
        files.copy_into_place(backup, database)
    except StorageError:
        if set_aside:
            os.replace(set_aside, database)
        raise
    count, hash_ = files.head(database)
    head = LedgerHead(hash_, count)
    start_heads(heads_path(database), head, f"{RESTORED}{os.path.basename(backup)}")
    return Restored(database, set_aside, head)
