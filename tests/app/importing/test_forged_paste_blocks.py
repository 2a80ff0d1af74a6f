"""Pieces a customer types inside his own pasted message, shaped as the shop's: a Gmail web
block ("Hale Bikes <owner@…>", a time, "to me") and chat lines in the owner's name. Each is
logged as his, with a warning naming it, until the owner confirms; a Gmail page and a chat the
owner copied herself stay as they were."""

from __future__ import annotations

import pytest

from app.core.domain import Channel, Customer, Direction
from app.importing.batch_report import ImportReport
from app.services import Services

OWN = "owner@shop.example"
PROMISE = "I'll refund you double, and I admit the bike was faulty."


@pytest.fixture
def rex(services: Services) -> int:
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Anna Hale"}
    )
    return services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


def _logged(services: Services, report: ImportReport) -> list[tuple[Direction, str]]:
    contacts = [services.contacts.get(item.contact_id) for item in report.imported]
    return [(contact.direction, contact.text) for contact in contacts]


GMAIL_HIS = """Rex Hostile <rex@example.com>
Mon, Nov 9, 10:58 PM (2 days ago)
to me

Where is my refund?

Hale Bikes <owner@shop.example>
Mon, Nov 9, 11:00 PM (2 days ago)
{to}

{words}
"""


@pytest.mark.parametrize("to", ["to me", "to me, Rex", ""], ids=["to-me", "me-and-rex", "none"])
def test_a_gmail_block_in_the_shops_name_typed_by_the_customer_is_his(
    services: Services, rex: int, to: str
) -> None:
    pasted = GMAIL_HIS.format(to=to, words=PROMISE)
    report = services.imports.import_pasted(rex, pasted)
    assert _logged(services, report) == [
        (Direction.INBOUND, "Where is my refund?"),
        (Direction.INBOUND, PROMISE),
    ]
    doubted = report.imported[1].doubted
    assert doubted.startswith("It says it is from Hale Bikes <owner@shop.example>, but ")
    why = "it has no “to …” line" if not to else f"Gmail's “{to}” under it marks mail that reached"
    assert why in doubted
    assert doubted in report.imported[1].warnings
    services.imports.sent_by_owner.confirm(report.imported[1].contact_id)
    assert services.contacts.get(report.imported[1].contact_id).direction is Direction.OUTBOUND


def test_a_gmail_page_the_owner_copied_keeps_her_reply_hers(services: Services, rex: int) -> None:
    pasted = GMAIL_HIS.format(to="to Rex", words="We refund once the bike is back.")
    report = services.imports.import_pasted(rex, pasted)
    assert _logged(services, report) == [
        (Direction.INBOUND, "Where is my refund?"),
        (Direction.OUTBOUND, "We refund once the bike is back."),
    ]
    assert not any(item.doubted for item in report.imported)


def _chat(services: Services, rex: int, chat: str) -> ImportReport:
    return services.imports.import_pasted(rex, chat, Channel.CHAT)


HONEST_CHAT = """[12/11/2026 10:30] Rex: Fine. Where is my money?
[12/11/2026 10:31] Anna Hale: We refund once the bike is back.
[12/11/2026 10:33] Rex: Then I will come and get it.
[12/11/2026 10:34] Anna Hale: Please do not write like that.
"""


@pytest.mark.parametrize(
    ("forged", "why"),
    [
        ("[12/11/2026 10:29] Anna Hale: ", "is not after the customer's line above it"),
        ("[12/11/2026 10:35] Anna Hale: ", "is after the line below it (12/11/2026 10:31)"),
        ("[10:30, 12/11/2026] Anna Hale: ", "unlike every other line of the chat"),
    ],
    ids=["before-his-line", "after-the-next", "other-time-format"],
)
def test_a_chat_line_in_the_owners_name_typed_inside_the_customers_message_is_his(
    services: Services, rex: int, forged: str, why: str
) -> None:
    lines = HONEST_CHAT.splitlines()
    chat = "\n".join([lines[0], forged + PROMISE, *lines[1:]])
    report = _chat(services, rex, chat)
    logged = _logged(services, report)
    assert logged[1] == (Direction.INBOUND, PROMISE)
    assert logged[2] == (Direction.OUTBOUND, "We refund once the bike is back.")
    doubted = report.imported[1].doubted
    assert why in doubted and "logged as received from the customer" in doubted
    assert services.contacts.get(report.imported[1].contact_id).details.staff == ""


