"""A mail date written without its zone is read one way, whatever form the sender's program
wrote it in: as the owner's local time, and the contact says so and why. Before, the forms
Python's mail reader takes (RFC 2822 without a zone, asctime, a 12-hour clock) were read as
UTC, and the ones Steady reads itself (ISO, German, French, Spanish, Nordic) as local time:
the same moment logged an hour apart in Berlin, six in New York. "-0000" is a time in UTC
whose writer did not say his own zone (RFC 5322), not a time without one; a zone Steady does
not know is read as UTC, as RFC 5322 says, and named. A pasted message's time without a zone
says so too."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.importing.email_message import parse_email
from app.services import Services
from tests.helpers.fixtures import FakeClock

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
WHY = (
    ", as a mail program that leaves the zone out writes its own clock's time, most likely in "
    "your zone; it is several hours off if the sender was elsewhere."
)
# The same wall time, 23 November 2026 at 09:12, as each program writes it without a zone.
WRITTEN = [
    "Mon, 23 Nov 2026 09:12:00",  # RFC 2822 without its zone
    "Mon Nov 23 09:12:00 2026",  # asctime, as scripts and old Unix mail write it
    "Mon, 23 Nov 2026 09:12:00 (no zone)",
    "Mon, 23 Nov 2026 9:12:00 AM",  # a 12-hour clock
    "2026-11-23T09:12:00",  # ISO
    "Montag, 23. November 2026 um 09:12",
    "lundi 23 novembre 2026 09:12",
    "lunes, 23 de noviembre de 2026 09:12",
    "måndag 23 november 2026 09:12",
    "23.11.2026 klo 9.12",
]
# (the laptop's zone, its offset as the owner is told it, 09:12 there in UTC)
ZONES = [
    ("Europe/Berlin", "+01:00", datetime(2026, 11, 23, 8, 12, tzinfo=UTC)),
    ("America/New_York", "-05:00", datetime(2026, 11, 23, 14, 12, tzinfo=UTC)),
]


@pytest.fixture
def laptop_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets this computer's clock to a zone, put back after the test."""

    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield move
    monkeypatch.undo()
    time.tzset()


def _mail(date: str, arrived: str = "") -> bytes:
    received = (
        f"Received: from mail.example.net by mx.halebikes.example with ESMTPS; {arrived}\r\n"
        if arrived
        else ""
    )
    return (
        f"{received}From: Rex Marlow <rex@mail.example>\r\nTo: anna@halebikes.example\r\n"
        f"Subject: bike\r\nDate: {date}\r\nMessage-ID: <z@mail.example>\r\n\r\n"
        "Where is my bike?\r\n"
    ).encode()


@pytest.mark.parametrize(("zone", "offset", "sent"), ZONES)
@pytest.mark.parametrize("date", WRITTEN)
def test_every_form_of_a_date_without_a_zone_is_the_owners_local_time(
    laptop_zone: Callable[[str], None], date: str, zone: str, offset: str, sent: datetime
) -> None:
    laptop_zone(zone)
    found = parse_email(_mail(date), "bike.eml")
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(UTC) == sent
    assert found.warnings == [
        f"The date “{date}” gives no time zone; it was read as your local time (UTC{offset}){WHY}"
    ]


@pytest.mark.parametrize(("zone", "offset", "sent"), ZONES)
@pytest.mark.parametrize("date", WRITTEN)
def test_a_date_without_a_zone_that_agrees_with_its_arrival_is_the_time_logged(
    laptop_zone: Callable[[str], None], date: str, zone: str, offset: str, sent: datetime
) -> None:
    """The owner's server received it a minute after its local 09:12: the sender's date
    stands. Read as UTC it was hours from the arrival, and the arrival was logged instead."""
    laptop_zone(zone)
    arrived = sent + timedelta(minutes=1)
    found = parse_email(_mail(date, f"{arrived:%a, %d %b %Y %H:%M:%S} +0000"), "bike.eml")
    assert found.occurred_at == sent
    assert [w.split(";")[0] for w in found.warnings] == [f"The date “{date}” gives no time zone"]


@pytest.mark.parametrize(("zone", "offset", "sent"), ZONES)
def test_minus_zero_is_utc_shown_in_the_owners_zone_and_plus_zero_is_utc(
    laptop_zone: Callable[[str], None], zone: str, offset: str, sent: datetime
) -> None:
    laptop_zone(zone)
    unsaid = parse_email(_mail("Mon, 23 Nov 2026 09:12:00 -0000"), "bike.eml")
    utc = parse_email(_mail("Mon, 23 Nov 2026 09:12:00 +0000"), "bike.eml")
    for found in (unsaid, utc):
        assert found.occurred_at == datetime(2026, 11, 23, 9, 12, tzinfo=UTC)
        assert found.warnings == []
    # "+0000" is a sender on UTC; "-0000" names no sender's zone, so the owner's is shown.
    assert utc.occurred_at is not None and utc.occurred_at.utcoffset() == timedelta(0)
    assert unsaid.occurred_at is not None
    assert unsaid.occurred_at.utcoffset() == ZoneInfo(zone).utcoffset(datetime(2026, 11, 23))


