"""A record the owner withdrew as made by mistake: it stays in the log, marked, with why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Withdrawal:
    """Contact (or link) `record_id`, withdrawn on `withdrawn_at` for `reason`."""

    record_id: int
    reason: str
    withdrawn_at: datetime
