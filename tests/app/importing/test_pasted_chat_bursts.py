"""A pasted chat: the same words sent several times in the same minute are separate messages,
and times written without a date ("[10:32]") are placed on the day the paste gives, or today."""

from __future__ import annotations

from datetime import datetime

from app.core.domain import Channel
from app.importing.batch import Importer
from app.importing.paste import split_pasted
from app.services import Services

NOW = datetime(2026, 11, 27, 15, 0).astimezone()  # mid-afternoon wherever the test runs
BURST = (
    "[10:32] Pat: where is my refund\n[10:32] Pat: where is my refund\n"
    "[10:32] Pat: where is my refund\n[10:33] Pat: answer me"
)


def _local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute).astimezone()


def _offset(moment: datetime | None) -> str:
    """ "+01:00": the offset the owner's window names a zone by."""
    written = moment.strftime("%z") if moment else ""
    return f"{written[:3]}:{written[3:]}"


def test_a_burst_of_the_same_words_is_every_message_at_its_own_time(
    shop: Services, angry_customer_id: int
) -> None:
    importer = Importer(shop.store, lambda: NOW)
    report = importer.import_pasted(angry_customer_id, BURST, Channel.CHAT)
    assert report.summary() == "Imported 4, skipped 0 already there, failed 0."
    contacts = [shop.contacts.get(item.contact_id) for item in report.imported]
    assert [(c.text, c.occurred_at) for c in contacts] == [
        ("where is my refund", _local(2026, 11, 27, 10, 32)),
        ("where is my refund", _local(2026, 11, 27, 10, 32)),
        ("where is my refund", _local(2026, 11, 27, 10, 32)),
        ("answer me", _local(2026, 11, 27, 10, 33)),
    ]
    assert report.imported[0].warnings == (
        "The time “10:32” has no date; today's date was used. It gives no time zone; it was "
        f"read as your local time (UTC{_offset(NOW)}).",
    )
    again = importer.import_pasted(angry_customer_id, BURST, Channel.CHAT)
    assert again.summary() == "Imported 0, skipped 4 already there, failed 0."


def test_a_time_not_yet_come_today_is_yesterday_and_a_date_line_gives_the_day() -> None:
    early = datetime(2026, 11, 27, 8, 0).astimezone()
    [late, first] = split_pasted("[23:58] Pat: are you there\n[07:59] Pat: hello??", early)
    assert late.sent_at == _local(2026, 11, 26, 23, 58)
    assert late.note == (
        "The time “23:58” has no date; yesterday's date was used. It gives no time zone; it "
        f"was read as your local time (UTC{_offset(late.sent_at)})."
    )
    assert first.sent_at == _local(2026, 11, 27, 7, 59)
    messages = split_pasted(
        "Monday, 2 March 2026\n[10:32] Pat: hi\n[9:05 pm] Me: hello\n\n03/03/2026\n"
        "[09:00] Pat: I paid on\n02/03/2026\nand still nothing\nYesterday\n[10:00] Pat: well?",
        early,
    )
    assert [(m.text, m.sent_at) for m in messages] == [
        ("hi", _local(2026, 3, 2, 10, 32)),
        ("hello", _local(2026, 3, 2, 21, 5)),
        # A date inside a message is the customer's words, not a new day.
        ("I paid on\n02/03/2026\nand still nothing", _local(2026, 3, 3, 9, 0)),
        ("well?", _local(2026, 11, 26, 10, 0)),
    ]
    # Dated by the line above: only the zone was the owner's, and that is said.
    assert [m.note.split(";")[0] for m in messages] == [
        f"The time “{m.sent}” gives no time zone" for m in messages
    ]


def test_a_chat_message_keeps_its_paragraphs() -> None:
    [first, second] = split_pasted(
        "[10:32] Pat: I paid on Monday.\n\nYou have until Friday.\n\n[10:33] Me: ok", NOW
    )
    assert first.text == "I paid on Monday.\n\nYou have until Friday."
    assert second.text == "ok"
