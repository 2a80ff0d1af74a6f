"""Fixtures for where a customer stands: contacts built in memory for the pure rules, and the
demo customers by name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.domain import Category, Channel, Contact, ContactDetails, Customer, Direction
from app.services import Services

MadeContact = Callable[..., Contact]


@pytest.fixture
def make_contact() -> MadeContact:
    """A contact as storage would return it, numbered in the order made."""
    made = [0]

    def make(
        at: datetime,
        *categories: Category,
        channel: Channel = Channel.EMAIL,
        direction: Direction = Direction.INBOUND,
        severity: int = 1,
        minutes: int = 5,
        text: str = "words",
        summary: str = "",
        url: str = "",
    ) -> Contact:
        made[0] += 1
        details = ContactDetails(
            occurred_at=at,
            channel=channel,
            direction=direction,
            text=text,
            summary=summary,
            categories=categories,
            severity=severity,
            minutes=minutes,
            url=url,
        )
        return Contact(made[0], 1, details, 0, "manual", None, None, datetime.now(UTC))

    return make


@pytest.fixture
def someone() -> Customer:
    return Customer(name="Sam Someone", id=1, amount_paid=Decimal("19.95"))


@pytest.fixture
def demo_ids(demo_services: Services) -> dict[str, int]:
    """Demo customer ids by surname: pryce, morrow, hale, delacroix."""
    total = demo_services.customers.count()
    return {
        row.name.split()[-1].lower(): row.id
        for row in demo_services.customers.page(0, total, order="name")
    }
