"""Dates as German, French, Spanish, Swedish and Finnish mail programs write them, and ISO dates without a zone,
in a mail's Date line and in a pasted thread: read to the moment they name, not the file's
time. Without a zone the time is the owner's local time, and a mail says so; a date that
cannot be (31 February) still falls back to the file's time with the warning."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.importing.email_message import parse_email
from app.importing.paste import split_pasted

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
# 14:05 in Berlin (UTC+01:00 in November).
SENT = datetime(2026, 11, 23, 13, 5, tzinfo=UTC)

WRITTEN = [
    # German: Outlook, Apple Mail, Thunderbird, Gmail
    "Montag, 23. November 2026 um 14:05",
    "Montag, 23. November 2026 14:05",
    "23. November 2026 14:05",
    "Mo., 23. Nov. 2026 um 14:05 Uhr",
    "23.11.2026 um 14:05",
    # ISO, as exports and scripts write it without a zone
    "2026-11-23 14:05",
    "2026-11-23T14:05:00",
    # French and Spanish
    "lundi 23 novembre 2026 14:05",
    "lun. 23 nov. 2026 à 14:05",
    "lunes, 23 de noviembre de 2026 14:05",
    "lun, 23 nov 2026 a las 14:05",
    # Swedish and Finnish Outlook
    "måndag 23 november 2026 14:05",
    "den 23 november 2026 14:05",
    "maanantai 23. marraskuuta 2026 14.05",
    "23.11.2026 klo 14.05",
]
IMPOSSIBLE = ["31. Februar 2026 14:05", "Montag, 31. Februar 2026 um 14:05", "2026-02-31 14:05"]


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Berlin."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _mail(date: str) -> bytes:
    # No Received line: the Date is the only time the mail gives.
    return (
        "From: Victor Hale <v.hale@example.net>\r\nTo: anna@halebikes.example\r\nSubject: x\r\n"
        f"Date: {date}\r\nMessage-ID: <de@example.net>\r\n\r\nWhere is my bike?\r\n"
    ).encode()


@pytest.mark.parametrize("date", WRITTEN)
def test_a_mail_date_without_a_zone_is_read_as_local_time_and_says_so(
    in_berlin: None, date: str
) -> None:
    found = parse_email(_mail(date), "de.eml")
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(UTC) == SENT
    assert found.warnings == [
        f"The date “{date}” gives no time zone; it was read as your local time (UTC+01:00), "
        "as a mail program that leaves the zone out writes its own clock's time, most likely "
        "in your zone; it is several hours off if the sender was elsewhere."
    ]


@pytest.mark.parametrize("date", IMPOSSIBLE)
def test_a_mail_date_that_cannot_be_still_falls_back_with_the_warning(
    in_berlin: None, date: str
) -> None:
    found = parse_email(_mail(date), "de.eml")
    assert found.occurred_at is None  # the file's time
    assert found.warnings == [f"The date “{date}” could not be read; the file's time was used."]


def _thread(date: str) -> str:
    return (
        "Where is my bike?\n\n"
        "From: Victor Hale <v.hale@example.net>\n"
        f"Date: {date}\n"
        "To: anna@halebikes.example\n"
        "Subject: bike\n\n"
        "I paid in full.\n"
    )


@pytest.mark.parametrize("date", WRITTEN)
def test_a_pasted_threads_date_is_read_in_the_owners_zone(date: str) -> None:
    quoted = split_pasted(_thread(date), NOW, BERLIN)[-1]
    assert quoted.sent == date
    assert quoted.sent_at is not None
    assert quoted.sent_at.astimezone(UTC) == SENT


@pytest.mark.parametrize("date", IMPOSSIBLE)
def test_a_pasted_date_that_cannot_be_is_not_read(date: str) -> None:
    quoted = split_pasted(_thread(date), NOW, BERLIN)[-1]
    assert (quoted.sent, quoted.sent_at) == (date, None)


def test_a_chat_line_dated_in_german_gets_its_time() -> None:
    chat = (
        "[23. November 2026 14:05] Victor Hale: Where is my bike?\n"
        "[23. November 2026 14:07] Anna Hale: It will be ready tomorrow.\n"
    )
    messages = split_pasted(chat, NOW, BERLIN)
    assert [m.sent_at.astimezone(UTC) if m.sent_at else None for m in messages] == [
        SENT,
        datetime(2026, 11, 23, 13, 7, tzinfo=UTC),
    ]
