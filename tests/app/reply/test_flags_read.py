"""“I have read every flag and keep my wording” covers the flags read when it was ticked: words
flagged after it hold the reply at the review, at signing and at sending."""

from __future__ import annotations

from app.reply.readiness import accept_flags, blockers, flags_unread
from app.reply.steps import ReplyState, Step, state_from_dict, state_to_dict
from app.reply.tone import check_tone
from tests.helpers.fixtures import FakeClock

SIGNATURE = "Jordan Ellis\nOwner, Larkspur Lamps"
MILD = "Obviously the lamp shipped on 4 March.\n"
SIGNED = "\nKind regards,\nJordan Ellis\nOwner, Larkspur Lamps\n"
INSULT = "You are an idiot.\n"


def _state(clock: FakeClock, step: Step, draft: str) -> ReplyState:
    return ReplyState(
        customer_id=1,
        contact_id=2,
        cooling_started_at=clock(),
        cooling_minutes=0,
        step=step,
        draft=draft,
    )


def test_the_tick_covers_the_flags_read_and_no_more(clock: FakeClock) -> None:
    state = _state(clock, Step.REVIEW, MILD)
    read = check_tone(MILD)
    assert read and blockers(state, clock(), read, SIGNATURE)
    accept_flags(state, read, True)
    assert flags_unread(state, read) == []
    assert blockers(state, clock(), read, SIGNATURE) == []

    # The same mild word once more is a new flag, and so is an insult.
    state.draft = MILD + MILD + INSULT
    now = check_tone(state.draft)
    unread = flags_unread(state, now)
    assert unread[0].words == "Obviously" and len(unread) == len(now) - len(read)
    [reason] = blockers(state, clock(), now, SIGNATURE)
    assert "new since you ticked" in reason and "“Obviously”" in reason

    # Unticking forgets what was read.
    accept_flags(state, now, False)
    assert state.flags_read == {} and flags_unread(state, now) == now


def test_flags_found_after_the_review_hold_signing_and_sending(clock: FakeClock) -> None:
    for step in (Step.SIGN, Step.SEND):
        state = _state(clock, step, MILD + INSULT + SIGNED)
        accept_flags(state, check_tone(MILD), True)
        reasons = blockers(state, clock(), check_tone(state.draft), SIGNATURE)
        assert len(reasons) == 1 and reasons[0].startswith("Since the review the draft has")
        assert "idiot" in reasons[0] and "Obviously" not in reasons[0]
        # Without new words nothing holds it.
        state.draft = MILD + SIGNED
        assert blockers(state, clock(), check_tone(state.draft), SIGNATURE) == []


def test_what_was_read_is_kept_with_the_reply(clock: FakeClock) -> None:
    state = _state(clock, Step.REVIEW, MILD + MILD)
    accept_flags(state, check_tone(state.draft), True)
    again = state_from_dict(state_to_dict(state))
    assert again.flags_read == state.flags_read and sum(again.flags_read.values()) >= 2
    # A reply ticked before Steady kept the flags read has them all to read again.
    old = state_to_dict(state)
    del old["flags_read"]
    assert flags_unread(state_from_dict(old), check_tone(state.draft)) == check_tone(state.draft)
