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


def heads_in_force(seen: list[SeenHead]) -> list[SeenHead]:
    """The heads a later restore did not roll back past (the heads file is in time order)."""
    kept: list[SeenHead] = []
    limit: int | None = None
    for item in reversed(seen):
        if limit is None or item.head.entries <= limit:
            kept.append(item)
        if item.where.startswith(RESTORED):
            limit = item.head.entries if limit is None else min(limit, item.head.entries)
    kept.reverse()
    return kept


def limit_for(backup: BackupFile, seen: list[SeenHead]) -> int | None:
    """How far a backup still binds the log: up to the lowest restore taken after it."""
    taken = backup.taken.strftime(_AT)
    points = [s.head.entries for s in seen if s.where.startswith(RESTORED) and s.at > taken]
    return min(points) if points else None


def when(item: SeenHead) -> str:
    """ "2026-11-27 00:38 UTC" from the heads file's time."""
    return item.at.replace("T", " ")[:16] + " UTC" if item.at else "an earlier day"


def disagreement(
    files: DatabaseFiles, copy: str, seen: list[SeenHead], backups: list[BackupFile]
) -> str | None:
    """Why `copy` cannot be the log these heads and backups were taken from, or None.

    A genuine older backup holds the same entries as each of them up to its own length; a
    rewritten one, even re-chained throughout, does not."""
    count, _ = files.head(copy)
    binding = [item for item in heads_in_force(seen) if item.head.entries <= count]
    limits = {backup.path: limit_for(backup, seen) for backup in backups}
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
            limit = limits[backup.path]
            position = min(count, their_count, their_count if limit is None else limit)
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
