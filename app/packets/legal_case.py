"""The facts a legal referral leads with, read from the assembled packet (no database):
the worst things the customer wrote, what they demanded against what they paid, and the
references of the reports already made.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from app.core.domain import Category, Direction
from app.packets.contact_data import PacketContact
from app.packets.data import PacketData, worst_first
from app.standing.action_records import Action, ActionKind
from app.standing.demands import asked_amount

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


def unreviewed_counts(data: PacketData) -> Counter[Category]:
    """How many of the customer's contacts carry each flag only because Steady's word check
    suggested it and nobody has reviewed it yet."""
    return Counter(
        category
        for c in data.contacts
        if c.direction is Direction.INBOUND
        for category in c.unreviewed
        if category in c.categories
    )


def amount_asked(contact: PacketContact, symbol: str) -> Decimal | None:
    """The sum the message asks for, in the owner's currency (see app/standing/demands.py):
    never the largest figure anywhere in it, nor a sum in euros printed as dollars."""
    asked = asked_amount(contact.text, symbol)
    return asked or None


def demand_contacts(data: PacketData) -> list[PacketContact]:
    return [
        c
        for c in data.contacts
        if c.direction is Direction.INBOUND and Category.DISPROPORTIONATE_DEMAND in c.categories
    ]


def largest_demand(data: PacketData) -> Decimal | None:
    symbol = data.business.currency_symbol
    amounts = [a for c in demand_contacts(data) if (a := amount_asked(c, symbol)) is not None]
    return max(amounts) if amounts else None


def reports_made(data: PacketData) -> list[Action]:
    """Police reports, platform reports, preservation requests and legal advice, in order."""
    return [a for a in data.actions if a.kind in REPORT_KINDS]
