"""The minutes logged with a sent reply are the time the owner worked on it, not the hours
between starting it in the evening and sending it the next morning."""

from __future__ import annotations

from app.services import Services
from tests.helpers.fixtures import FakeClock

DRAFT = "Dear Morwenna,\n\nThe refund went out today.\n\nKind regards,\nJordan Ellis"


def _type_for(business: Services, reply, clock: FakeClock, minutes: int) -> None:  # type: ignore[no-untyped-def]
    """The editor saves within a second of each change: a save every 20 seconds of typing."""
    for _ in range(minutes * 3):
        clock.advance(seconds=20)
        reply.draft += "."
        business.replies.save(reply)


def test_a_reply_started_at_night_and_written_next_morning(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)  # the evening: the cooling-off starts
    clock.advance(minutes=16)
    business.replies.save(reply)  # the owner opens the reply, then closes it for the night
    clock.advance(hours=10)
    business.replies.save(reply)  # the next morning, back at it
    reply.draft = DRAFT
    _type_for(business, reply, clock, 10)
    contact_id = business.replies.mark_sent(reply, "clipboard", [])
    assert business.contacts.get(contact_id).minutes == 10


def test_the_pause_and_long_breaks_are_not_counted_but_long_work_is(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    for _ in range(15):  # saved during the cooling-off: the pause is not writing time
        clock.advance(minutes=1)
        business.replies.save(reply)
    clock.advance(minutes=1)
    reply.draft = DRAFT
    _type_for(business, reply, clock, 90)
    clock.advance(minutes=30)  # lunch with the window open
    _type_for(business, reply, clock, 60)
    again = business.replies.get(reply.id or 0)  # what was counted is kept with the reply
    assert again.worked_seconds == reply.worked_seconds
    contact_id = business.replies.mark_sent(reply, "clipboard", [])
    # 90 + 60 minutes of typing, and the minute after the pause with the reply open.
    assert business.contacts.get(contact_id).minutes == 151
    assert reply.worked_seconds == 151 * 60 - 20  # the first save after lunch starts afresh
