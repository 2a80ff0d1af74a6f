"""The customer list's pages in its everyday order (newest contact first, then the customers
never contacted, by name): every customer once, in order, whatever the page size or filter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from app.core.domain import Customer, CustomerStatus
from app.services import Services
from tests.helpers.fixtures import inbound

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def book(services: Services) -> Services:
    chance = random.Random(7)
    with services.store.atomic():
        for n in range(45):
            name = chance.choice(["ada", "Ben", "cy", "Dee", "éva", "Zoë"]) + f" {n:02d}"
            status = CustomerStatus.WARNED if n % 5 == 0 else CustomerStatus.ACTIVE
            customer = services.customers.add(Customer(name=name, status=status))
            if n % 3:  # a third of them never contacted
                # Few distinct times, so that many customers share their last contact.
                at = START + timedelta(hours=chance.randrange(6))
                services.contacts.log(customer, inbound(f"message from {name}", at))
    return services


def _expected(services: Services, text: str = "", status: str | None = None) -> list[int]:
    """The order the list promises, worked out from every customer's own record."""
    everyone = services.customers.page(0, 10_000, text, order="name", status=status)
    contacted = sorted(
        (s for s in everyone if s.last_contact_at),
        key=lambda s: (-s.last_contact_at.timestamp(), s.name.casefold(), s.id),  # type: ignore[union-attr]
    )
    never = [s for s in everyone if not s.last_contact_at]
    return [s.id for s in contacted] + [s.id for s in never]


@pytest.mark.parametrize("size", [1, 7, 14, 200])
@pytest.mark.parametrize(("text", "status"), [("", None), ("e", None), ("", "warned")])
def test_pages_join_up_into_the_whole_list(
    book: Services, size: int, text: str, status: str | None
) -> None:
    shown: list[int] = []
    for _ in range(book.customers.count() + 2):  # a page that never ends the list fails
        page = book.customers.page(len(shown), size, text, status=status)
        shown += [s.id for s in page]
        if len(page) < size:
            break
    assert shown == _expected(book, text, status)
    assert len(shown) == book.customers.count(text, status) > 0


def test_a_page_that_starts_among_the_never_contacted(book: Services) -> None:
    whole = _expected(book)
    contacted = sum(1 for s in book.customers.page(0, 1000) if s.last_contact_at)
    assert [s.id for s in book.customers.page(contacted + 3, 5)] == whole[
        contacted + 3 : contacted + 8
    ]
    assert book.customers.page(len(whole), 5) == []
