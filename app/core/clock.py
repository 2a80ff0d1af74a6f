"""Time: stored in UTC, shown in local time, printed with its zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from app.core.clock_changes import clock_change
from app.core.errors import InvalidInputError

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def to_storage(moment: datetime) -> str:
    """UTC text that sorts in time order; naive times are taken as local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_storage(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def zone_label(moment: datetime) -> str:
    """The zone a time was given in, as an offset like +01:00 (kept beside the UTC value)."""
    offset = moment.utcoffset() if moment.tzinfo else None
    if offset is None:
        offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    total = int(offset.total_seconds())
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{sign}{total // 3600:02d}:{total % 3600 // 60:02d}"


class RecordedZone(tzinfo):
    """The fixed offset a time was logged in ("-05:00"). A time carrying it is shown in it
    wherever it is shown: a packet printed on a laptop set to another zone still gives the
    day and hour the owner logged, the ones the phone bill and the email headers give."""

    def __init__(self, label: str) -> None:
        sign = -1 if label.startswith("-") else 1
        hours, _, minutes = label.lstrip("+-").partition(":")
        self.label = label
        self._offset = sign * timedelta(hours=int(hours), minutes=int(minutes or 0))
        if abs(self._offset) >= timedelta(hours=24):
            raise ValueError(label)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self._offset

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return f"UTC{self.label}"

    def __getinitargs__(self) -> tuple[str]:
        return (self.label,)

    def __repr__(self) -> str:
        return f"RecordedZone({self.label!r})"


def in_recorded_zone(moment: datetime, zone: str) -> datetime:
    """`moment` as it was logged, in `zone` ("+01:00"); unchanged when no zone was kept."""
    try:
        return moment.astimezone(RecordedZone(zone.strip()))
    except ValueError:
        return moment


def shown_time(moment: datetime) -> datetime:
    """`moment` in the zone it is to be shown in: the zone it was logged in when it carries
    one (see RecordedZone), else the owner's own."""
    if isinstance(moment.tzinfo, RecordedZone):
        return moment
    return moment.astimezone()


def stamped(moment: datetime) -> str:
    """ "2026-11-20 17:00 UTC-05:00": a time in the zone it is shown in, with that zone."""
    local = shown_time(moment)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"


def parse_user_time(text: str) -> datetime:
    """Read an ISO date or date-time typed by a person; no zone means their local time."""
    cleaned = text.strip().replace(" ", "T", 1)
    if cleaned.endswith("Z"):
        cleaned = cleaned[:-1] + "+00:00"
    moment = datetime.fromisoformat(cleaned)
    if moment.tzinfo is None:
        moment = _local_reading(moment)
    return moment


def _local_reading(typed: datetime) -> datetime:
    """The one moment a local time names. A time the clocks skipped (spring forward) or went
    through twice (fall back) names none or two: the C library would silently move it an
    hour, so the owner is told and given the time or times it can be."""
    change = clock_change(typed)
    if change is None:
        return typed.astimezone()
    if change.skipped is None:
        first, second = change.readings
        raise InvalidInputError(
            f"{typed:%Y-%m-%d %H:%M} happened twice in your time zone (the clocks went back "
            f"that night): {_reading(first)} or {_reading(second)}? Type it with its zone: "
            f"{first.isoformat(timespec='minutes')} or {second.isoformat(timespec='minutes')}."
        )
    meant = change.readings[0]
    start, end = change.skipped
    raise InvalidInputError(
        f"{typed:%Y-%m-%d %H:%M} does not exist in your time zone: the clocks went forward "
        f"from {start:%H:%M} to {end:%H:%M} that night. Did you mean {_reading(meant)}? "
        f"Type {meant:%Y-%m-%dT%H:%M}."
    )


def _reading(moment: datetime) -> str:
    """ "01:30 EDT (UTC-04:00)"; a zone with no name of its own ("+11") by its offset only."""
    name = moment.tzname() or ""
    named = f" {name}" if name and name[0] not in "+-" else ""
    return f"{moment:%H:%M}{named} (UTC{zone_label(moment)})"


def show_local(moment: datetime, with_zone: bool = False) -> str:
    local = moment.astimezone()
    text = local.strftime("%Y-%m-%d %H:%M")
    if with_zone:
        text += f" {local.tzname() or zone_label(local)}"
    return text


# How a day is written in sentences Steady makes ("Warned on Mon 24 Aug 2026"). The window
# sets the owner's own form at start so its sentences read like its date fields; the command
# line and the packets keep this one.
_day_style: list[Callable[[datetime], str]] = []


def use_day_style(style: Callable[[datetime], str] | None) -> None:
    """Write days in sentences with `style` (None: Steady's own form)."""
    _day_style[:] = [style] if style else []


def show_day(local: datetime) -> str:
    """A day in a sentence, for a time already in the owner's zone."""
    if _day_style:
        return _day_style[0](local)
    return english_day(local)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())


def english_day(local: datetime) -> str:
    """ "Mon 24 Aug 2026" whatever the language of the computer: strftime's names follow the
    C library's locale, which the window sets from the owner's, and Steady's sentences are
    English."""
    month = MONTH_ABBREVIATIONS[local.month - 1]
    # A forged "0001" reads as the year it is, never as a day of the month.
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {month} {local.year:04d}"


__all__ = [
    "MONTH_ABBREVIATIONS",
    "UTC",
    "Clock",
    "RecordedZone",
    "english_day",
    "from_storage",
    "in_recorded_zone",
    "local_zone",
    "parse_user_time",
    "show_day",
    "show_local",
    "shown_time",
    "stamped",
    "system_clock",
    "timezone",
    "to_storage",
    "use_day_style",
    "zone_label",
]
