"""The assessment's repeated-contact sign tells copies of one message as one group."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.core.domain import Channel, Customer
from app.standing.assessment import assess
from tests.helpers.standing_fixtures import MadeContact

QUESTION = "Why was my account banned? Unban me immediately or I will tell everyone."


def test_the_same_message_23_times_in_an_hour_is_one_finding(
    someone: Customer, make_contact: MadeContact
) -> None:
    zone = ZoneInfo("Europe/London")
    start = datetime(2026, 6, 10, 12, 57, tzinfo=UTC)  # 13:57 in London
    posts = [
        make_contact(
            start + timedelta(minutes=i * 52 / 22),
            channel=Channel.SOCIAL,
            text=QUESTION if i % 3 else QUESTION.upper() + "!!",
        )
        for i in range(23)
    ]
    a = assess(someone, posts, now=start + timedelta(days=1), hourly_rate=Decimal("40"), zone=zone)
    sign = next(s for s in a.signs if s.key == "burst")
    assert sign.reason.startswith("Wed 10 Jun 2026: ")
    assert "the same message 23 times on social media between 13:57 and 14:49" in sign.reason
    assert set(sign.contact_ids) == {p.id for p in posts}  # each copy is still its own exhibit
