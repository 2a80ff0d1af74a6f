"""What the customer costs: the owner's time at their hourly rate against what the customer paid."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from decimal import ROUND_HALF_UP, Decimal

from app.core.domain import Contact
from app.standing.reading import day_of
from app.standing.records import CustomerCost


def cost_of(
    contacts: Sequence[Contact],
    inbound: Sequence[Contact],
    paid: Decimal,
    hourly_rate: Decimal,
    symbol: str,
    zone: tzinfo | None,
) -> CustomerCost:
    minutes = sum(c.minutes for c in contacts)
    cost = (Decimal(minutes) * hourly_rate / 60).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if inbound:
        days = (
            day_of(inbound[-1].occurred_at, zone) - day_of(inbound[0].occurred_at, zone)
        ).days + 1
    else:
        days = 0
    return CustomerCost(
        minutes=minutes,
        hourly_rate=hourly_rate,
        cost=cost,
        paid=paid,
        currency_symbol=symbol,
        inbound_messages=len(inbound),
        days=days,
        messages_per_day=round(len(inbound) / days, 2) if days else 0.0,
    )
