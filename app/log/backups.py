"""Backups the owner does not have to think about, and putting one back.

A consistent copy is taken at most once a day while Steady is in use (and before every change
to the database's layout), into a folder the owner can point at a USB stick or a synced folder.
Seven daily and four weekly copies are kept. Each copy is verified after it is written, and
the ledger heads written down beside the database go with it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from datetime import UTC, date, datetime, timedelta

from app.core.appended_lines import disk_was_full, why_not_written
from app.core.clock import Clock
from app.core.errors import DiskFullError, InvalidInputError, SteadyError, StorageError
from app.core.file_kinds import never_written_over
from app.core.ledger_records import VerifyReport
from app.core.ports import DatabaseFiles, Store
from app.log.anchors import heads_path, note_backup_written, write_down_head
from app.log.history import BackupFile
from app.log.verify import ledger_head

# How a backup refused because the log itself does not verify begins (the window shows it
# without saying the log is fine).
LOG_DOES_NOT_VERIFY = "The log does NOT verify"
# How a daily backup refused for a full disk begins (the command line adds that the log is
# fine; the window's banner says so itself).
BACKUP_DISK_FULL = "The disk of "
# How a daily backup begins whose copy is good but whose head could not be written down beside
# the log (the window's banner does not say it was not taken: it was).
DAILY_NOT_RECORDED = "Today's backup was written"
DAILY_KEPT = 7
WEEKLY_KEPT = 4
_STAMP = "%Y-%m-%d-%H%M%S"


def default_folder(database: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(database)), "Steady backups")


def backup_folder(chosen: str, database: str) -> str:
    """Where the backups of this database go, whatever the folder Steady was started in: the
    folder chosen in Settings (~ is the home folder; a bare name saved by an earlier Steady
    is taken beside the database, where it was meant), else the default."""
    if not chosen.strip():
        return default_folder(database)
    folder = os.path.expanduser(chosen.strip())
    if not os.path.isabs(folder):
        folder = os.path.join(os.path.dirname(os.path.abspath(database)), folder)
    return os.path.normpath(folder)


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})\.db$")


def backups_in(folder: str, database: str) -> list[BackupFile]:
    """The automatic backups of this database in the folder, newest first."""
    stem = os.path.splitext(os.path.basename(database))[0]
    pattern = _pattern(stem)
    found: list[BackupFile] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(os.path.join(folder, name), taken))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def to_remove(
    backups: list[BackupFile], daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> list[BackupFile]:
    """Keep the newest copy of each of the last `daily` days, then of `weekly` weeks before."""
    kept: set[str] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    weekly_kept = 0
    for backup in sorted(backups, key=lambda b: b.taken, reverse=True):
        day = backup.taken.date()
        year, week, _ = backup.taken.isocalendar()
        if day in days:
            continue
        if len(days) < daily:
            days.add(day)
            weeks.add((year, week))
            kept.add(backup.path)
        elif (year, week) not in weeks and weekly_kept < weekly:
            weeks.add((year, week))
            weekly_kept += 1
            kept.add(backup.path)
    return [backup for backup in backups if backup.path not in kept]


class BackupDiskFullError(DiskFullError):
    """Only the copy failed, on its own disk: the words for a failed save ("nothing was saved
    … what you typed is still here") would be false here."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        StorageError.__init__(
            self,
            f"The disk of {folder} is full, so the backup was not written (nothing half-written "
            "is left); your log is fine. Free some space there, or write the backup elsewhere.",
        )


class BackupNotRecordedError(StorageError):
    """The copy is written and verifies, but its head could not be written down beside the log:
    told as a failure, for the owner counts on every backup being on record."""

    def __init__(self, target: str, heads: str, error: OSError) -> None:
        self.target = target
        self.heads = heads
        self.disk_full = disk_was_full(error)
        name = os.path.basename(heads)
        why = why_not_written(heads, error)
        StorageError.__init__(
            self,
            f"The backup was written to {target} and verifies, but its record could not be "
            f"saved: {why}, so {name}, the file beside your log where each backup's ledger "
            "head is written down, does not hold this one. Your log and the backup are fine. "
            f"{_ROOM if self.disk_full else 'Check that folder'}, then back up again.",
        )


_ROOM = "Free some space there"


class Backups:
    """Writing, rotating and finding the backups of the open database."""

    def __init__(self, store: Store, files: DatabaseFiles, folder: str, clock: Clock) -> None:
        self._store = store
        self._files = files
        self.folder = backup_folder(folder, store.path)
        self._clock = clock

    def write(self, target: str, *, force: bool = False, why: str = "backup") -> VerifyReport:
        """Copy the database to `target` and verify the copy; never over a database unasked."""
        target = os.path.abspath(target)
        if os.path.abspath(self._store.path) == target:
            raise InvalidInputError("A backup cannot be written over the database itself.")
        if os.path.isdir(target):
            example = os.path.join(target, os.path.basename(self._store.path))
            raise InvalidInputError(
                f"{target} is a folder; give the backup's file name inside it, for example "
                f'"{example}".'
            )
        refused = never_written_over(target, "a backup")
        if refused:
            raise InvalidInputError(refused)
        # An empty file is someone's too (a name made ready, a note): replaced only when asked.
        if os.path.lexists(target) and not force:
            what = "a Steady database" if self._files.is_steady(target) else "a file"
            raise InvalidInputError(
                f"{target} is already {what}; choose another name, or add --force to replace it."
            )
        head = ledger_head(self._store)
        try:
            self._store.backup_to(target)
        except StorageError as error:
            if _disk_full(error):
                raise BackupDiskFullError(os.path.dirname(target)) from error
            raise
        note_backup_written(target)
        report = self._files.check(target)
        if not report.ok:
            # A copy that does not verify must never be taken for a good backup later.
            with contextlib.suppress(OSError):
                os.remove(target)
            raise StorageError(self._why_the_copy_failed(target, report.problems[0]))
        heads = heads_path(self._store.path)
        unrecorded: OSError | None = None
        try:
            write_down_head(heads, head, why)
        except OSError as error:
            unrecorded = error
        # Never into a pipe (it would wait for a reader for ever) nor over a device.
        if os.path.exists(heads) and not never_written_over(heads_path(target), "the heads"):
            with contextlib.suppress(OSError):
                shutil.copyfile(heads, heads_path(target))
        if unrecorded is not None:
            raise BackupNotRecordedError(target, heads, unrecorded) from unrecorded
        return report

    def _why_the_copy_failed(self, target: str, problem: str) -> str:
        """The drive is to blame only when the log itself verifies."""
        own = self._store.ledger.verify()
        if own.ok:
            return (
                f"The backup written to {target} does not verify ({problem}); keep the "
                "database as it is and try another drive."
            )
        first = own.problems[0]
        good = self.newest_good()
        advice = (
            f'the newest good backup is {good}; put it back with: steady restore "{good}"'
            if good
            else "there is no good automatic backup; restore a copy you made yourself"
        )
        return (
            f"{LOG_DOES_NOT_VERIFY}: {first[:1].lower()}{first[1:]} Keep this file as it is; "
            f"{advice}."
        )

    def automatic(self) -> list[BackupFile]:
        """The automatic backups, newest first (those taken before a restore included: they
        still bind the log up to the head it was restored to; see app/log/history.py)."""
        return backups_in(self.folder, self._store.path)

    def daily(self) -> str | None:
        """Take today's backup unless one was taken in the last day; returns its path."""
        if self._store.read_only or ledger_head(self._store).entries == 0:
            return None
        now = self._clock().astimezone(UTC)
        existing = self.automatic()
        if existing and now - existing[0].taken < timedelta(days=1):
            return None
        stem = os.path.splitext(os.path.basename(self._store.path))[0]
        target = os.path.join(self.folder, f"{stem}-{now.strftime(_STAMP)}.db")
        unrecorded: BackupNotRecordedError | None = None
        try:
            self.write(target, why="daily backup")
        except BackupDiskFullError as error:
            raise StorageError(
                f"{BACKUP_DISK_FULL}{self.folder} is full. Free some space there, or choose "
                "another Backup folder in Settings."
            ) from error
        except BackupNotRecordedError as error:
            unrecorded = error  # the copy is good: kept, and the older ones rotated as ever
        for old in to_remove([BackupFile(target, now), *existing]):
            for path in (old.path, heads_path(old.path)):
                with contextlib.suppress(OSError):
                    os.remove(path)
        if unrecorded is not None:
            raise StorageError(_daily_not_recorded(unrecorded)) from unrecorded
        return target

    def newest_good(self) -> str | None:
        return newest_good_backup(self._files, self.folder, self._store.path)


def _daily_not_recorded(error: BackupNotRecordedError) -> str:
    name = os.path.basename(error.heads)
    why = (
        f"the disk of {os.path.dirname(error.heads)} is full"
        if error.disk_full
        else f"{name} could not be written"
    )
    return (
        f"{DAILY_NOT_RECORDED} to {os.path.dirname(error.target)} and verifies, but its record "
        f"could not be saved: {why}, so {name} beside your log does not hold its ledger head. "
        f"Your log and the backup are fine. {_ROOM if error.disk_full else 'Check that folder'}"
        "; the log's head is written down again the next time you verify it."
    )


def _disk_full(error: StorageError) -> bool:
    cause = error.__cause__
    return isinstance(error, DiskFullError) or (
        isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT)
    )


def newest_good_backup(files: DatabaseFiles, folder: str, database: str) -> str | None:
    """The newest automatic backup that verifies, for a damaged database."""
    for backup in backups_in(backup_folder(folder, database), database):
        try:
            if files.check(backup.path).ok:
                return backup.path
        except SteadyError:
            continue
    return None
