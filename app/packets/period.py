"""What a packet covers: the period asked for, what falls outside it, what the contacts in it
cost, and their volume per month beside a fair baseline.

Every figure the packet prints is computed from the contacts in the packet, so the cover,
the summary, the cost line and the chart agree with each other and with the log printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from app.core.domain import Contact, Direction
from app.packets.customer_span import days_spanned
from app.packets.data import CostLine, PeriodFacts, VolumeBaseline
from app.services import Services
from app.standing.records import CustomerCost, MonthVolume
from app.standing.volume import month_key, months_between


def period_facts(
    everything: Sequence[Contact],
    in_period: Sequence[Contact],
    chosen: Sequence[Contact],
    asked_from: date | None,
    asked_to: date | None,
) -> PeriodFacts:
    inside = {c.id for c in in_period}
    outside = [c for c in everything if c.id not in inside]
    first = in_period[0].occurred_at if in_period else None
    return PeriodFacts(
        asked_from=asked_from,
        asked_to=asked_to,
        in_log=len(everything),
        before=sum(1 for c in outside if first is None or c.occurred_at < first),
        after=sum(1 for c in outside if first is not None and c.occurred_at >= first),
        unticked=len(in_period) - len(chosen),
    )


def packet_cost(services: Services, customer_id: int, chosen: Sequence[Contact]) -> CostLine:
    """Time and money for the contacts in the packet only (not the whole log)."""
    settings = services.settings
    minutes = sum(c.minutes for c in chosen)
    inbound = sum(1 for c in chosen if c.direction is Direction.INBOUND)
    days = days_spanned(chosen)
    cost = CustomerCost(
        minutes=minutes,
        hourly_rate=settings.hourly_rate,
        cost=(settings.hourly_rate * minutes / 60).quantize(Decimal("0.01")),
        paid=services.customers.get(customer_id).amount_paid,
        currency_symbol=settings.currency_symbol,
        inbound_messages=inbound,
        days=days,
        messages_per_day=inbound / days if days else 0.0,
    )
    return CostLine(cost.sentence)


def monthly_volume(
    services: Services, customer_id: int, chosen: Sequence[Contact]
) -> tuple[tuple[MonthVolume, ...], VolumeBaseline]:
    """The customer's messages per month over the whole packet period, beside the average of
    every OTHER customer in Steady (the customer themself left out of the baseline)."""
    inbound = [c for c in chosen if c.direction is Direction.INBOUND]
    others = max(0, services.store.standing.customer_count() - 1)
    if not inbound:
        return (), VolumeBaseline(others, "", "")
    mine = Counter(month_key(c.occurred_at) for c in inbound)
    months = months_between(month_key(chosen[0].occurred_at), month_key(chosen[-1].occurred_at))
    # Every customer's messages per month counted in SQL, less this customer's own.
    book = services.store.standing.inbound_counts([_month_span(m) for m in months])
    theirs = {m: max(0, total - mine.get(m, 0)) for m, total in zip(months, book, strict=True)}
    volumes = tuple(
        MonthVolume(m, mine.get(m, 0), round(theirs.get(m, 0) / others, 2) if others else 0.0)
        for m in months
    )
    return volumes, VolumeBaseline(others, months[0], months[-1])


def _month_span(key: str) -> tuple[datetime, datetime]:
    """The owner's calendar month "YYYY-MM" as a [start, end) span of aware times."""
    year, month = (int(part) for part in key.split("-"))
    start = datetime(year, month, 1).astimezone()
    end = datetime(year + month // 12, month % 12 + 1, 1).astimezone()
    return start, end
