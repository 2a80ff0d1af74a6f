"""Pasted chats where a name does not tell who wrote: a customer who shares the owner's first
name ("Anna" for Anna Smith and the owner Anna Hale), and a chat between the customer and the
person he harassed (passed on by them). Both are logged as the customer's and asked about,
never as the business's words; the honest chats with the owner's own name stay hers."""

from __future__ import annotations

import pytest

from app.core.domain import Channel, Customer, Direction
from app.importing.batch_report import ImportReport
from app.services import Services

SHARED = """20/11/2026, 14:02 - Anna: Hi, my order 5512 has not arrived.
20/11/2026, 14:05 - Anna: If it is not here tomorrow I will come to your shop and smash your windows.
20/11/2026, 14:09 - Anna: I am sorry, I was upset."""
VICTIM = """[20/11/2026 14:02] Rex Marlow: Bought a bike from Hale Bikes? You will regret it. I know where you live.
[20/11/2026 14:03] Sam Jones: Please leave me alone, I will call the police.
[20/11/2026 14:04] Rex Marlow: Go on then."""


@pytest.fixture
def hale(services: Services) -> Services:
    services.settings.update(
        {
            "business_name": "Hale Bikes",
            "business_email": "anna@halebikes.example",
            "owner_name": "Anna Hale",
        }
    )
    return services


def _logged(services: Services, report: ImportReport) -> list[tuple[Direction, str]]:
    contacts = [services.contacts.get(item.contact_id) for item in report.imported]
    return [(contact.direction, contact.details.staff) for contact in contacts]


def test_a_first_name_the_customer_shares_with_the_owner_is_the_customers_and_asked(
    hale: Services,
) -> None:
    anna = hale.customers.add(Customer(name="Anna Smith", emails=("anna.smith@mail.example",)))
    report = hale.imports.import_pasted(anna, SHARED, Channel.CHAT)
    assert _logged(hale, report) == [(Direction.INBOUND, "")] * 3
    threat = report.imported[1]
    assert threat.doubted.startswith(
        "“Anna” in the chat is your name and also the customer's (Anna Smith): what Anna wrote "
        "was logged as received from the customer, not reviewed."
    )
    assert [s.category.value for s in threat.suggestions] == ["threat-vandalism"]


def test_the_person_the_customer_wrote_to_is_not_made_staff(hale: Services) -> None:
    rex = hale.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    report = hale.imports.import_pasted(rex, VICTIM, Channel.CHAT)
    assert _logged(hale, report) == [(Direction.INBOUND, "")] * 3
    assert [item.doubted[:60] for item in report.imported] == [
        "",
        "“Sam Jones” in the chat is neither your name, your business'",
        "",
    ]


def test_the_owners_full_name_beside_a_customer_who_shares_her_first_is_still_hers(
    hale: Services,
) -> None:
    anna = hale.customers.add(Customer(name="Anna Smith", emails=("anna.smith@mail.example",)))
    chat = SHARED.replace("14:09 - Anna:", "14:09 - Anna Hale:")
    report = hale.imports.import_pasted(anna, chat, Channel.CHAT)
    assert [direction for direction, _ in _logged(hale, report)] == [
        Direction.INBOUND,
        Direction.INBOUND,
        Direction.OUTBOUND,
    ]
    assert report.imported[2].doubted == ""
