"""Amounts and time as the owner reads them."""

from __future__ import annotations

from decimal import Decimal


def money(amount: Decimal, symbol: str) -> str:
    return f"{symbol}{amount:,.2f}"


def duration(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def time_cost(minutes: int, hourly_rate: Decimal) -> Decimal:
    return (hourly_rate * minutes / 60).quantize(Decimal("0.01"))
