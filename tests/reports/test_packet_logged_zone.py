"""A packet gives each contact in the zone it was logged in, whatever the zone of the laptop
that prints it: 20 calls logged in New York on the evening of 20 November are "20 times on
2026-11-20" in a packet printed in Tokyo, as the phone bill and the packet's own bundle say."""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from app.core.domain import Channel, Customer
from app.core.errors import InvalidInputError
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

Zone = Callable[[str], None]


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Zone]:
    def move_to(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield move_to
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def burst(services: Services, clock: FakeClock, zone: Zone) -> int:
    """20 calls logged in New York between 17:00 and 20:48 on Fri 20 Nov 2026 (22:00 UTC on
    the 20th to 01:48 UTC on the 21st)."""
    zone("America/New_York")
    clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    customer = services.customers.add(Customer(name="Cal Burst", phones=("+1 555 0199",)))
    for hour in (17, 18, 19, 20):
        for minute in (0, 12, 24, 36, 48):
            typed = datetime(2026, 11, 20, hour, minute).astimezone()  # as the owner types it
            services.contacts.log(
                customer,
                inbound("Called again about the order.", typed, channel=Channel.PHONE),
            )
    return customer


def _made(services: Services, customer: int) -> tuple[str, dict[str, object]]:
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    return text, json.loads(archive.read("contacts.json"))


@pytest.mark.parametrize("printed_in", ["Asia/Tokyo", "UTC", "America/New_York"])
def test_the_packet_counts_and_prints_the_calls_on_the_day_they_were_logged(
    services: Services, burst: int, zone: Zone, printed_in: str
) -> None:
    zone(printed_in)
    text, bundle = _made(services, burst)
    assert "Cal Burst contacted [your business name] 20 times on 2026-11-20" in text
    assert "On 20 November 2026, Cal Burst contacted us 20 times" in text
    assert "2026-11-20 17:00 UTC-05:00" in text and "2026-11-20 20:48 UTC-05:00" in text
    # No day or hour of the printing laptop's own: nothing on the 21st, no other offset.
    assert "2026-11-21" not in text and "21 November" not in text
    assert "UTC-05:00 · Phone" in text and "UTC+09:00 · Phone" not in text
    contacts = bundle["contacts"]
    assert isinstance(contacts, list)
    assert contacts[0]["zone"] == "-05:00"
    assert contacts[0]["occurred_at"] == "2026-11-20T17:00:00-05:00"  # the PDF's 17:00


def test_an_email_is_printed_at_the_hour_its_own_header_gives(
    services: Services, clock: FakeClock, zone: Zone
) -> None:
    zone("UTC")
    clock.now = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    customer = services.customers.add(Customer(name="Tasha Morrow", emails=("t@example.com",)))
    sent = datetime.fromisoformat("2026-10-17T18:30:00+01:00")  # Date: ... 18:30:00 +0100
    services.contacts.log(customer, inbound("Refund me or else.", sent))
    text, _ = _made(services, customer)
    assert "#1 · 2026-10-17 18:30 UTC+01:00" in text
    assert "17:30 UTC+00:00" not in text


def test_a_zone_that_cannot_be_read_falls_back_to_the_owners(
    services: Services, clock: FakeClock, zone: Zone
) -> None:
    """A zone rewritten outside Steady into nonsense does not stop the packet."""
    zone("UTC")
    clock.now = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    customer = services.customers.add(Customer(name="Ned Zone", emails=("n@example.com",)))
    services.contacts.log(
        customer,
        inbound("Hello.", datetime(2026, 10, 17, 9, 0, tzinfo=UTC), occurred_tz="+99:99"),
    )
    text, _ = _made(services, customer)
    assert "2026-10-17 09:00 UTC+00:00" in text


def test_a_packet_for_the_day_holds_the_calls_of_that_day_as_logged(
    services: Services, burst: int, zone: Zone
) -> None:
    """Asked for 20 November in Tokyo, the packet holds the 20 calls of New York's 20
    November, not those of Tokyo's (where they fell on the 21st)."""
    zone("Asia/Tokyo")
    day = date(2026, 11, 20)
    made = make_packet(services, burst, PacketOptions(PacketKind.LEGAL, date_from=day, date_to=day))
    assert len(made.data.contacts) == 20
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert "Cal Burst contacted [your business name] 20 times on 2026-11-20" in text
    nothing = PacketOptions(PacketKind.LEGAL, date_from=date(2026, 11, 21))
    with pytest.raises(InvalidInputError):
        make_packet(services, burst, nothing)


def test_the_termination_packet_and_its_chart_give_the_hours_as_logged(
    services: Services, burst: int, zone: Zone
) -> None:
    zone("Asia/Tokyo")
    options = PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 11, 25))
    text = flat("\n".join(pdf_text(make_packet(services, burst, options).pdf.data)))
    assert "20 Nov 17:00" in text  # the severity chart's first tick
    assert "21 Nov" not in text and "2026-11-21" not in text
    assert "2026-11-20 17:00 UTC-05:00" in text
