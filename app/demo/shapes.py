"""The shape of the demo's customers: who they are, what they paid, and their log as written."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.domain import (
    Category,
    Channel,
    Customer,
    Direction,
)

C = Category
IN, OUT = Direction.INBOUND, Direction.OUTBOUND


@dataclass(frozen=True)
class DemoContact:
    days_ago: float  # before today, 00:00 local
    hour: float  # local time of day, e.g. 14.5 = 14:30
    channel: Channel
    direction: Direction
    summary: str
    text: str
    categories: tuple[Category, ...] = ()
    severity: int = 1
    minutes: int = 5
    url: str = ""
    staff: str = ""
    screenshot: str = ""  # a file in assets/demo/


@dataclass(frozen=True)
class DemoCustomer:
    customer: Customer
    contacts: list[DemoContact] = field(default_factory=list)