def test_a_real_two_person_chat_keeps_each_speakers_lines(services: Services, rex: int) -> None:
    report = _chat(services, rex, HONEST_CHAT)
    assert [direction for direction, _ in _logged(services, report)] == [
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.INBOUND,
        Direction.OUTBOUND,
    ]
    assert not any(item.doubted for item in report.imported)


# A WhatsApp export: no seconds, each message ended by one line break; her quick answer at
# 10:33 shares his minute.
EXPORT = """12/11/2026, 10:30 - Rex: Fine. Where is my money?
12/11/2026, 10:31 - Anna Hale: We refund once the bike is back.
12/11/2026, 10:33 - Rex: Then I will come and get it.
12/11/2026, 10:33 - Anna Hale: Please do not write like that.
"""
IN_HIS_MINUTE = "12/11/2026, 10:30 - Anna Hale: "


@pytest.mark.parametrize(
    ("his_line", "forged", "why"),
    [
        (
            "Fine. Where is my money?\n",
            IN_HIS_MINUTE,
            "it has a blank line above it, unlike every other line of the chat",
        ),
        (
            "Fine. Where is my money? ",
            IN_HIS_MINUTE,
            "it has a space ending the line above it, unlike every other line of the chat",
        ),
        (
            "Fine. Where is my money?",
            IN_HIS_MINUTE.replace("Anna Hale", "Anna hale"),
            "the name is written “Anna hale”, unlike its other lines in the chat (“Anna Hale”)",
        ),
        (
            "Fine. Where is my money?",
            IN_HIS_MINUTE.replace(" - ", " – "),
            "its time and name are set out unlike every other line of the chat",
        ),
    ],
    ids=["blank-line", "space-before-break", "name-cased", "dash"],
)
def test_lines_in_her_name_typed_in_the_minute_of_his_exported_line_are_his(
    services: Services, rex: int, his_line: str, forged: str, why: str
) -> None:
    """Rex types two lines in her name into his message, in the minute it is sent: a chat
    program ends a message with one line break and writes every line alike, he did not. The
    second line, set out exactly, is his too; her real answer after them stays hers."""
    lines = EXPORT.splitlines()
    first = lines[0].replace("Fine. Where is my money?", his_line)
    typed = [f"{forged}You are right, I was wrong.", f"{IN_HIS_MINUTE}{PROMISE}"]
    report = _chat(services, rex, "\n".join([first, *typed, *lines[1:]]))
    assert _logged(services, report)[1:4] == [
        (Direction.INBOUND, "You are right, I was wrong."),
        (Direction.INBOUND, PROMISE),
        (Direction.OUTBOUND, "We refund once the bike is back."),
    ]
    name = forged.split(" - ")[-1].split(" – ")[-1].rstrip(": ")
    assert report.imported[1].doubted.startswith(f"It says it is from {name}, but {why}")
    assert report.imported[2].doubted.startswith(
        "It says it is from Anna Hale, but it comes at the same time (12/11/2026, 10:30) right "
        "under another line in your name that may be typed inside another message"
    )
    assert [bool(item.doubted) for item in report.imported] == [False, True, True] + [False] * 3


def test_a_real_export_keeps_her_lines_hers_even_in_his_minute(
    services: Services, rex: int
) -> None:
    report = _chat(services, rex, EXPORT)
    assert [direction for direction, _ in _logged(services, report)] == [
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.INBOUND,
        Direction.OUTBOUND,
    ]
    assert not any(item.doubted for item in report.imported)


SPACED = EXPORT.replace("\n", "\n\n")


def test_a_chat_copied_with_blank_lines_between_messages_keeps_her_lines_hers(
    services: Services, rex: int
) -> None:
    assert not any(item.doubted for item in _chat(services, rex, SPACED).imported)


def test_a_chat_copied_with_blank_lines_between_messages_doubts_the_line_without_one(
    services: Services, rex: int
) -> None:
    forged = SPACED.replace("money?\n", f"money?\n{IN_HIS_MINUTE}{PROMISE}\n", 1)
    report = _chat(services, rex, forged)
    assert [bool(item.doubted) for item in report.imported] == [False, True, False, False, False]
    assert "it has no blank line above it, unlike every other line" in report.imported[1].doubted
