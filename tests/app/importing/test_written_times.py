"""Times as mail programs write them: AM and PM kept, day first or month first, Gmail's web
copy read as an email, and a time later than now never logged as given."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.importing.email_message import parse_email
from app.importing.paste import split_pasted
from app.importing.written_time import read_written_time
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.import_fixtures import ANGRY, OWN

NOW = datetime(2026, 11, 27, 6, 23, tzinfo=UTC)


def _local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()  # type: ignore[arg-type]


def _no_zone(written: str, moment: datetime) -> str:
    offset = moment.strftime("%z")
    return (
        f"The time “{written}” gives no time zone; it was read as your local time "
        f"(UTC{offset[:3]}:{offset[3:]})."
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Outlook, month first (US) and day first (UK, Ireland, Australia)
        ("Thursday, November 26, 2026 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("Thursday, November 26, 2026 9:40 AM", _local(2026, 11, 26, 9, 40)),
        ("Friday, November 27, 2026 12:15 AM", _local(2026, 11, 27, 0, 15)),
        ("Thursday, November 26, 2026 12:05 PM", _local(2026, 11, 26, 12, 5)),
        ("Thursday, 26 November 2026 9:40 pm", _local(2026, 11, 26, 21, 40)),
        ("Thursday, 26 November 2026 21:40", _local(2026, 11, 26, 21, 40)),
        # Gmail (forwarded and "On … wrote:"), helpdesk exports
        ("Thu, Nov 26, 2026 at 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("Thu, 26 Nov 2026 at 21:40", _local(2026, 11, 26, 21, 40)),
        ("Nov 26, 2026 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("November 26, 2026, 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("26 Nov 2026 9:40 p.m.", _local(2026, 11, 26, 21, 40)),
        # Apple Mail
        ("26 November 2026 at 21:40:12 GMT", datetime(2026, 11, 26, 21, 40, 12, tzinfo=UTC)),
        (
            "November 26, 2026 at 9:40:12 PM EST",
            datetime(2026, 11, 26, 21, 40, 12, tzinfo=timezone(timedelta(hours=-5))),
        ),
        # Thunderbird
        ("Thu, 26 Nov 2026 21:40:00 +0000", datetime(2026, 11, 26, 21, 40, tzinfo=UTC)),
        ("11/26/2026 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("26/11/2026 21:40", _local(2026, 11, 26, 21, 40)),
        # Gmail's web page: this year's dates have no year
        ("Thu, Nov 26, 9:40 PM", _local(2026, 11, 26, 21, 40)),
        ("Thu, 26 Nov, 21:40 (8 hours ago)", _local(2026, 11, 26, 21, 40)),
        ("Thu, Dec 31, 9:40 PM", _local(2025, 12, 31, 21, 40)),
    ],
)
def test_mail_programs_times_are_read_with_their_half_of_the_day(
    written: str, expected: datetime
) -> None:
    assert read_written_time(written, day_first=True, now=NOW) == expected
    assert read_written_time(written, day_first=False, now=NOW) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Thursday, November 26, 2026 13:40 PM",
        "Thursday, November 26, 2026 0:40 AM",
        "Thursday, November 31, 2026 9:40 PM",
        "Thursday, Smarch 26, 2026 9:40 PM",
        "26 November 2026 at 21:40 XYZ",
        "Thu, Nov 26, 2026 at 9:61 PM",
    ],
)
def test_an_impossible_time_is_not_read_as_some_other_one(written: str) -> None:
    assert read_written_time(written, now=NOW) is None


OUTLOOK = (
    f"From: Angry Person <{ANGRY}>\n"
    "Sent: Friday, November 27, 2026 12:15 AM\n"
    "To: shop@myshop.example\n"
    "Subject: RE: Where is my refund\n\n"
    "I know where you live. Refund me or else.\n\n"
    f"From: Angry Person <{ANGRY}>\n"
    "Sent: Thursday, November 26, 2026 9:40 PM\n"
    "To: shop@myshop.example\n"
    "Subject: Where is my refund\n\n"
    "Still nothing. I will dispute the charge with my bank.\n"
)


def test_a_pasted_outlook_thread_is_logged_at_the_times_it_was_sent(
    shop: Services, angry_customer_id: int, clock: FakeClock
) -> None:
    clock.now = NOW
    report = shop.imports.import_pasted(angry_customer_id, OUTLOOK)
    contacts = [shop.contacts.get(item.contact_id) for item in report.imported]
    assert [(c.occurred_at, c.text[:14]) for c in contacts] == [
        (_local(2026, 11, 27, 0, 15), "I know where y"),
        (_local(2026, 11, 26, 21, 40), "Still nothing."),
    ]
    # Outlook writes the owner's own time, without its zone: read as hers, and said so.
    assert [item.warnings for item in report.imported] == [
        (_no_zone("Friday, November 27, 2026 12:15 AM", _local(2026, 11, 27, 0, 15)),),
        (_no_zone("Thursday, November 26, 2026 9:40 PM", _local(2026, 11, 26, 21, 40)),),
    ]
    # The import's report says the time each message was given.
    assert [item.source for item in report.imported] == [
        f"pasted text, message 1, sent {_local(2026, 11, 27, 0, 15):%Y-%m-%d %H:%M}",
        f"pasted text, message 2, sent {_local(2026, 11, 26, 21, 40):%Y-%m-%d %H:%M}",
    ]


def test_a_pasted_time_later_than_now_is_not_logged_in_the_future(
    shop: Services, angry_customer_id: int, clock: FakeClock
) -> None:
    # Mistyped, forged or misread, a time after now is told, and the message logged now.
    clock.now = NOW
    text = OUTLOOK.replace(
        "Friday, November 27, 2026 12:15 AM", "Friday, November 27, 2026 11:15 PM"
    )
    report = shop.imports.import_pasted(angry_customer_id, text)
    first = shop.contacts.get(report.imported[0].contact_id)
    assert first.occurred_at == NOW
    assert report.imported[0].warnings == (
        _no_zone("Friday, November 27, 2026 11:15 PM", _local(2026, 11, 27, 23, 15)),
        f"The time it gives reads as {_local(2026, 11, 27, 23, 15):%Y-%m-%d %H:%M}, later than "
        "now; now was used. Correct the contact if you know when it was sent.",
    )
    assert shop.contacts.get(report.imported[1].contact_id).occurred_at == _local(
        2026, 11, 26, 21, 40
    )
    assert report.imported[0].source == "pasted text, message 1"


def test_a_helpdesk_row_with_pm_or_later_than_now(
    shop: Services, angry_customer_id: int, clock: FakeClock, tmp_path: Path
) -> None:
    clock.now = NOW
    export = tmp_path / "tickets.csv"
    export.write_text(
        "Ticket ID,Created at,Requester email,Subject,Description\n"
        f'101,"Nov 26, 2026 9:40 PM",{ANGRY},Refund,Where is it\n'
        f'102,"November 26, 2027, 9:40 PM",{ANGRY},Refund,Answer me\n'
    )
    saved = NOW - timedelta(hours=1)
    os.utime(export, (saved.timestamp(), saved.timestamp()))
    report = shop.imports.run([str(export)])
    contacts = {i.source: shop.contacts.get(i.contact_id) for i in report.imported}
    assert contacts["tickets.csv, row 2"].occurred_at == _local(2026, 11, 26, 21, 40)
    assert contacts["tickets.csv, row 3"].occurred_at == saved
    [row3] = [i for i in report.imported if i.source == "tickets.csv, row 3"]
    assert any(
        w.startswith(f"Row 3: The time it gives reads as {_local(2027, 11, 26, 21, 40):%Y-%m-%d}")
        and "the file's date was used" in w
        for w in row3.warnings
    )


GMAIL_WEB = (
    f"Angry Person <{ANGRY}>\n"
    "\t\n"
    "Thu, Nov 26, 9:40 PM (8 hours ago)\n"
    "\t\n"
    "to me\n\n"
    "Still nothing. You people are useless.\n\n"
    f"Pat at the shop <{OWN}>\n"
    "Fri, Nov 27, 6:05 AM (18 minutes ago)\n"
    "to Angry\n\n"
    "We are looking into it.\n"
)


def test_a_gmail_web_copy_is_read_as_emails_with_their_senders_and_times(
    shop: Services, angry_customer_id: int, clock: FakeClock
) -> None:
    clock.now = NOW
    report = shop.imports.import_pasted(angry_customer_id, GMAIL_WEB)
    contacts = [shop.contacts.get(item.contact_id) for item in report.imported]
    assert [(c.occurred_at, c.direction.value, c.text) for c in contacts] == [
        (_local(2026, 11, 26, 21, 40), "inbound", "Still nothing. You people are useless."),
        (_local(2026, 11, 27, 6, 5), "outbound", "We are looking into it."),
    ]
    # Copied again an hour later ("9 hours ago"): nothing new.
    clock.now = NOW + timedelta(hours=1)
    again = GMAIL_WEB.replace("8 hours ago", "9 hours ago").replace("18 minutes", "1 hour")
    assert len(shop.imports.import_pasted(angry_customer_id, again).skipped) == 2


def test_a_gmail_web_message_from_today_gives_only_its_time() -> None:
    [message] = split_pasted(
        f"Angry Person <{ANGRY}>\n5:02 AM (1 hour ago)\nto me\n\nHello??\n", NOW
    )
    assert (message.sender_address, message.sent_at, message.text) == (
        ANGRY,
        _local(2026, 11, 27, 5, 2),
        "Hello??",
    )


def test_an_address_line_in_the_customers_words_does_not_split_them() -> None:
    # A customer quoting an address, then a time of their own, is still one message.
    text = (
        "Write to my lawyer, Sam Law <sam@law.example>\n"
        "Sam Law <sam@law.example>\n"
        "by Friday at the latest.\n"
        "Sam Law <sam@law.example>\n"
        "13:40 PM\n"
        "is when I call.\n"
    )
    [message] = split_pasted(text, NOW)
    assert message.text == text.strip() and message.sent_at is None


@pytest.mark.parametrize(
    "intro",
    [
        # Gmail (US) writes no comma between the time and the sender
        f"On Thu, Nov 26, 2026 at 9:40 PM Angry Person <{ANGRY}> wrote:",
        f"On Thu, 26 Nov 2026 at 21:40, Angry Person <{ANGRY}> wrote:",  # Gmail (UK)
        f"On 26 Nov 2026, at 21:40, Angry Person <{ANGRY}> wrote:",  # Apple Mail
        f"On 26/11/2026 21:40, Angry Person <{ANGRY}> wrote:",  # Thunderbird
    ],
)
def test_a_quoted_reply_names_its_sender_and_time(intro: str) -> None:
    messages = split_pasted(f"Fine.\n\n{intro}\n> I will dispute the charge.\n", NOW)
    assert [(m.sender_address, m.sent_at, m.text) for m in messages] == [
        ("", None, "Fine."),
        (ANGRY, _local(2026, 11, 26, 21, 40), "I will dispute the charge."),
    ]


def _dated_mail(date: str) -> bytes:
    return (
        "Received: from mail.example.net by mx.halebikes.example with ESMTPS; "
        "Tue, 24 Nov 2026 02:13:00 +0000\r\n"
        "From: Victor Hale <v.hale@example.net>\r\nTo: anna@halebikes.example\r\nSubject: x\r\n"
        f"Date: {date}\r\nMessage-ID: <pm@example.net>\r\n\r\nWhere is my bike?\r\n"
    ).encode()


@pytest.mark.parametrize(
    "date",
    [
        "Mon, 23 Nov 2026 9:12:00 PM -0500",
        "Mon, 23 Nov 2026 09:12 PM EST",
        "Mon, 23 Nov 2026 9:12:00 PM -0500 (EST)",
        "Tue, 24 Nov 2026 4:12:00 AM GMT+2",
    ],
)
def test_a_mail_date_on_a_twelve_hour_clock_keeps_its_half_of_the_day_and_its_zone(
    date: str,
) -> None:
    """Python's mail reader took "PM" for the zone and dropped both: 21:12 at -0500 was
    logged as 09:12 UTC, 17 hours early, with a warning that the date had no zone."""
    found = parse_email(_dated_mail(date), "pm.eml")
    assert found.occurred_at == datetime(2026, 11, 24, 2, 12, tzinfo=UTC)
    assert found.warnings == []


def test_a_twelve_hour_date_with_a_zone_steady_does_not_know_says_so_and_keeps_pm() -> None:
    date = "Mon, 23 Nov 2026 9:12:00 PM XYZ"
    found = parse_email(_dated_mail(date).replace(b"Received", b"X-Seen"), "pm.eml")
    assert found.occurred_at == datetime(2026, 11, 23, 21, 12, tzinfo=UTC)
    assert found.warnings == [
        f"The date “{date}” gives a time zone Steady does not know (“XYZ”); it was read as UTC "
        "and may be several hours off."
    ]


def test_a_whatsapp_web_copy_gives_each_message_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """WhatsApp Web copies the time before the date ("[10:30, 12/11/2026] Name: …"); the date
    is read day first, as WhatsApp's exports are, unless it cannot be."""
    chat = (
        "[10:30, 12/11/2026] Rex Marlow: Where is my bike?\n"
        "[10:32, 12/11/2026] Anna Hale: It will be ready tomorrow.\n"
        "[9:05 PM, 13/11/2026] Rex Marlow: I know where you live.\n"
        "[21:06, 11/25/26] Rex Marlow: Answer me."
    )
    messages = split_pasted(chat, now=NOW, zone=UTC)
    assert [(m.sender, m.sent_at) for m in messages] == [
        ("Rex Marlow", datetime(2026, 11, 12, 10, 30, tzinfo=UTC)),
        ("Anna Hale", datetime(2026, 11, 12, 10, 32, tzinfo=UTC)),
        ("Rex Marlow", datetime(2026, 11, 13, 21, 5, tzinfo=UTC)),
        ("Rex Marlow", datetime(2026, 11, 25, 21, 6, tzinfo=UTC)),
    ]
    assert [m.note for m in messages] == [
        f"The time “{m.sent}” gives no time zone; it was read as your local time (UTC+00:00)."
        for m in messages
    ]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Mon, 23 Nov 2026 09:12:00 GMT+2", datetime(2026, 11, 23, 7, 12, tzinfo=UTC)),
        ("2026-11-23T09:12:00Z", datetime(2026, 11, 23, 9, 12, tzinfo=UTC)),
        ("2026-11-23T09:12:00+01:00", datetime(2026, 11, 23, 8, 12, tzinfo=UTC)),
    ],
)
def test_a_mail_date_with_a_zone_the_mail_reader_did_not_know_is_read_with_it(
    date: str, expected: datetime
) -> None:
    """These were read as UTC ("GMT+2", two hours off) or not at all (ISO: the file's time)."""
    raw = _dated_mail(date).replace(b"Received", b"X-Seen")
    found = parse_email(raw, "zone.eml")
    assert (found.occurred_at, found.warnings) == (expected, [])
