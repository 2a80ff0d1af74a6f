"""Phone numbers and order numbers are found as the owner types them from a screen or a
receipt, whatever the grouping, and only the order typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)


@pytest.fixture
def log(services: Services) -> Services:
    renee = services.customers.add(
        Customer(name="Renée Roe", phones=("+1 555 010 2233",), account_ref="#A-1042")
    )
    bob = services.customers.add(Customer(name="Bob Jones", phones=("5550102299",)))
    services.contacts.log(renee, inbound("My order #A-1042 never arrived. Call 555-010-2233.", AT))
    services.contacts.log(bob, inbound("Where is order #B-1042? I paid a lot.", AT))
    services.contacts.log(bob, inbound("Invoice 1042-A attached.", AT))
    return services


def _shown(services: Services, query: str, prefix: bool) -> list[str]:
    return [
        f"{hit.kind} {hit.customer_name}: {hit.snippet.replace(chr(2), '[').replace(chr(3), ']')}"
        for hit in services.search(query, prefix=prefix)
    ]


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize("typed", ["5550102233", "(555) 010-2233", "+1 555 010 2233"])
def test_a_phone_number_finds_its_customer_whatever_the_grouping(
    log: Services, typed: str, prefix: bool
) -> None:
    customer, contact = _shown(log, typed, prefix)
    assert customer.replace("[", "").replace("]", "") == "customer Renée Roe: +1 555 010 2233"
    assert contact == "contact Renée Roe: My order #A-1042 never arrived. Call [555-010-2233]."


@pytest.mark.parametrize("prefix", [False, True])
def test_a_number_stored_without_spaces_is_found_with_them(log: Services, prefix: bool) -> None:
    assert _shown(log, "555 010 2299", prefix) == ["customer Bob Jones: [5550102299]"]


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize("typed", ["#A-1042", "A-1042", "A1042", "a1042"])
def test_an_order_number_finds_that_order_only(log: Services, typed: str, prefix: bool) -> None:
    shown = _shown(log, typed, prefix)
    assert [line.split(":")[0] for line in shown] == ["customer Renée Roe", "contact Renée Roe"]
    assert not any("B-1042" in line or "1042-A" in line for line in shown)


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("strasse", "Renée Çelik-Straße"),
        ("soren kjaergaard", "Søren Kjærgaard"),
        ("lukasz", "Łukasz Żak"),
        ("odegard", "Émile Ødegård"),
    ],
)
def test_letters_of_their_own_are_found_as_an_english_keyboard_spells_them(
    services: Services, typed: str, name: str, prefix: bool
) -> None:
    for each in ("Renée Çelik-Straße", "Søren Kjærgaard", "Łukasz Żak", "Émile Ødegård"):
        services.customers.add(Customer(name=each))
    assert [hit.customer_name for hit in services.search(typed, prefix=prefix)] == [name]
