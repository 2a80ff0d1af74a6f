"""Which heads written down still bind the log, and whether a backup agrees with them.

A restore rolls the log back to the backup's head on purpose; heads written down before it
still bind every position up to that head (the history both share), but not beyond it. So the
heads file is never started afresh: a forged copy put back in place is still measured against
every head recorded before it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from app.core.errors import SteadyError
from app.core.ports import DatabaseFiles
from app.log.anchors import RESTORED, SeenHead

_AT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class BackupFile:
    path: str
    taken: datetime  # UTC


def rolled_back_to(item: SeenHead) -> int:
    """How many entries a restore kept of the log it replaced: the restored copy's length, or
    fewer when the copy was taken before an earlier restore and the two parted sooner."""
    shared = item.facts.get("shared")
    if isinstance(shared, int) and not isinstance(shared, bool) and shared >= 0:
        return min(shared, item.head.entries)
    return item.head.entries


def heads_in_force(seen: list[SeenHead]) -> list[SeenHead]:
    """The heads a later restore did not roll back past (the heads file is in time order)."""
    kept: list[SeenHead] = []
    limit: int | None = None
    for item in reversed(seen):
        if limit is None or item.head.entries <= limit:
            kept.append(item)
        if item.where.startswith(RESTORED):
            point = rolled_back_to(item)
            limit = point if limit is None else min(limit, point)
    kept.reverse()
    return kept


def limit_for(backup: BackupFile, seen: list[SeenHead]) -> int | None:
    """How far a backup still binds the log: up to the lowest restore taken after it."""
    taken = backup.taken.strftime(_AT)
    # Both times are to the second: a restore in the same second as the backup may have come
    # after it, and binding the backup less far never accuses a genuine log.
    points = [rolled_back_to(s) for s in seen if s.where.startswith(RESTORED) and s.at >= taken]
    return min(points) if points else None


@dataclass(frozen=True)
class _Branch:
    """One line of the log's history: the current one, or one a restore rolled back (a
    backup taken on it before the restore is genuine, and differs from the current log
    beyond the entries both share)."""

    heads: list[SeenHead]  # the heads a copy of this line must agree with
    before: list[SeenHead]  # the heads written down while this line was the log
    left: str = ""  # when a restore left it (heads-file time); "" for the current line
    shared: int | None = None  # how many entries it shares with the lines after it


def _branches(seen: list[SeenHead]) -> list[_Branch]:
    """The current line first, then each line a restore left, newest first."""
    found = [_Branch(heads_in_force(seen), seen)]
    for index in reversed(range(len(seen))):
        if not seen[index].where.startswith(RESTORED):
            continue
        later = seen[index:]
        shared = min(rolled_back_to(s) for s in later if s.where.startswith(RESTORED))
        heads = heads_in_force(seen[:index]) + [s for s in later if s.head.entries <= shared]
        found.append(_Branch(heads, seen[:index], seen[index].at, shared))
    return found


def when(item: SeenHead) -> str:
    """ "2026-11-27 00:38 UTC" from the heads file's time."""
    return item.at.replace("T", " ")[:16] + " UTC" if item.at else "an earlier day"


def disagreement(
    files: DatabaseFiles, copy: str, seen: list[SeenHead], backups: list[BackupFile]
) -> str | None:
    """Why `copy` cannot be the log these heads and backups were taken from, or None.

    A genuine older backup holds the same entries as each of them up to its own length; a
    rewritten one, even re-chained throughout, does not. A backup taken before a restore is
    measured against its own line of history: the heads written down after the restore are of
    a log that went on from an earlier point, and only the entries both share bind it."""
    count, _ = files.head(copy)
    first: str | None = None
    for branch in _branches(seen):
        problem = _against(files, copy, count, branch, backups)
        if problem is None:
            return None
        first = first or problem
    return first


def _against(
    files: DatabaseFiles, copy: str, count: int, branch: _Branch, backups: list[BackupFile]
) -> str | None:
    binding = [item for item in branch.heads if item.head.entries <= count]
    ours = files.hashes_at(copy, {item.head.entries for item in binding})
    for item in binding:
        if ours[item.head.entries] != item.head.hash:
            return (
                f"this copy disagrees with the log's head recorded on {when(item)} "
                f"({item.where}, entry {item.head.entries}): it was rewritten"
            )
    for backup in backups:
        if os.path.abspath(backup.path) == os.path.abspath(copy):
            continue
        try:
            their_count, _ = files.head(backup.path)
            if branch.left and backup.taken.strftime(_AT) >= branch.left:
                # Taken on a later line: it shares with this one only what both hold.
                limits = [branch.shared, limit_for(backup, branch.before)]
            else:
                limits = [limit_for(backup, branch.before)]
            position = min([count, their_count, *(n for n in limits if n is not None)])
            if not position:
                continue
            theirs = files.hashes_at(backup.path, [position])[position]
            if theirs != files.hashes_at(copy, [position])[position]:
                return (
                    f"this copy disagrees with the automatic backup "
                    f"{os.path.basename(backup.path)} at entry {position}: it was rewritten"
                )
        except SteadyError:
            continue  # an unreadable backup proves nothing either way
    return None
