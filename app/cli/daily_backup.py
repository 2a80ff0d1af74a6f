"""The line the command line prints when today's automatic backup could not be taken."""

from __future__ import annotations

from app.log.backups import BACKUP_DISK_FULL, DAILY_NOT_RECORDED

_FULL = " is full. "


def backup_not_taken(problem: str) -> str:
    """In the command line's words: the command goes on, so the owner hears whether the log
    itself is affected (a full Backup folder's disk leaves it untouched)."""
    if problem.startswith(DAILY_NOT_RECORDED):
        return problem  # it was taken: only its record is missing, and the line says so
    if problem.startswith(BACKUP_DISK_FULL) and _FULL in problem:
        where, _, advice = problem.partition(_FULL)
        return (
            f"today's backup was not taken: {where[:1].lower()}{where[1:]} is full; your log is "
            f"fine. {advice}"
        )
    return f"today's backup was not taken: {problem}"
