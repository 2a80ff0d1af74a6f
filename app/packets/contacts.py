"""The contacts a packet holds: the whole log read in pages, the period asked for, and the
examples of the customer's language quoted by default.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from app.core.domain import Contact, Direction
from app.services import Services

PAGE = 500
# The examples quoted by default: the first, the latest and the worst.
EXAMPLES_FIRST, EXAMPLES_RECENT, EXAMPLES_SEVERE = 1, 3, 3


def all_contacts(services: Services, customer_id: int) -> list[Contact]:
    """The whole log, oldest first."""
    contacts: list[Contact] = []
    while True:
        page = services.contacts.page_for_customer(customer_id, len(contacts), PAGE)
        contacts.extend(page)
        if len(page) < PAGE:
            break
    contacts.reverse()
    return contacts


def in_period(contacts: Iterable[Contact], start: date | None, end: date | None) -> list[Contact]:
    low = datetime.combine(start, time.min).astimezone() if start else None
    high = datetime.combine(end + timedelta(days=1), time.min).astimezone() if end else None
    return [
        c
        for c in contacts
        if (low is None or c.occurred_at >= low) and (high is None or c.occurred_at < high)
    ]


def default_examples(contacts: list[Contact]) -> tuple[int, ...]:
    """The first, the three most recent and the three most severe of the customer's own words."""
    candidates = [
        c
        for c in contacts
        if c.direction is Direction.INBOUND and c.text.strip() and (c.categories or c.severity >= 3)
    ] or [c for c in contacts if c.direction is Direction.INBOUND and c.text.strip()]
    if not candidates:
        return ()
    chosen = candidates[:EXAMPLES_FIRST] + candidates[-EXAMPLES_RECENT:]
    by_severity = sorted(candidates, key=lambda c: (-c.severity, -c.occurred_at.timestamp()))
    chosen += by_severity[:EXAMPLES_SEVERE]
    order = {c.id: c.occurred_at for c in chosen}
    return tuple(sorted(order, key=lambda i: (order[i], i)))