def test_minus_zero_on_a_twelve_hour_clock_is_read_as_minus_zero_is(
    laptop_zone: Callable[[str], None],
) -> None:
    laptop_zone("Europe/Berlin")
    found = parse_email(_mail("Mon, 23 Nov 2026 9:12:00 AM -0000 (UTC)"), "bike.eml")
    assert found.occurred_at == datetime(2026, 11, 23, 9, 12, tzinfo=UTC)
    assert found.occurred_at is not None and found.occurred_at.utcoffset() == timedelta(hours=1)
    assert found.warnings == []


@pytest.mark.parametrize("date", ["Mon, 23 Nov 2026 09:12:00 XYZ", "Mon, 23 Nov 2026 9:12 AM XYZ"])
def test_a_zone_steady_does_not_know_is_read_as_utc_and_named(
    laptop_zone: Callable[[str], None], date: str
) -> None:
    laptop_zone("Europe/Berlin")
    found = parse_email(_mail(date), "bike.eml")
    assert found.occurred_at == datetime(2026, 11, 23, 9, 12, tzinfo=UTC)
    assert found.warnings == [
        f"The date “{date}” gives a time zone Steady does not know (“XYZ”); it was read as UTC "
        "and may be several hours off."
    ]


def test_the_contact_logged_from_minus_zero_keeps_the_owners_zone(
    laptop_zone: Callable[[str], None], services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    laptop_zone("America/New_York")
    clock.now = NOW
    rex = services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    logged = []
    for name, date in (("unsaid", "-0000"), ("utc", "+0000")):
        path = tmp_path / f"{name}.eml"
        raw = _mail(f"Mon, 23 Nov 2026 09:12:00 {date}").replace(b"<z@", f"<{name}@".encode())
        path.write_bytes(raw)
        report = services.imports.run([str(path)], ImportOptions(customer_id=rex))
        logged.append(services.contacts.get(report.imported[0].contact_id).details.occurred_tz)
    assert logged == ["-05:00", "+00:00"]


THREAD = (
    "Where is my bike?\n\n"
    "From: Rex Marlow <rex@mail.example>\n"
    "Date: {date}\n"
    "To: anna@halebikes.example\n"
    "Subject: bike\n\n"
    "I paid in full.\n"
)


@pytest.mark.parametrize(("zone", "offset", "sent"), ZONES)
@pytest.mark.parametrize("date", WRITTEN)
def test_a_pasted_time_without_a_zone_says_it_was_read_as_local_time(
    services: Services, clock: FakeClock, date: str, zone: str, offset: str, sent: datetime
) -> None:
    clock.now = NOW
    rex = services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    services.imports.zone = ZoneInfo(zone)
    report = services.imports.import_pasted(rex, THREAD.format(date=date))
    quoted = report.imported[-1]
    assert services.contacts.get(quoted.contact_id).occurred_at == sent
    assert quoted.warnings == (
        f"The time “{date}” gives no time zone; it was read as your local time (UTC{offset}).",
    )


# Each gives 08:12 UTC; "-0000" is UTC (RFC 5322), never the owner's local 08:12.
@pytest.mark.parametrize(
    "date",
    [
        "Mon, 23 Nov 2026 09:12:00 +0100",
        "2026-11-23T09:12:00+01:00",
        "Mon, 23 Nov 2026 08:12:00 -0000",
    ],
)
def test_a_pasted_time_with_its_zone_needs_no_note(
    services: Services, clock: FakeClock, date: str
) -> None:
    clock.now = NOW
    rex = services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    services.imports.zone = ZoneInfo("America/New_York")
    report = services.imports.import_pasted(rex, THREAD.format(date=date))
    quoted = report.imported[-1]
    assert quoted.warnings == ()
    assert services.contacts.get(quoted.contact_id).occurred_at == datetime(
        2026, 11, 23, 8, 12, tzinfo=UTC
    )


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo"])
@pytest.mark.parametrize(
    "date",
    ["9999-12-31T23:59:00", "Fri, 31 Dec 9999 23:59:00", "Fri, 31 Dec 9999 11:59 PM"],
)
def test_a_date_without_a_zone_past_the_last_year_is_refused_not_a_crash(
    laptop_zone: Callable[[str], None], zone: str, date: str
) -> None:
    """Read as local time, 31 December 9999 east or west of Greenwich is outside the years a
    computer counts: the file's time is used, and the owner told why."""
    laptop_zone(zone)
    found = parse_email(_mail(date), "bike.eml")
    assert found.occurred_at is None
    assert found.warnings[-1].startswith("The sender dated this message Fri 31 Dec 9999 ")
    assert "in the future" in found.warnings[-1]


@pytest.mark.parametrize(
    "pasted",
    [
        THREAD.format(date="9999-12-31T23:59:00"),
        THREAD.format(date="Fri, 31 Dec 9999 23:59:00"),
        "31/12/9999\n[23:59] Rex Marlow: where is it\n[23:59] Rex Marlow: answer me",
    ],
)
def test_a_pasted_time_past_the_last_year_is_not_a_crash(
    laptop_zone: Callable[[str], None], services: Services, clock: FakeClock, pasted: str
) -> None:
    laptop_zone("Asia/Tokyo")
    clock.now = NOW
    rex = services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    report = services.imports.import_pasted(rex, pasted)
    last = report.imported[-1]
    assert services.contacts.get(last.contact_id).occurred_at == NOW
    assert last.warnings[-1].endswith("could not be read; now was used.")
