"""Keeping count of one file's messages while it is imported, and stopping a batch that cannot
go on (the disk is full, the database is busy).
"""

from __future__ import annotations

from dataclasses import dataclass, field


class Stop(Exception):
    """The batch cannot go on (full disk, locked database): carried to the batch loop."""


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
