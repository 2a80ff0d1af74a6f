"""The owner's time on a reply, as it is logged with the reply sent (the cost of the
customer: minutes × hourly rate). It counts the time the reply was worked on, from one save
of the work to the next (the editor saves within a second of each change, and on every step
and on closing), and leaves out any gap longer than a few minutes: the night between an
evening start and a morning send, or the walk step 1 asks for, is not the owner's work."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.reply.steps import ReplyState

# Longer than this with nothing changed, and the owner was away, not writing.
AWAY_AFTER = timedelta(minutes=5)


def note_work(state: ReplyState, now: datetime) -> None:
    """The reply is being saved at `now`: count the time since the last save if it was work."""
    if state.is_finished or state.is_cooling(now):
        state.worked_at = None  # the pause step 1 asks for is not time spent writing
        return
    if state.worked_at is not None:
        gap = now - state.worked_at
        if timedelta(0) < gap <= AWAY_AFTER:
            state.worked_seconds += int(gap.total_seconds())
    state.worked_at = now


def minutes_spent(state: ReplyState) -> int:
    """Whole minutes, at least one once any work was counted."""
    if state.worked_seconds <= 0:
        return 0
    return max(1, round(state.worked_seconds / 60))
