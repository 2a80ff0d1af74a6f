"""Putting a backup back: verify it, measure it against every head written down for the log it
replaces, make sure no other Steady has that log open, copy it beside the log, keep the current
file aside, then swap: at no moment is there no log.

Nothing is deleted: the database being replaced is renamed beside itself
(`steady.db.replaced-2026-11-26-140501`) with a copy of its heads file, so the change can be
undone. The heads file itself stays: the restore is added to it (app/log/history.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.appended_lines import disk_was_full, why_not_written
from app.core.errors import SteadyError, StorageError
from app.core.ports import DatabaseFiles
from app.log.anchors import RESTORED, LedgerHead, heads_path, read_heads, write_down_head
from app.log.backups import backup_folder, backups_in
from app.log.history import disagreement, heads_in_force
from app.log.restore_loss import Lost
from app.log.restores import restore_facts

_SIDE_FILES = ("-wal", "-shm")
_FULL = (errno.ENOSPC, errno.EDQUOT)


@dataclass(frozen=True)
class Restored:
    database: str
    set_aside: str  # "" when there was no database to set aside
    head: LedgerHead
    note: str = ""  # what changed beyond the swap (the passphrase lock put back), in words
    # The restore, not written down beside the log (a full disk): what the owner must know.
    unrecorded: str = ""


def restore_database(
    files: DatabaseFiles,
    database: str,
    backup: str,
    *,
    folder: str = "",
    held: AbstractContextManager[None] | None = None,
    checked: Callable[[], None] | None = None,
    lost: Lost | None = None,
) -> Restored:
    """Replace `database` with a verified copy of `backup`; the old file is kept aside.

    `folder` is where the automatic backups are; `held` is the caller's own hold on the
    database when it has it open (the window), else the file is held here. `checked` is
    called once the backup is found good and the log is held, before the log is touched: it
    may still stop the restore by raising (the command line does when not confirmed). `lost`
    is what the log will no longer hold: it is written down with the restore, so verify and
    every packet made later can say so."""
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
    heads = heads_path(database)
    automatic = backups_in(backup_folder(folder, database), database)
    problem = disagreement(files, backup, read_heads(heads), automatic)
    if problem:
        raise StorageError(
            f"{os.path.basename(backup)} was not restored: {problem}. Nothing was changed; "
            "keep that copy as it is and choose another backup."
        )
    # The backup is copied beside the log before the log is touched: a crash or a power cut
    # during the copy (seconds, from a USB stick) leaves the log where it was, not nothing.
    staged = os.path.join(
        os.path.dirname(database), f".{os.path.basename(database)}.restoring.partial"
    )
    _stage(files, backup, staged)
    replaced_entries: int | None = None  # unknown when the log cannot be read
    try:
        set_aside = ""
        if os.path.exists(database):
            # Read before the hold: a held log is opened by nobody else, this reading included.
            with contextlib.suppress(SteadyError):
                replaced_entries, _ = files.head(database)
            with held if held is not None else files.alone(database):
                if checked is not None:
                    checked()
                set_aside = _set_aside(database)
        try:
            os.replace(staged, database)
        except OSError as error:
            if set_aside:
                os.replace(set_aside, database)
            raise StorageError(
                f"Cannot put the backup in place of {database}: {error.strerror or error}. "
                "Nothing was changed."
            ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(staged)
    count, hash_ = files.head(database)
    head = LedgerHead(hash_, count)
    if lost is not None and lost.of is not None:
        # The log's own reading of what it held: a file another connection has open is read
        # here without what it has not yet written back (or not at all).
        replaced_entries = max(replaced_entries or 0, lost.of)
    facts = restore_facts(replaced_entries, set_aside, lost or Lost()) if set_aside else None
    name = os.path.basename(backup)
    try:
        write_down_head(heads, head, f"{RESTORED}{name}", always=True, facts=facts)
    except OSError as error:
        # The restore stands: undoing it on a full disk could fail half way.
        return Restored(database, set_aside, head, unrecorded=_unrecorded(heads, name, head, error))
    return Restored(database, set_aside, head)


def _unrecorded(heads: str, backup: str, head: LedgerHead, error: OSError) -> str:
    """What the owner must know of a restore the heads file does not hold."""
    written = os.path.basename(heads)
    said = (
        f"The restore could not be written down beside the log ({why_not_written(heads, error)})"
        f": {written} does not say that {backup} was put back"
    )
    if not any(seen.head.entries > head.entries for seen in heads_in_force(read_heads(heads))):
        return f"{said}. Your restored log is fine and verifies."
    advice = "Free some space there" if disk_was_full(error) else "Check that folder"
    return (
        f"{said}, so verify will find the log shorter than heads written down before and say "
        f"it does NOT verify. Your restored log is fine. {advice}, then restore {backup} again "
        "before you log anything new: it puts back the same log and writes the restore down."
    )


def _stage(files: DatabaseFiles, backup: str, staged: str) -> None:
    """Copy the backup beside the log; when it cannot be, say so in the words of someone who
    fears for her log: the copy is a hidden file she never saw, and nothing was changed."""
    try:
        files.copy_into_place(backup, staged)
    except StorageError as error:
        cause = error.__cause__
        folder = os.path.dirname(staged)
        if isinstance(cause, OSError) and cause.errno in _FULL:
            needed = max(1, round(os.path.getsize(backup) / 1_000_000))
            raise StorageError(
                f"The disk of {folder} is full, so the backup was not restored. Nothing was "
                "changed: your log is as it was. Free some space there (restoring "
                f"{os.path.basename(backup)} needs about {needed} MB), or copy your log and "
                "the backup to a disk with more room and restore there."
            ) from error
        why = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(error)
        raise StorageError(
            f"{os.path.basename(backup)} could not be copied beside your log in {folder} "
            f"({why}), so it was not restored. Nothing was changed: your log is as it was."
        ) from error


def _set_aside(database: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H%M%S")
    set_aside = f"{database}.replaced-{stamp}"
    number = 1
    while os.path.exists(set_aside):  # two restores within a second: never over the first
        number += 1
        set_aside = f"{database}.replaced-{stamp}-{number}"
    try:
        os.replace(database, set_aside)
        for suffix in _SIDE_FILES:
            if os.path.exists(database + suffix):
                os.replace(database + suffix, set_aside + suffix)
    except OSError as error:
        raise StorageError(
            f"Cannot move {database} aside: {error.strerror or error}. Nothing was changed."
        ) from error
    # The file set aside keeps a copy of its heads; the log's own heads file goes on.
    with contextlib.suppress(OSError):
        shutil.copyfile(heads_path(database), heads_path(set_aside))
    return set_aside
