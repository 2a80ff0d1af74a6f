"""Keeping count of one file's messages while it is imported, and stopping a batch that cannot
go on (the disk is full, the database is busy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import DatabaseBusyError, DiskFullError

_REST = (
    "What was imported before this stays in the log; {fix} and import the same files again "
    "to bring in the rest (what is already there is skipped)."
)


class Stop(Exception):
    """The batch cannot go on (full disk, locked database): carried to the batch loop."""


def stop_reason(error: BaseException) -> str:
    """Why an import stopped, in its own words: the storage errors speak of a single save
    ("nothing was saved", "what you typed is still here"), not true halfway through a batch."""
    if isinstance(error, DiskFullError):
        return "The disk is full. " + _REST.format(fix="free some space")
    if isinstance(error, DatabaseBusyError):
        return "The log is in use by another program (perhaps Steady is open twice). " + (
            _REST.format(fix="close the other copy")
        )
    return str(error)


@dataclass
class FileTally:
    imported: int = 0
    skipped: int = 0
    failed: int = 0
    warnings: list[str] = field(default_factory=list)

    def lost(self, count: int) -> None:
        """Messages counted as imported whose batch could not be saved."""
        self.imported -= count
        self.failed += count
