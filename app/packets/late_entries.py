"""Records entered into Steady long after the date they carry: an action (a warning above all),
a policy's wording, a customer's agreement. A packet prints the day each was entered, as it
does for a contact logged late, so a line typed in after the dispute never reads as if it had
been written down at the time; and a termination ground resting on such a warning says so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from app.core.clock import shown_time
from app.packets.contact_data import LATE_LOGGING
from app.packets.data import WarningGiven
from app.standing.action_records import Action
from app.standing.records import Ground

WARNING_GROUND = "no-change-after-warning"


def entered_late(moment: datetime, entered: datetime | None) -> bool:
    """Entered more than two days after its date, the rule contacts follow."""
    return entered is not None and entered - moment > LATE_LOGGING


def entered_words(moment: datetime, entered: datetime | None) -> str:
    """ "entered into Steady on 2026-11-27" for a late entry, "" for a timely one."""
    if entered is None or not entered_late(moment, entered):
        return ""
    return f"entered into Steady on {shown_time(entered):%Y-%m-%d}"


def with_entered(shown: str, moment: datetime, entered: datetime | None) -> str:
    """A date as printed, with when it was entered when that was late: "… (entered …)"."""
    words = entered_words(moment, entered)
    return f"{shown} ({words})" if words else shown


def grounds_on_late_warnings(
    grounds: Sequence[Ground],
    warnings: Sequence[WarningGiven],
    happened: Mapping[int, datetime],
) -> tuple[Ground, ...]:
    """The grounds, the warning ground saying so when the warning it counts from was entered
    late: the other side will hold that against it, so the packet says it first, and says no
    more than is true. `warnings`: every warning the packet knows of, those outside its period
    included; `happened`: when each contact in the packet happened, by id."""
    ground = next((g for g in grounds if g.key == WARNING_GROUND), None)
    if ground is None or ground.since is None:
        return tuple(grounds)
    # The ground's own warning; were two recorded for that moment, one entered on time is
    # enough to rest on.
    first = min(
        (w for w in warnings if w.occurred_at == ground.since),
        key=lambda w: w.entered_at or w.occurred_at,
        default=None,
    )
    if first is None or not entered_late(first.occurred_at, first.entered_at):
        return tuple(grounds)
    assert first.entered_at is not None
    days = (first.entered_at - first.occurred_at).days
    told = (
        f" The warning dated {shown_time(first.occurred_at):%Y-%m-%d} was entered into Steady "
        f"on {shown_time(first.entered_at):%Y-%m-%d}, {days} days later"
    )
    counted = [happened[i] for i in ground.contact_ids if i in happened]
    told += _before_entry(sum(1 for moment in counted if moment < first.entered_at), len(counted))
    told += (
        "; it is recorded as an action, not as a logged message to the customer."
        if first.contact_id is None
        else f" (contact #{first.contact_id})."
    )
    return tuple(
        replace(ground, reason=ground.reason + told) if ground.key == WARNING_GROUND else ground
        for ground in grounds
    )


def _before_entry(before: int, counted: int) -> str:
    """How many of the contacts the ground counts happened before the warning was entered:
    "all of them" only when it is so."""
    if before == 0:
        return ""
    if before < counted:
        return f", after {before} of the {counted} contacts counted here happened"
    return (
        ", after the contact counted here happened"
        if counted == 1
        else (", after the contacts counted here happened")
    )


def entered(action: Action) -> tuple[datetime, datetime | None]:
    """An action's date and when it was entered, for `with_entered`."""
    return action.occurred_at, action.recorded_at
