"""The charts in words, for a screen reader: each chart's name and the figures it draws.

A chart is a picture; without these a screen reader announces an empty, nameless stop.
"""

from __future__ import annotations

from datetime import datetime

from app.importing.records import NOT_REVIEWED
from app.standing.records import MonthVolume
from app.standing.volume import ChartPoint


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


def severity_words(points: list[ChartPoint]) -> str:
    """How many messages, over what time, the worst and the latest severity, each marked when
    it is the word check's guess, and how many such guesses wait for review."""
    if not points:
        return "No messages from them yet."
    # At the same severity, the owner's own rating is the one told.
    worst_at, worst, worst_guessed = max(
        points, key=lambda point: (point.severity, not point.suggested, point.at)
    )
    latest_at, latest, latest_guessed = points[-1]
    count = len(points)
    span = (
        f"on {_day(points[0][0])}"
        if _day(points[0][0]) == _day(latest_at)
        else f"from {_day(points[0][0])} to {_day(latest_at)}"
    )
    guessed = sum(1 for point in points if point.suggested)
    waiting = (
        f" {guessed} of these severities {'was' if guessed == 1 else 'were'} {NOT_REVIEWED}."
        if guessed
        else ""
    )
    return (
        f"Severity from 1 to 5 of {count} message{'s' if count != 1 else ''} {span}. "
        f"Highest: {worst}{_marked(worst_guessed)}, on {_day(worst_at)}. "
        f"Latest: {latest}{_marked(latest_guessed)}, on {_day(latest_at)}.{waiting}"
    )


def _marked(suggested: bool) -> str:
    return f" ({NOT_REVIEWED})" if suggested else ""
