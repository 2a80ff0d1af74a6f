"""The same message sent again and again is shown as one group; near-copies count."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.domain import Category, Channel, Direction
from app.log.repeats import group_repeats
from app.services import Services
from tests.helpers.fixtures import inbound
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


def test_posts_on_one_platform_name_it(make_contact: MadeContact) -> None:
    start = datetime(2026, 6, 10, 12, 57, tzinfo=UTC)
    on_x = [
        make_contact(
            start + timedelta(minutes=i),
            channel=Channel.SOCIAL,
            text=QUESTION,
            url=f"https://x.com/tmorrow/status/{100 + i}",
        )
        for i in range(3)
    ]
    assert group_repeats(on_x)[0].what() == "the same message 3 times on X (Twitter)"
    # One copy elsewhere: Steady cannot name a single platform, so it names the channel.
    mixed = [
        *on_x,
        make_contact(
            start + timedelta(minutes=5),
            channel=Channel.SOCIAL,
            text=QUESTION,
            url="https://www.facebook.com/p/1",
        ),
    ]
    assert group_repeats(mixed)[0].what() == "the same message 4 times on social media"


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


def test_a_copy_that_adds_a_threat_is_not_the_same_message(make_contact: MadeContact) -> None:
    """The other side's lawyer: "the same message 4 times" must not hide that one copy
    threatened the owner."""
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    same = [make_contact(start + timedelta(minutes=i), text=QUESTION) for i in range(3)]
    for added in (" I will find you.", " Watch your back.", " You'll pay for this.", " Idiots."):
        worse = make_contact(start + timedelta(minutes=5), text=QUESTION + added)
        groups = group_repeats([*same, worse])
        assert [g.ids for g in groups] == [tuple(c.id for c in same)], added


def test_a_changed_word_still_counts_but_a_new_sentence_does_not(
    make_contact: MadeContact,
) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    copies = [
        make_contact(start, text=QUESTION),
        make_contact(start + timedelta(minutes=1), text=QUESTION.replace("Why", "WHY,")),
        make_contact(start + timedelta(minutes=2), text=QUESTION.replace("banned", "blocked")),
    ]
    longer = make_contact(
        start + timedelta(minutes=3), text=QUESTION + " And refund the last three orders too."
    )
    groups = group_repeats([*copies, longer])
    assert [g.ids for g in groups] == [tuple(c.id for c in copies)]


@pytest.mark.parametrize(
    ("said", "other"),
    [
        ("Please refund me 20 dollars for the broken lamp today.", ("20", "2000")),
        ("Please refund me twenty dollars for the broken lamp today.", ("twenty", "two hundred")),
        ("Please refund my order 48213 for the broken lamp today.", ("48213", "48312")),
        ("Please refund me for the broken lamp by Friday at the latest.", ("Friday", "Monday")),
        ("Please refund me for the broken lamp by 1 June at the latest.", ("June", "July")),
        ("Please refund me for the broken lamp, I do want my money back.", ("do", "do not")),
        ("I did order the broken lamp, refund me for it today please.", ("did", "didn't")),
    ],
)
def test_a_copy_with_another_number_date_or_a_not_is_its_own_message(
    make_contact: MadeContact, said: str, other: tuple[str, str]
) -> None:
    start = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    same = [
        make_contact(start + timedelta(minutes=i), Category.DISPROPORTIONATE_DEMAND, text=text)
        for i, text in enumerate((said, said, said.replace(".", "!")))
    ]
    changed = make_contact(
        start + timedelta(minutes=3),
        Category.DISPROPORTIONATE_DEMAND,
        text=said.replace(other[0], other[1], 1),
    )
    assert changed.text != said
    groups = group_repeats([*same, changed])
    assert [g.ids for g in groups] == [tuple(c.id for c in same)], other


def test_copies_flagged_differently_are_not_one_message(make_contact: MadeContact) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    plain = [make_contact(start + timedelta(minutes=i), text=QUESTION) for i in range(3)]
    flagged = make_contact(
        start + timedelta(minutes=4), Category.THREAT_PHYSICAL, text=QUESTION, severity=5
    )
    assert [g.ids for g in group_repeats([*plain, flagged])] == [tuple(c.id for c in plain)]


def test_staff_notes_and_replies_never_join_a_customers_group(make_contact: MadeContact) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    asked = [make_contact(start + timedelta(minutes=2 * i), text=QUESTION) for i in range(3)]
    reply = make_contact(start + timedelta(minutes=1), direction=Direction.OUTBOUND, text=QUESTION)
    call = make_contact(start + timedelta(minutes=5), channel=Channel.PHONE, text=QUESTION)
    visit = make_contact(start + timedelta(minutes=3), channel=Channel.IN_PERSON, text=QUESTION)
    assert [g.ids for g in group_repeats([*asked, reply, call, visit])] == [
        tuple(c.id for c in asked)
    ]


def test_two_customers_sending_the_same_words_are_never_one_group(
    make_contact: MadeContact,
) -> None:
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    first = [make_contact(start + timedelta(minutes=2 * i), text=QUESTION) for i in range(3)]
    second = [
        replace(make_contact(start + timedelta(minutes=2 * i + 1), text=QUESTION), customer_id=99)
        for i in range(3)
    ]
    groups = group_repeats([*first, *second])
    assert sorted(g.ids for g in groups) == sorted(
        [tuple(c.id for c in first), tuple(c.id for c in second)]
    )


def test_a_long_history_still_finds_long_repeated_emails(
    services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A very long log is assessed from a lighter form that drops long words no other rule
    reads; repeated messages are found from every word as the log is read."""
    monkeypatch.setattr("app.standing.assessment.LONG_HISTORY", 2)
    text = "Dear team, " + "I have asked about my parcel many times and nobody answers. " * 5
    start = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
    ids = [
        services.contacts.log(
            customer_id, inbound(text, start + timedelta(minutes=i), summary="Parcel, again")
        )
        for i in range(6)  # six in an hour: a burst's pace
    ]
    view = services.assessor.view(customer_id)
    assert [g.ids for g in view.repeats] == [tuple(ids)]
    (burst,) = [sign for sign in view.assessment.signs if sign.key == "burst"]
    assert "the same message 6 times by email" in burst.reason


@pytest.mark.parametrize(
    "odd",
    [
        "Refund my money today or I come with a gun myself",  # a weapon no threat list names
        "Refund my money today or I come with acid myself",
        "Refund my money today or I come to k\u200bill you myself",  # an invisible space
        "Refund my money today or I come to ｋｉｌｌ you myself",  # full-width letters
        "Refund my money today or I come to k\u0456ll you myself",  # a Cyrillic і
        "Refund my money today or I come to collect it myself, idiots",  # abuse
        "Refund my money today or I come to smash your windows myself",
    ],
)
def test_a_copy_whose_changed_words_threaten_is_never_the_same_message(
    make_contact: MadeContact, odd: str
) -> None:
    """Four copies ask for the money; the odd one says how the customer will come for it. It is
    its own message, not one of "the same message 5 times"."""
    base = "Refund my money today or I come to collect it myself"
    start = datetime(2026, 11, 4, 10, 0, tzinfo=UTC)
    texts = [base, base, odd, base.upper(), base + "!!"]
    made = [make_contact(start + timedelta(minutes=7 * i), text=t) for i, t in enumerate(texts)]
    groups = group_repeats(made)
    assert [g.ids for g in groups] == [tuple(c.id for i, c in enumerate(made) if i != 2)]
