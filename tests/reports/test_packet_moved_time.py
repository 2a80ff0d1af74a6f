"""A correction of when a contact happened: the packet prints the time first logged beside the
new one, and the certification judges "entered within two days" by the time first logged as
well, so moving a threat's date after the fact can neither hide the old date nor make a late
entry look timely."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Customer
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

ENTERED = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _threat(services: Services, clock: FakeClock, happened: datetime) -> tuple[int, int]:
    clock.now = ENTERED
    customer = services.customers.add(Customer(name="Victor Hale", emails=("v@example.com",)))
    contact = services.contacts.log(
        customer,
        inbound(
            "I know which café he goes to.",
            happened,
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
    )
    return customer, contact


def _move(services: Services, contact: int, to: datetime) -> None:
    details = services.contacts.get(contact).details
    services.contacts.correct(contact, replace(details, occurred_at=to), "Wrong day typed")


def _made(services: Services, customer: int) -> tuple[str, dict[str, object]]:
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    return text, json.loads(archive.read("contacts.json"))


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def test_a_late_entry_moved_to_look_timely_keeps_its_first_time_and_its_late_label(
    services: Services, clock: FakeClock
) -> None:
    customer, contact = _threat(services, clock, datetime(2026, 11, 21, 23, 24, tzinfo=UTC))
    _move(services, contact, datetime(2026, 11, 26, 23, 24, tzinfo=UTC))
    text, bundle = _made(services, customer)
    told = "first logged as happening at 2026-11-21 23:24 UTC+00:00, corrected to 2026-11-26 23:24 UTC+00:00"
    assert told in text
    assert "Entered into Steady on 2026-11-27" in text
    assert "None of the 1 contacts was entered within two days" in text
    assert "#1 (happened 2026-11-26, first logged as 2026-11-21, entered 2026-11-27)" in text
    contacts = bundle["contacts"]
    assert isinstance(contacts, list)
    assert told in contacts[0]["corrections"]


def test_a_timely_entry_moved_weeks_back_is_not_certified_as_timely(
    services: Services, clock: FakeClock
) -> None:
    """The other way round: logged on the day it happened, then moved three weeks back."""
    customer, contact = _threat(services, clock, datetime(2026, 11, 27, 8, 0, tzinfo=UTC))
    _move(services, contact, datetime(2026, 11, 6, 8, 0, tzinfo=UTC))
    text, _ = _made(services, customer)
    assert "Each was entered into Steady within two days" not in text
    assert "None of the 1 contacts was entered within two days" in text
    assert "first logged as happening at 2026-11-27 08:00 UTC+00:00" in text


def test_a_correction_that_keeps_the_time_says_nothing_of_times(
    services: Services, clock: FakeClock
) -> None:
    customer, contact = _threat(services, clock, datetime(2026, 11, 27, 8, 0, tzinfo=UTC))
    details = services.contacts.get(contact).details
    services.contacts.correct(contact, replace(details, severity=4), "Severity")
    text, _ = _made(services, customer)
    assert "first logged as" not in text
    assert "Each was entered into Steady within two days of when it happened." in text
