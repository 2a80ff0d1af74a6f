"""One match of a search through the log, with its snippet's matched words marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.domain import Channel

HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "customer"
    id: int
    customer_id: int
    customer_name: str
    title: str
    snippet: str  # matched words wrapped in HIT_START / HIT_END
    occurred_at: datetime | None = None
    channel: Channel | None = None
