"""The same message sent again and again is shown as one group; near-copies count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.core.domain import Channel, Direction
from app.log.repeats import group_repeats
from tests.helpers.standing_fixtures import MadeContact

QUESTION = "Why was my account banned? Unban me immediately or I will tell everyone."


def test_twenty_three_posts_in_an_hour_are_one_group(make_contact: MadeContact) -> None:
    zone = ZoneInfo("Europe/London")
    start = datetime(2026, 6, 10, 12, 57, tzinfo=UTC)  # 13:57 in London
    posts = [
        make_contact(start + timedelta(minutes=i * 52 / 22), channel=Channel.SOCIAL, text=QUESTION)
        for i in range(23)
    ]
    groups = group_repeats(posts)
    assert len(groups) == 1
    assert groups[0].ids == tuple(p.id for p in posts)
    assert groups[0].describe(zone) == (
        "the same message 23 times on social media on Wed 10 Jun 2026 between 13:57 and 14:49"
    )


def test_near_copies_across_channels_count(make_contact: MadeContact) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    texts = [
        QUESTION,
        QUESTION.upper(),
        QUESTION.replace("immediately", "right now") + "!!!",
        "why was my account BANNED?? unban me immediately or i will tell everyone",
    ]
    channels = [Channel.EMAIL, Channel.SOCIAL, Channel.CHAT, Channel.EMAIL]
    made = [
        make_contact(start + timedelta(minutes=10 * i), channel=c, text=t)
        for i, (t, c) in enumerate(zip(texts, channels, strict=True))
    ]
    other = make_contact(start + timedelta(minutes=5), text="Where is my parcel? It is late.")
    groups = group_repeats([*made, other])
    assert [g.ids for g in groups] == [tuple(c.id for c in made)]
    assert groups[0].describe(UTC, with_day=False) == (
        "the same message 4 times by email and on social media and in chat between 09:00 and 09:30"
    )


def test_replies_calls_and_copies_days_apart_are_not_grouped(make_contact: MadeContact) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    replies = [
        make_contact(start + timedelta(minutes=i), direction=Direction.OUTBOUND, text=QUESTION)
        for i in range(3)
    ]
    calls = [
        make_contact(start + timedelta(minutes=i), channel=Channel.PHONE, text=QUESTION)
        for i in range(3)
    ]
    weekly = [make_contact(start + timedelta(days=7 * i), text=QUESTION) for i in range(3)]
    assert group_repeats([*replies, *calls, *weekly]) == []
