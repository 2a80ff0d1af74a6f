"""The certification counts a contact as "entered within two days of when it happened" only when
it was entered 0 to 2 days after its date: one dated after it was entered (a sender's made-up
date in 2038, kept from an Outlook file or an older log) is named, never certified as prompt."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Customer
from app.log.contacts import ContactLog
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

ENTERED = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _certification(services: Services, customer: int) -> str:
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    return flat(" ".join(pdf_text(made.pdf.data))).split("Certification of records")[-1]


def _customer(services: Services, clock: FakeClock) -> int:
    clock.now = ENTERED
    customer = services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    services.contacts.log(
        customer, inbound("Where is my order?", datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    )
    return customer


def test_a_contact_dated_after_its_entry_is_named_not_counted_as_prompt(
    services: Services, clock: FakeClock
) -> None:
    customer = _customer(services, clock)
    # As an import keeps what the message itself says (no clock to refuse a future date).
    ContactLog(services.store).log(
        customer,
        inbound(
            "You will regret this.",
            datetime(2038, 1, 1, tzinfo=UTC),
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
        source="import:outlook",
    )
    text = _certification(services, customer)
    assert "1 of the 2 contacts were entered within two days of when they happened." in text
    assert (
        "This one is dated after it was entered into Steady, so its date is not when it "
        "happened: #2 (dated 2038-01-01, entered 2026-11-27)." in text
    )
    assert "Each was entered into Steady within two days" not in text


def test_contacts_entered_on_time_are_still_certified_as_such(
    services: Services, clock: FakeClock
) -> None:
    customer = _customer(services, clock)
    # Typed a few minutes ahead of a laptop clock: not a date after the entry.
    clock.now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    services.contacts.log(
        customer, inbound("Answer me.", datetime(2026, 11, 27, 10, 4, tzinfo=UTC))
    )
    text = _certification(services, customer)
    assert "Each was entered into Steady within two days of when it happened." in text
