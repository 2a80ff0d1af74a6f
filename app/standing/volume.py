"""Contacts per month against the average customer, and severity over time, for the charts.

Months are the owner's calendar months (in their time zone).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import NamedTuple

from app.core.domain import Contact, Direction
from app.standing.reading import local_time
from app.standing.records import MonthVolume

MONTHS_SHOWN = 12


MAX_CHART_POINTS = 400  # about one per pixel across a chart: more cannot be told apart


def month_key(moment: datetime, zone: tzinfo | None = None) -> str:
    # Formatted by hand: strftime imports a module per call, slow with Qt's import hook loaded.
    local = local_time(moment, zone)
    return f"{local.year:04d}-{local.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_span(month: str, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """When a calendar month starts and ends in the owner's time zone (end excluded)."""
    year, number = map(int, month.split("-"))
    after = (year + 1, 1) if number == 12 else (year, number + 1)
    if zone is None:  # this computer's zone, daylight saving included
        return datetime(year, number, 1).astimezone(), datetime(*after, 1).astimezone()
    return datetime(year, number, 1, tzinfo=zone), datetime(*after, 1, tzinfo=zone)


def months_shown(inbound: Sequence[Contact], now: datetime, zone: tzinfo | None) -> list[str]:
    """The months the volume chart shows: from the first message, at most the last twelve."""
    if not inbound:
        return []
    first = min(month_key(c.occurred_at, zone) for c in inbound)
    last = max(month_key(now, zone), max(month_key(c.occurred_at, zone) for c in inbound))
    return months_between(first, last)[-MONTHS_SHOWN:]


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


class ChartPoint(NamedTuple):
    """One message on the severity chart."""

    at: datetime
    severity: int
    suggested: bool = False  # the word check's guess, not reviewed: drawn hollow


def severity_points(
    contacts: Iterable[Contact], suggested: frozenset[int] = frozenset()
) -> list[ChartPoint]:
    """Each message from the customer, oldest first, for the chart; `suggested` the ids of
    those whose severity is still the word check's guess."""
    return sorted(
        ChartPoint(c.occurred_at, c.severity, c.id in suggested)
        for c in contacts
        if c.direction is Direction.INBOUND
    )


def thinned(points: list[ChartPoint], limit: int = MAX_CHART_POINTS) -> list[ChartPoint]:
    """At most `limit` points, oldest first: the most severe message in each slice of time,
    so a long history fits a chart and no threat drops off it."""
    if len(points) <= limit:
        return points
    first, last = points[0].at, points[-1].at
    width = (last - first) / limit
    if not width:
        return [max(points, key=_worst)]
    slices: dict[int, ChartPoint] = {}
    for point in points:
        key = min(int((point.at - first) / width), limit - 1)
        kept = slices.get(key)
        if kept is None or _worst(point) > _worst(kept):
            slices[key] = point
    return [slices[key] for key in sorted(slices)]


def _worst(point: ChartPoint) -> tuple[int, bool]:
    # At the same severity, the owner's own rating is kept over the word check's guess.
    return point.severity, not point.suggested
