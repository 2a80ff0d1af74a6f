"""Where the customer stands, read from the contacts alone: for packets made without the live
assessment (tests, and logs with no actions or policies).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal

from app.core.clock import shown_time
from app.core.domain import Category, Contact, Direction
from app.packets.contacts import all_contacts
from app.packets.handed_on import ActionPacketLogger, PacketLogger
from app.packets.policy_breaches import TaggedClause
from app.packets.summary import plural
from app.services import Services
from app.standing.action_records import Action
from app.standing.records import (
    Agreement,
    Assessment,
    CustomerCost,
    Escalation,
    Ground,
    MonthVolume,
    PolicyVersion,
    Sign,
)
from app.standing.volume import month_key, months_between

_WARNING_WORDS = re.compile(
    r"\b(warn(ing|ed)?|final notice|if this (continues|happens again)|will (close|end) "
    r"your account|last chance)\b",
    re.IGNORECASE,
)


class ContactsOnlyStanding:
    """Signs, grounds, volume and cost read from the contacts alone (no assessment yet)."""

    def __init__(self, services: Services, logger: PacketLogger | None = None) -> None:
        self._services = services
        self._logger = logger or ActionPacketLogger(services)

    def assess(self, customer_id: int) -> Assessment | None:
        contacts = all_contacts(self._services, customer_id)
        if not contacts:
            return None
        inbound = [c for c in contacts if c.direction is Direction.INBOUND]
        by_category: dict[Category, list[int]] = {}
        for contact in inbound:
            for category in contact.categories:
                by_category.setdefault(category, []).append(contact.id)
        signs = tuple(
            Sign(category.value, category.label, plural(len(ids), "contact"), tuple(ids))
            for category, ids in by_category.items()
        )
        abuse = [c.id for c in inbound if Category.ABUSE in c.categories or c.severity >= 4]
        threats = [c.id for c in inbound if any(k.is_threat for k in c.categories)]
        warned = [c for c in contacts if is_warning(c)]
        after = (
            [c.id for c in inbound if c.occurred_at > warned[0].occurred_at and c.severity >= 3]
            if warned
            else []
        )
        grounds = (
            Ground(
                "abuse-or-unsafe",
                "Verbal abuse or making staff feel unsafe",
                bool(abuse),
                plural(len(abuse), "abusive contact") if abuse else "No abusive contact logged",
                tuple(abuse),
            ),
            Ground(
                "threats",
                "Threats to staff or the business",
                bool(threats),
                plural(len(threats), "threatening contact") if threats else "No threat logged",
                tuple(threats),
            ),
            Ground(
                "no-change-after-warning",
                "Bad behaviour continued after a warning",
                bool(after),
                (
                    f"Warned on {shown_time(warned[0].occurred_at):%Y-%m-%d}; "
                    f"{plural(len(after), 'hostile contact')} since"
                )
                if warned
                else "No warning logged",
                tuple(after),
                warned[0].occurred_at if warned else None,
            ),
        )
        return Assessment(
            customer_id=customer_id,
            signs=signs,
            grounds=grounds,
            escalation=_escalation(inbound, self._services.clock()),
            cost=self._cost(customer_id, contacts),
            next_steps=(),
            risk=min(100, 20 * len(by_category) + 10 * len(threats)),
            monthly=monthly_volume(self._services, customer_id, contacts),
        )

    def _cost(self, customer_id: int, contacts: list[Contact]) -> CustomerCost:
        settings = self._services.settings
        customer = self._services.customers.get(customer_id)
        minutes = sum(c.minutes for c in contacts)
        inbound = sum(1 for c in contacts if c.direction is Direction.INBOUND)
        days = (contacts[-1].occurred_at.date() - contacts[0].occurred_at.date()).days + 1
        cost = (settings.hourly_rate * minutes / 60).quantize(Decimal("0.01"))
        return CustomerCost(
            minutes=minutes,
            hourly_rate=settings.hourly_rate,
            cost=cost,
            paid=customer.amount_paid,
            currency_symbol=settings.currency_symbol,
            inbound_messages=inbound,
            days=days,
            messages_per_day=inbound / days,
        )

    def actions(self, customer_id: int) -> list[Action]:
        return self._logger.history(customer_id)

    def agreements(self, customer_id: int) -> list[tuple[Agreement, PolicyVersion]]:
        return []

    def clause_tags(self, customer_id: int) -> list[TaggedClause]:
        return []


def _escalation(inbound: list[Contact], now: datetime) -> Escalation:
    cut = now - timedelta(days=30)
    recent = [c for c in inbound if c.occurred_at >= cut]
    before = [c for c in inbound if c.occurred_at < cut]
    span = max(1.0, (cut - before[0].occurred_at).days / 7) if before else 1.0

    def mean(items: list[Contact]) -> float:
        return sum(c.severity for c in items) / len(items) if items else 0.0

    worsening = mean(recent) > mean(before) or len(recent) / 4.3 > len(before) / span
    return Escalation(
        worsening=bool(recent) and worsening,
        reason="Contacts in the last 30 days compared with before",
        recent_per_week=len(recent) / 4.3,
        before_per_week=len(before) / span,
        recent_mean_severity=mean(recent),
        before_mean_severity=mean(before),
    )


def is_warning(contact: Contact) -> bool:
    return contact.direction is Direction.OUTBOUND and bool(
        _WARNING_WORDS.search(f"{contact.summary}\n{contact.text}")
    )


def monthly_volume(
    services: Services, customer_id: int, contacts: list[Contact]
) -> tuple[MonthVolume, ...]:
    """This customer's contacts per month beside the average over every customer in the book."""
    if not contacts:
        return ()
    mine = Counter(month_key(c.occurred_at) for c in contacts)
    everyone: Counter[str] = Counter()
    customers = services.customers.page(0, max(1, services.customers.count()))
    for summary in customers:
        for contact in all_contacts(services, summary.id):
            everyone[month_key(contact.occurred_at)] += 1
    months = months_between(min(mine), max(mine))
    count = max(1, len(customers))
    return tuple(MonthVolume(m, mine.get(m, 0), everyone.get(m, 0) / count) for m in months)
