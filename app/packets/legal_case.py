"""The facts a legal referral leads with, read from the assembled packet (no database):
the worst things the customer wrote, what they demanded against what they paid, and the
references of the reports already made.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation

from app.core.domain import Category, Direction
from app.packets.data import PacketContact, PacketData, worst_first
from app.standing.action_records import Action, ActionKind

_MONEY = re.compile(r"(?<![\w.])[$€£]\s?(\d{1,3}(?:[,\s]\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)")
REPORT_KINDS = (
    ActionKind.POLICE_REPORT,
    ActionKind.PLATFORM_REPORT,
    ActionKind.PRESERVATION_REQUEST,
    ActionKind.LEGAL_ADVICE,
)


def worst_quotes(data: PacketData, count: int = 3) -> list[PacketContact]:
    """The customer's own written words at their worst: severity, then threats, then date.
    A message sent again and again is quoted once (its first copy)."""
    words = [
        c
        for c in data.contacts
        if c.is_customers_words
        and ((repeat := data.repeat_of(c.id)) is None or repeat.contact_ids[0] == c.id)
    ]
    ranked = sorted(words, key=worst_first)
    return sorted(ranked[:count], key=lambda c: c.occurred_at)


def counts_by_category(data: PacketData) -> list[tuple[Category, int]]:
    """How many of the customer's contacts carry each flag, in the order flags are listed."""
    counts: Counter[Category] = Counter(
        category
        for c in data.contacts
        if c.direction is Direction.INBOUND
        for category in c.categories
    )
    return [(category, counts[category]) for category in Category if counts[category]]


def amounts_demanded(contact: PacketContact) -> list[Decimal]:
    """Sums of money written in a demand ("$500", "€19.95")."""
    found = []
    for match in _MONEY.finditer(contact.text):
        try:
            found.append(Decimal(re.sub(r"[,\s]", "", match.group(1))))
        except InvalidOperation:
            continue
    return found


def demand_contacts(data: PacketData) -> list[PacketContact]:
    return [
        c
        for c in data.contacts
        if c.direction is Direction.INBOUND and Category.DISPROPORTIONATE_DEMAND in c.categories
    ]


def largest_demand(data: PacketData) -> Decimal | None:
    amounts = [a for c in demand_contacts(data) for a in amounts_demanded(c)]
    return max(amounts) if amounts else None


def reports_made(data: PacketData) -> list[Action]:
    """Police reports, platform reports, preservation requests and legal advice, in order."""
    return [a for a in data.actions if a.kind in REPORT_KINDS]
