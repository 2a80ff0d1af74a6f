"""Who wrote each piece of a pasted thread or chat: a piece "from the shop" quoted inside the
customer's own message is his claim, logged as his until the owner confirms; a chat line is
the business's when its name is the owner's or the business's (Settings), and an unknown
second speaker is the customer's, with a warning naming them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Channel, Customer, Direction
from app.importing.batch_report import ImportReport
from app.services import Services
from tests.helpers.fixtures import FakeClock

OWN = "owner@shop.example"
THREAT = "Rex, come near my shop again and I will break your legs."
OUTLOOK = f"""From: Rex Hostile <rex@example.com>
Sent: Monday, October 26, 2026 11:05 PM
To: Hale Bikes <{OWN}>
Subject: RE: Refund

Fine, whatever. I kept a copy of what you sent me.

From: Hale Bikes <{OWN}>
Sent: Monday, October 26, 2026 11:00 PM
To: Rex Hostile <rex@example.com>
Subject: RE: Refund

{THREAT}
"""
GMAIL_QUOTE = f"""See what your shop wrote to me? I am keeping this.

On Mon, Oct 26, 2026 at 11:00 PM Hale Bikes <{OWN}> wrote:
> {THREAT}
"""
OURS_ON_TOP = f"""From: Hale Bikes <{OWN}>
Sent: Monday, October 26, 2026 11:10 PM
To: Rex Hostile <rex@example.com>
Subject: RE: Refund

Please do not write to us like this again.

From: Rex Hostile <rex@example.com>
Sent: Monday, October 26, 2026 11:05 PM
To: Hale Bikes <{OWN}>
Subject: RE: Refund

I will make you pay for this.
"""
CHAT = """[26/10/2026 10:30] Dana Hale: We cannot refund a used item, sorry.
[26/10/2026 10:31] Rex: Then I will kill you.
[26/10/2026 10:32] Dana Hale: Please do not write like that.
"""


@pytest.fixture
def rex(services: Services) -> int:
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Dana Hale"}
    )
    return services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


def _logged(services: Services, report: ImportReport) -> list[tuple[Direction, str]]:
    contacts = [services.contacts.get(item.contact_id) for item in report.imported]
    return [(contact.direction, contact.text) for contact in contacts]


@pytest.mark.parametrize("pasted", [OUTLOOK, GMAIL_QUOTE], ids=["outlook-block", "gmail-quote"])
def test_a_shop_message_quoted_inside_the_customers_paste_is_his_until_confirmed(
    services: Services, rex: int, pasted: str
) -> None:
    report = services.imports.import_pasted(rex, pasted)
    assert (Direction.INBOUND, THREAT) in _logged(services, report)
    assert Direction.OUTBOUND not in [direction for direction, _ in _logged(services, report)]
    quoted = report.imported[1]
    assert quoted.doubted.startswith("It says it is from Hale Bikes <owner@shop.example>, but ")
    assert "it is quoted inside pasted message 1" in quoted.doubted
    assert quoted.doubted in quoted.warnings
    services.imports.sent_by_owner.confirm(quoted.contact_id)
    assert services.contacts.get(quoted.contact_id).direction is Direction.OUTBOUND


def test_the_owners_own_reply_on_top_of_a_pasted_thread_is_still_hers(
    services: Services, rex: int
) -> None:
    report = services.imports.import_pasted(rex, OURS_ON_TOP)
    assert _logged(services, report) == [
        (Direction.OUTBOUND, "Please do not write to us like this again."),
        (Direction.INBOUND, "I will make you pay for this."),
    ]
    assert not any(item.doubted for item in report.imported)


def test_the_owners_chat_lines_are_the_business_writing_with_her_name_kept(
    services: Services, rex: int
) -> None:
    report = services.imports.import_pasted(rex, CHAT, Channel.CHAT)
    assert _logged(services, report) == [
        (Direction.OUTBOUND, "We cannot refund a used item, sorry."),
        (Direction.INBOUND, "Then I will kill you."),
        (Direction.OUTBOUND, "Please do not write like that."),
    ]
    staff = [services.contacts.get(item.contact_id).details.staff for item in report.imported]
    assert staff == ["Dana Hale", "", "Dana Hale"]
    assert not any(item.doubted for item in report.imported)


def test_the_business_name_in_a_chat_is_the_business_too(services: Services, rex: int) -> None:
    chat = CHAT.replace("Dana Hale:", "Hale Bikes:")
    report = services.imports.import_pasted(rex, chat, Channel.CHAT)
    directions = [direction for direction, _ in _logged(services, report)]
    assert directions == [Direction.OUTBOUND, Direction.INBOUND, Direction.OUTBOUND]


def test_beside_the_customer_a_second_speaker_is_the_business_answering(
    db_path: Path,
) -> None:
    """Settings without the owner's name, or a member of staff answering: in a chat of the
    customer and one other, the other is the business."""
    services = open_services(db_path, FakeClock())
    services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    try:
        report = services.imports.import_pasted(1, CHAT, Channel.CHAT)
        assert [d for d, _ in _logged(services, report)] == [
            Direction.OUTBOUND,
            Direction.INBOUND,
            Direction.OUTBOUND,
        ]
        assert not any(item.doubted for item in report.imported)
    finally:
        services.close()


def test_a_third_speaker_is_logged_as_the_customers_and_named(db_path: Path) -> None:
    """The customer, the business's known name and someone else: nothing tells who that is."""
    services = open_services(db_path, FakeClock())
    services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    services.settings.update({"owner_name": "Anna Hale"})
    try:
        chat = CHAT + "[26/10/2026 10:33] Anna: I have called the police.\n"
        report = services.imports.import_pasted(1, chat, Channel.CHAT)
        assert [d for d, _ in _logged(services, report)] == [
            Direction.INBOUND,
            Direction.INBOUND,
            Direction.INBOUND,
            Direction.OUTBOUND,
        ]
        first = report.imported[0]
        assert first.doubted.startswith(
            "“Dana Hale” in the chat is neither your name, your business's, nor the customer's"
        )
        assert first.doubted in first.warnings
        # "Rex" is the customer's first name, "Anna" the owner's: nothing to ask about them.
        assert report.imported[1].doubted == "" and report.imported[3].doubted == ""
    finally:
        services.close()
