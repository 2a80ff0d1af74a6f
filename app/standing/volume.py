"""Contacts per month against the average customer, and severity over time, for the charts.

Months are the owner's calendar months (in their time zone).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, tzinfo

from app.core.domain import Contact, Direction
from app.standing.reading import local_time
from app.standing.records import (
    MonthVolume,
)

MONTHS_SHOWN = 12


def month_key(moment: datetime, zone: tzinfo | None = None) -> str:
    return local_time(moment, zone).strftime("%Y-%m")


def months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def book_average_by_month(
    times: Iterable[tuple[int, datetime]], zone: tzinfo | None = None
) -> dict[str, float]:
    """Messages per month from the average customer (among those who wrote at all)."""
    per_month: Counter[str] = Counter()
    customers: set[int] = set()
    for customer_id, moment in times:
        per_month[month_key(moment, zone)] += 1
        customers.add(customer_id)
    if not customers:
        return {}
    return {month: count / len(customers) for month, count in per_month.items()}


def months_against_average(
    inbound: Sequence[Contact],
    now: datetime,
    average: Mapping[str, float],
    zone: tzinfo | None,
) -> tuple[MonthVolume, ...]:
    if not inbound:
        return ()
    counts = Counter(month_key(c.occurred_at, zone) for c in inbound)
    months = months_between(min(counts), max(month_key(now, zone), max(counts)))
    return tuple(
        MonthVolume(month, counts.get(month, 0), round(average.get(month, 0.0), 2))
        for month in months[-MONTHS_SHOWN:]
    )


def severity_points(contacts: Iterable[Contact]) -> list[tuple[datetime, int]]:
    """(when, severity) of each message from the customer, oldest first, for the chart."""
    return sorted((c.occurred_at, c.severity) for c in contacts if c.direction is Direction.INBOUND)
