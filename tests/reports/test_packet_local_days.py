"""The certification the owner signs and the "Entered into Steady on" lines give the owner's
local day, as the rest of the packet does: in Los Angeles at 22:30 it is still that day, not
the next one in UTC."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from app.core.domain import Category, Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

# Mon 2 Nov 2026 22:30 in Los Angeles; entered on Thu 26 Nov 2026 at 22:30 there.
HAPPENED = datetime(2026, 11, 3, 6, 30, tzinfo=UTC)
ENTERED = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)


@pytest.fixture
def los_angeles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def rex(los_angeles: None, services: Services, clock: FakeClock) -> int:
    clock.now = ENTERED
    customer = services.customers.add(Customer(name="Rex Angry", emails=("rex@example.com",)))
    services.contacts.log(
        customer,
        inbound(
            "I know where you live.",
            HAPPENED.astimezone(),  # typed in Los Angeles, so logged as UTC-08:00
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
    )
    return customer


def _text(services: Services, customer: int, options: PacketOptions) -> str:
    return flat("\n".join(pdf_text(make_packet(services, customer, options).pdf.data)))


def test_the_signed_certification_gives_the_local_days(services: Services, rex: int) -> None:
    text = _text(services, rex, PacketOptions(PacketKind.LEGAL))
    assert "2026-11-02 22:30 UTC-08:00" in text  # the contact, as the log prints it
    assert "#1 (happened 2026-11-02, entered 2026-11-26)" in text
    assert "Entered into Steady on 2026-11-26" in text
    # The other side's reading: no date in the packet the owner did not see on their calendar.
    assert "2026-11-03" not in text and "2026-11-27" not in text


def test_the_termination_packet_log_gives_the_local_day(services: Services, rex: int) -> None:
    options = PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 11, 26))
    text = _text(services, rex, options)
    assert "Entered into Steady on 2026-11-26" in text
    assert "2026-11-27" not in text
