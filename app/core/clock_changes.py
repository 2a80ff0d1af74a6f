"""A local time on the night the clocks change: one the clocks skipped (spring forward) names
no moment, one they went through twice (fall back) names two. Whoever reads such a time, a
person typing it or Steady reading it from pasted mail, must not let the C library silently
move it an hour: the owner is asked which reading, or told which was taken.

`zone` is the zone the time is read in: a zoneinfo zone, or None for the laptop's own (the
one the window's date fields use)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def shown_in(instant: datetime, zone: tzinfo | None) -> datetime:
    """`instant` in `zone`, with that moment's fixed offset and the zone's name for it."""
    if zone is None:
        return instant.astimezone()
    moment = instant.astimezone(zone)
    name = moment.tzname()
    offset = _offset(moment)
    return moment.astimezone(timezone(offset, name) if name else timezone(offset))


def _aware(wall: datetime, fold: int, zone: tzinfo | None) -> datetime:
    """`wall` read with `fold` in `zone`, as the moment it names, shown in that zone."""
    if zone is None:
        return wall.replace(tzinfo=None, fold=fold).astimezone()
    return shown_in(wall.replace(tzinfo=zone, fold=fold).astimezone(UTC), zone)


def _offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta(0)


@dataclass(frozen=True)
class ClockChange:
    """What a local time `wall` names when the clocks changed around it.

    Repeated (fall back): `readings` holds the first time and the second, in time order.
    Skipped (spring forward): `readings` holds the one time it most likely means (the wall
    time read on the old offset, 02:30 read as 03:30), and `skipped` the local times the
    clocks jumped from and to."""

    wall: datetime
    readings: tuple[datetime, ...]
    skipped: tuple[datetime, datetime] | None = None

    @property
    def repeated(self) -> bool:
        return self.skipped is None

    def question(self) -> str:
        """One calm line for the owner: which of the two readings, or which time instead."""
        day = f"{self.wall.day} {_MONTHS[self.wall.month - 1]}"
        if self.skipped is None:
            first, second = self.readings
            return (
                f"{self.wall:%H:%M} happens twice on {day} (clocks go back): the first time "
                f"({short_zone(first)}) or the second ({short_zone(second)})?"
            )
        start, end = self.skipped
        meant = self.readings[0]
        return (
            f"{self.wall:%H:%M} does not exist on {day}: the clocks went forward from "
            f"{start:%H:%M} to {end:%H:%M}. Did you mean {meant:%H:%M} ({short_zone(meant)})?"
        )


def short_zone(moment: datetime) -> str:
    """ "EDT, UTC−4", "CET, UTC+1", "UTC+10:30"; a zone with no name of its own ("+11") by its
    offset only."""
    total = int(_offset(moment).total_seconds()) // 60
    sign = "+" if total >= 0 else "\N{MINUS SIGN}"
    hours, minutes = divmod(abs(total), 60)
    offset = f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")
    name = moment.tzname() or ""
    if not name or name[0] in "+-" or name.startswith("UTC"):
        return offset
    return f"{name}, {offset}"


def clock_change(wall: datetime, zone: tzinfo | None = None) -> ClockChange | None:
    """None when the local time `wall` (its own zone, if any, is ignored) names exactly one
    moment in `zone`; else what the clocks did around it."""
    wall = wall.replace(tzinfo=None, fold=0)
    first, second = _aware(wall, 0, zone), _aware(wall, 1, zone)
    if _offset(first) == _offset(second):
        return None
    # The larger offset is the one before the clocks went back (EDT before EST), and the
    # smaller the one in force before they went forward.
    summer, winter = sorted((first, second), key=_offset, reverse=True)
    if first.replace(tzinfo=None) == wall and second.replace(tzinfo=None) == wall:
        return ClockChange(wall, (summer, winter))
    meant = shown_in(wall.replace(tzinfo=timezone(_offset(winter))), zone)
    return ClockChange(wall, (meant,), _skipped(wall, winter, summer, zone))


def _skipped(
    wall: datetime, earlier: datetime, later: datetime, zone: tzinfo | None
) -> tuple[datetime, datetime]:
    """The local hour the clocks skipped around `wall`: from the last minute of the old
    offset to the first of the new (02:00 to 03:00 in New York)."""
    before, after = _offset(earlier), _offset(later)
    low = (wall - after).replace(tzinfo=UTC)  # still on the old offset here
    high = (wall - before).replace(tzinfo=UTC)  # already on the new one here
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if _offset(shown_in(middle, zone)) == after:
            high = middle
        else:
            low = middle
    change = high.replace(second=0, microsecond=0)
    return (change + before).replace(tzinfo=None), (change + after).replace(tzinfo=None)


def read_local(wall: datetime, zone: tzinfo | None = None) -> tuple[datetime, str]:
    """The moment a local time read from text names, and what the owner must be told about
    it ("" when nothing): for a repeated time the first reading is taken, for a skipped one
    the time it most likely means, and the note says so and names the other."""
    change = clock_change(wall, zone)
    if change is None:
        return _aware(wall.replace(tzinfo=None, fold=0), 0, zone), ""
    day = f"{wall.day} {_MONTHS[wall.month - 1]} {wall.year}"
    if change.skipped is None:
        first, second = change.readings
        return first, (
            f"{wall:%H:%M} on {day} happened twice (the clocks went back): the first time "
            f"({short_zone(first)}) was taken. If it was the second ({short_zone(second)}), "
            "correct the contact's time."
        )
    start, end = change.skipped
    meant = change.readings[0]
    return meant, (
        f"{wall:%H:%M} on {day} does not exist (the clocks went forward from {start:%H:%M} "
        f"to {end:%H:%M}): {meant:%H:%M} ({short_zone(meant)}) was taken. Check the contact's "
        "time."
    )


__all__ = ["ClockChange", "clock_change", "read_local", "short_zone", "shown_in"]
