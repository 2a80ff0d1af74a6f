"""When a photo or screenshot was taken, as its EXIF data says, and what the owner must be told
about it.

EXIF's DateTimeOriginal is the camera's wall clock with no zone. A phone also writes
OffsetTimeOriginal (EXIF 2.31); with it the moment is exact. Without it the time is read as the
owner's local time, and the owner is told so, since a photo taken abroad or on a camera never
set to local time is then off by hours. A date no camera could have meant (a clock never set,
"0000:00:00", a month 13, text in some other encoding) is never turned into a moment: the
owner is told it was unreadable and the file's time is offered instead. Nor is a date long
before the customer's first contact (with none known, years before today): the sender of a
photo, or a camera clock never set right, would otherwise choose the day the packet says the
customer made contact; the owner is told the photo's date and the file's time is offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from app.core.clock import english_day, zone_label
from app.core.clock_changes import read_local

# (the time's tag, its offset's tag, the IFD it sits in: True for the EXIF IFD)
_TIME_TAGS = (
    (0x9003, 0x9011, True),  # DateTimeOriginal, OffsetTimeOriginal
    (0x9004, 0x9012, True),  # DateTimeDigitized, OffsetTimeDigitized
    (0x0132, 0x9010, False),  # DateTime (the file's last change), OffsetTime
)
_SHAPE = re.compile(r"([0-9]{4}):([0-9]{2}):([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")
_OFFSET = re.compile(r"([+-])([0-9]{2}):([0-9]{2})")
# Before the first consumer digital cameras: a clock that was never set (1970, 1980...).
_FIRST_YEAR = 1990
# Photos of damage or of a post are taken while the trouble goes on, days or weeks before the
# owner starts logging it; one taken more than a year before is not the time of this contact.
FAR_BEFORE = timedelta(days=365)
# With no contact to go by, only a photo from another decade is refused: a shop's evidence of
# this year's trouble is not that old, and an honest photo of last year's stays as taken.
LONG_AGO = timedelta(days=3653)


@dataclass(frozen=True)
class ExifTime:
    """The moment the photo gives (None: none that can be trusted) and what to tell the owner
    about it ("" when the photo gave its own zone)."""

    moment: datetime | None
    note: str = ""
    own_zone: bool = False  # the photo gave its time zone with the time (an OffsetTime tag)


def _text(value: object) -> str | None:
    """An EXIF ASCII value as text; None for anything else (bytes in another encoding)."""
    if isinstance(value, bytes):
        try:
            value = value.decode("ascii")
        except UnicodeDecodeError:
            return None
    if not isinstance(value, str):
        return None
    return value.strip().rstrip("\x00").strip()


def _offset(value: object) -> timezone | None:
    found = _OFFSET.fullmatch(_text(value) or "")
    if found is None:
        return None
    hours, minutes = int(found[2]), int(found[3])
    if hours > 14 or minutes >= 60:  # no zone on Earth is further from UTC
        return None
    span = timedelta(hours=hours, minutes=minutes)
    return timezone(-span if found[1] == "-" else span)


def _wall(text: str) -> datetime | None:
    found = _SHAPE.fullmatch(text)
    if found is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in found.groups())
    try:
        wall = datetime(year, month, day, hour, minute, second)
    except ValueError:  # month 13, hour 99, 0000:00:00...
        return None
    return wall if wall.year >= _FIRST_YEAR else None


def too_early(moment: datetime, now: datetime, first_contact: datetime | None) -> str:
    """What to tell the owner when the photo's time is far before the customer's first contact
    (else "")."""
    if first_contact is not None and first_contact < now:
        since, span = first_contact, FAR_BEFORE
        before = f"a year before the customer's first contact ({english_day(since.astimezone())})"
    else:
        since, span, before = now, LONG_AGO, "ten years before today"
    if moment >= since - span:
        return ""
    return (
        f"The photo says it was taken on {english_day(moment)} {moment:%H:%M}, more than "
        f"{before}: a camera clock set wrong, or an older picture. It was not used as "
        "the time of the contact."
    )


def exif_time(
    tags: dict[int, object],
    exif_ifd: dict[int, object],
    now: datetime,
    first_contact: datetime | None = None,
) -> ExifTime:
    """The capture time in a photo's EXIF tags (`tags` its main IFD, `exif_ifd` its EXIF IFD),
    checked against `now` (a time in the future is a camera clock set wrong) and the customer's
    `first_contact` when known (a time long before it is not this contact's)."""
    unreadable = ""
    refused = ""
    for time_tag, offset_tag, in_exif_ifd in _TIME_TAGS:
        source = exif_ifd if in_exif_ifd else tags
        raw = source.get(time_tag)
        if raw is None:
            continue
        text = _text(raw)
        wall = _wall(text) if text is not None else None
        if wall is None:
            unreadable = unreadable or (f"“{text}”" if text else "not readable text")
            continue
        zone = _offset(source.get(offset_tag))
        own_zone = zone is not None
        if zone is not None:
            moment = wall.replace(tzinfo=zone)
            note = ""
        else:
            moment, clock_note = read_local(wall)
            note = (
                "The photo gives no time zone: its time is read as your local time "
                f"(UTC{zone_label(moment)}). {clock_note}"
            ).strip()
        if moment > now.astimezone(UTC) + timedelta(days=1):
            unreadable = unreadable or f"“{text}”, in the future"
            continue
        early = too_early(moment, now.astimezone(UTC), first_contact)
        if early:
            refused = refused or early
            continue
        return ExifTime(moment, note, own_zone)
    if refused:
        return ExifTime(None, refused)
    if unreadable:
        return ExifTime(None, f"The date inside the photo ({unreadable}) is not a real date.")
    return ExifTime(None)


__all__ = ["FAR_BEFORE", "LONG_AGO", "ExifTime", "exif_time", "too_early"]
