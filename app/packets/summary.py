"""The packet's summary: threats grouped by kind, and the sentence that opens the packet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.domain import Category, Direction
from app.packets.data import (
    PacketContact,
    PacketData,
    ThreatGroup,
)


def threat_groups(inbound: list[PacketContact]) -> tuple[ThreatGroup, ...]:
    groups: dict[Category, list[int]] = {}
    for contact in inbound:
        for category in contact.categories:
            if category.is_threat or category is Category.HARASSMENT_SOCIAL:
                groups.setdefault(category, []).append(contact.id)
    order = list(Category)
    return tuple(
        ThreatGroup(category, tuple(ids))
        for category, ids in sorted(groups.items(), key=lambda item: order.index(item[0]))
    )


def with_summary(data: PacketData) -> PacketData:
    contacts = data.contacts
    inbound = sum(1 for c in contacts if c.direction is Direction.INBOUND)
    first, last = data.period
    lines = [
        f"{data.customer.name} contacted {data.business.name} {inbound} times between "
        f"{_day(first)} and {_day(last)}; the log below holds {len(contacts)} contacts "
        f"({len(contacts) - inbound} of them the business's own replies) and "
        f"{len(data.exhibits)} exhibits."
    ]
    met = [g for g in data.grounds if g.met]
    if data.grounds:
        lines.append(
            f"{len(met)} of the {len(data.grounds)} grounds to end the relationship are met"
            + (": " + "; ".join(g.title.lower() for g in met) + "." if met else ".")
        )
    if data.threats:
        lines.append(
            "Threats and harassment logged: "
            + "; ".join(f"{t.title.lower()} ({len(t.contact_ids)})" for t in data.threats)
            + "."
        )
    if data.public_posts:
        lines.append(f"{len(data.public_posts)} public post(s) or review(s) by the customer.")
    if data.cost is not None:
        lines.append(f"What the customer has cost: {data.cost.sentence}.")
    return replace(data, summary=tuple(lines))


def _day(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d}" if moment else "—"
