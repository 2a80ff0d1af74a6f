"""The charts in words, for a screen reader: each chart's name and the figures it draws.

A chart is a picture; without these a screen reader announces an empty, nameless stop.
"""

from __future__ import annotations

from datetime import datetime

from app.standing.records import MonthVolume


def _month(month: str) -> str:
    return datetime.strptime(month, "%Y-%m").strftime("%B %Y")


def _day(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def volume_words(monthly: tuple[MonthVolume, ...]) -> str:
    """Per month: this customer's messages and the average customer's."""
    if not monthly:
        return "No messages from them yet."
    months = "; ".join(
        f"{_month(m.month)}: {m.contacts} (average customer {_number(m.average_customer)})"
        for m in monthly
    )
    return f"Messages from this customer per month, against the average customer. {months}."


def severity_words(points: list[tuple[datetime, int]]) -> str:
    """How many messages, over what time, the worst and the latest severity."""
    if not points:
        return "No messages from them yet."
    worst_at, worst = max(points, key=lambda point: (point[1], point[0]))
    latest_at, latest = points[-1]
    count = len(points)
    span = (
        f"on {_day(points[0][0])}"
        if _day(points[0][0]) == _day(latest_at)
        else f"from {_day(points[0][0])} to {_day(latest_at)}"
    )
    return (
        f"Severity from 1 to 5 of {count} message{'s' if count != 1 else ''} {span}. "
        f"Highest: {worst}, on {_day(worst_at)}. Latest: {latest}, on {_day(latest_at)}."
    )
