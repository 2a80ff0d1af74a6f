"""A time in pasted mail or chat written without its zone, on the night the clocks change:
one the clocks went through twice, or skipped, is flagged to the owner with the moment taken
and the other, never moved without a word. A Date: line with its offset is exact and needs
no note. The zones are set here (zoneinfo), never taken from the machine."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.core.domain import Channel
from app.importing.helpdesk_csv import ColumnMapping, row_message
from app.importing.paste import split_pasted
from app.services import Services

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)
TWICE_IN_NEW_YORK = (
    "01:30 on 1 November 2026 happened twice (the clocks went back): the first time (EDT, "
    "UTC−4) was taken. If it was the second (EST, UTC−5), correct the contact's time."
)


def _no_zone(written: str, offset: str) -> str:
    """What the owner is told first of a pasted time written without its zone."""
    return f"The time “{written}” gives no time zone; it was read as your local time (UTC{offset})."


def _outlook(sent: str) -> str:
    return (
        "From: Pat Example <pat@example.com>\n"
        f"Sent: {sent}\n"
        "To: shop@example.com\n"
        "Subject: your shop\n\n"
        "I know when you close.\n"
    )


def test_an_outlook_time_that_happened_twice_is_flagged_with_both_readings() -> None:
    [message] = split_pasted(_outlook("Sunday, 1 November 2026 01:30"), NOW, NEW_YORK)
    assert message.sent_at is not None
    assert message.sent_at.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert (
        message.note == f"{_no_zone('Sunday, 1 November 2026 01:30', '-04:00')} {TWICE_IN_NEW_YORK}"
    )


def test_a_date_line_with_its_offset_is_exact_and_not_flagged() -> None:
    for written in ("Sun, 1 Nov 2026 01:30:00 -0500", "Sun, 1 Nov 2026 01:30:00 -0400"):
        text = _outlook("x").replace("Sent: x", f"Date: {written}")
        [message] = split_pasted(text, NOW, NEW_YORK)
        assert message.sent_at == datetime.strptime(written, "%a, %d %b %Y %H:%M:%S %z")
        assert message.note == ""


def test_a_wrote_line_on_the_repeated_hour_is_flagged_and_an_ordinary_one_is_not() -> None:
    reply = (
        "Stop writing to me.\n\nOn 1 November at 01:30, Pat <pat@example.com> wrote:\n> Or else."
    )
    [ours, theirs] = split_pasted(reply, NOW, NEW_YORK)
    assert ours.text == "Stop writing to me." and ours.note == ""
    assert theirs.sender_address == "pat@example.com" and theirs.text == "Or else."
    assert theirs.note == f"{_no_zone('1 November at 01:30', '-04:00')} {TWICE_IN_NEW_YORK}"
    ordinary = reply.replace("1 November at 01:30", "2 November at 10:00")
    [_, theirs] = split_pasted(ordinary, NOW, NEW_YORK)
    assert theirs.sent_at == datetime(2026, 11, 2, 10, 0, tzinfo=NEW_YORK)
    assert theirs.note == _no_zone("2 November at 10:00", "-05:00")


def test_a_time_the_clocks_skipped_is_flagged_not_moved_silently() -> None:
    [message] = split_pasted(_outlook("Sunday, 29 March 2026 02:30"), NOW, BERLIN)
    assert message.sent_at is not None
    assert message.sent_at.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert message.note == _no_zone("Sunday, 29 March 2026 02:30", "+02:00") + (
        " 02:30 on 29 March 2026 does not exist (the clocks went forward from 02:00 to 03:00): "
        "03:30 (CEST, UTC+2) was taken. Check the contact's time."
    )


def test_chat_times_dated_by_the_line_or_the_day_above_are_flagged_too() -> None:
    dated = "[25/10/2026 02:30] Pat: you will see\n[25/10/2026 03:10] Pat: tonight"
    first, later = split_pasted(dated, NOW, BERLIN)
    assert first.note.startswith(
        f"{_no_zone('25/10/2026 02:30', '+02:00')} 02:30 on 25 October 2026 happened twice"
    )
    assert "the first time (CEST, UTC+2) was taken" in first.note
    assert later.note == _no_zone("25/10/2026 03:10", "+01:00")
    by_day = "25/10/2026\n[02:30] Pat: you will see\n[02:45] Pat: tonight"
    notes = [m.note for m in split_pasted(by_day, NOW, BERLIN)]
    assert [n.split(" happened twice")[0].split(". ")[-1] for n in notes] == [
        "02:30 on 25 October 2026",
        "02:45 on 25 October 2026",
    ]


def test_the_import_report_carries_the_note_and_the_contact_the_first_reading(
    services: Services, customer_id: int
) -> None:
    services.imports.zone = NEW_YORK
    report = services.imports.import_pasted(
        customer_id, _outlook("Sunday, 1 November 2026 01:30"), Channel.EMAIL
    )
    [item] = report.imported
    written = "Sunday, 1 November 2026 01:30"
    assert f"{_no_zone(written, '-04:00')} {TWICE_IN_NEW_YORK}" in item.warnings
    contact = services.contacts.get(item.contact_id)
    assert contact.occurred_at.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert contact.details.occurred_tz == "-04:00"


def test_a_helpdesk_row_at_0130_that_night_is_flagged_in_its_row() -> None:
    mapping = ColumnMapping({"when": "Created", "text": "Message"})
    row = {"Created": "11/01/2026 01:30", "Message": "I know when you close."}
    found = row_message(row, mapping, 7, zone=NEW_YORK)
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert found.warnings == [f"Row 7: {TWICE_IN_NEW_YORK}"]
    row["Created"] = "2026-11-01 01:30 -0500"
    exact = row_message(row, mapping, 7, zone=NEW_YORK)
    assert exact.occurred_at == datetime(2026, 11, 1, 6, 30, tzinfo=UTC) and exact.warnings == []
