"""Reading a time as people and helpdesks write it: ISO, RFC 2822, and the common forms.

A time without a zone is taken as the laptop's local time (see zone_left_out for why, and
what the owner is told); RFC 5322's "-0000" is a time in UTC whose writer did not say his own
zone, not a time without one. Slashed dates are ambiguous:
helpdesk exports (US-made) write month first, chat exports (WhatsApp) day first.

Dates with the month's English name are read here rather than by strptime, whose month
names follow the laptop's language, and before the lenient RFC 2822 reader, which takes
"Thursday, November 26, 2026 9:40 PM" and drops the "PM". They cover what Outlook, Apple
Mail, Gmail (its copied web page too) and Thunderbird write in English, day first or month
first: "Thursday, 26 November 2026 21:40", "Thu, Nov 26, 2026 at 9:40 PM", "26 November
2026 at 21:40:12 GMT", "Thu, Nov 26, 9:40 PM (8 hours ago)". A date written without its
year (as Gmail writes this year's) is in the latest year that does not put it after now.
German, French and Spanish ones ("Montag, 23. November 2026 um 14:05") are put in English
words first (app/importing/date_words.py).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from app.core.clock import zone_label
from app.core.clock_changes import read_local
from app.importing.date_words import date_in_english

_COMMON = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d",
)
_MONTH_FIRST = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y, %H:%M")
_DAY_FIRST = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y, %H:%M")

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_HALF_DAY = re.compile(r"\d\s*[ap]\.?m\.?(?![a-z])", re.IGNORECASE)
_CLOCK = (
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<half>[ap])\.?m\.?)?"
)
_ZONE = r"(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5}|[+-]\d{4}"
_NAMED = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]{3,9})\.?"
    r"|(?P<month_first>[a-z]{3,9})\.?\s+(?P<day_second>\d{1,2})(?:st|nd|rd|th)?)"
    r",?(?:\s+(?P<year>\d{4}))?,?(?:\s+at)?\s+" + _CLOCK + r"(?:\s+(?P<zone>" + _ZONE + "))?"
    # A zone's name after its offset ("-0500 (EST)"), as mail servers write it.
    r"(?:\s*\([a-z ]{1,40}\))?"
    r"(?:\s*\([^()]*\bago\))?$",
    re.IGNORECASE,
)
# The zones mail programs write as letters (RFC 2822's list, and Britain's and Europe's).
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2,
}  # fmt: skip


def _month(word: str) -> int | None:
    word = word.lower()
    for number, name in enumerate(_MONTHS, start=1):
        if word == name or (len(word) in (3, 4) and name.startswith(word)):
            return number
    return None


def clock_time(hour: int, minute: int, second: int = 0, half: str = "") -> time | None:
    """A time of day; `half` is "a" or "p" for a 12-hour clock ("9:40 PM")."""
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    offset = re.fullmatch(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?", text, re.IGNORECASE)
    if offset:
        # "GMT+2" as mail and web pages write it: two hours ahead of Greenwich.
        minutes = int(offset[2]) * 60 + int(offset[3] or 0)
        if minutes >= 24 * 60:
            return None
        return timezone(timedelta(minutes=minutes if offset[1] == "+" else -minutes))
    hours = _ZONES.get(text.upper())
    return None if hours is None else timezone(timedelta(hours=hours))


def _named(text: str, now: datetime | None) -> datetime | None:
    """A date with the month's name and a time: None when the text is not one (or is
    impossible, as "31 February" or "13:40 PM" are)."""
    match = _NAMED.match(text)
    if not match:
        return None
    month = _month(match["month"] or match["month_first"])
    clock = clock_time(
        int(match["hour"]), int(match["minute"]), int(match["second"] or 0), match["half"] or ""
    )
    zone = _zone(match["zone"])
    if month is None or clock is None or (match["zone"] and zone is None):
        return None
    day = int(match["day"] or match["day_second"])
    now = (now or datetime.now()).astimezone()
    years = [int(match["year"])] if match["year"] else [now.year, now.year - 1]
    for year in years:
        try:
            moment = datetime.combine(datetime(year, month, day).date(), clock, zone)
        except ValueError:
            continue  # 29 February in a year without one
        if match["year"] or moment.astimezone() <= now + timedelta(days=1):
            return moment
    return None


_AFTER_HALF_DAY = re.compile(r"^(?P<clock>.*\d\s*[ap]\.?m\.?)\s+(?P<zone>\S.*)$", re.IGNORECASE)


def twelve_hour_date(text: str, now: datetime | None = None) -> tuple[datetime | None, str]:
    """A mail's Date written with a 12-hour clock ("Mon, 23 Nov 2026 9:12:00 PM -0500"), and
    the zone it gives that Steady does not know ("" when none). The RFC 2822 reader misreads
    these: it takes "PM" for the zone and drops both, so 21:12 at -0500 became 09:12 UTC.
    None when `text` has no AM/PM or is no such date; without a known zone, no tzinfo."""
    text = " ".join(text.split())
    if not _HALF_DAY.search(text):
        return None, ""
    moment = _named(text, now)
    if moment is not None:
        return moment, ""
    parts = _AFTER_HALF_DAY.match(text)
    if parts is None:
        return None, ""
    return _named(parts["clock"], now), parts["zone"]


def zoned_time(text: str) -> datetime | None:
    """The time `text` gives when it names its zone ("2026-11-23T09:12:00Z", "Mon, 23 Nov
    2026 09:12:00 GMT+2"), else None: for a mail Date the RFC 2822 reader could not place."""
    moment = _written(text, False, None)
    if moment is None or moment.tzinfo is None:
        return None
    try:
        moment.astimezone(UTC)  # 31 Dec 9999 west of Greenwich is past the last year
    except OverflowError:
        return None
    return moment


_CLOCK_WRITTEN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_COMMENT = re.compile(r"\([^()]*\)")
# RFC 5322: "-0000" is UTC, the writer's own zone not given (Python's formatdate writes it).
UNSAID_ZONE = "-0000"


def zone_written(text: str) -> str:
    """The zone a mail Date gives after its time of day, as written ("-0500", "EST", "XYZ",
    UNSAID_ZONE), "" when it gives none: a comment ("(UTC)"), "PM" and the year asctime
    writes last ("Mon Nov 23 09:12:00 2026") are not one."""
    text = _COMMENT.sub(" ", text)
    clocks = list(_CLOCK_WRITTEN.finditer(text))
    if not clocks:
        return ""
    rest = re.sub(r"(?<![+-])\b\d{4}\b", " ", text[clocks[-1].end() :])
    rest = re.sub(r"^\s*[ap]\.?m\.?(?![a-z])", " ", rest, flags=re.IGNORECASE)
    return " ".join(rest.split())


# What every note of a time read without its zone says after the words it names.
ZONE_LEFT_OUT = "gives no time zone; it was read as your local time"


def zone_left_out(written: str, moment: datetime, why: str = "") -> str:
    """What the owner is told of a time written without its zone, read as her local time:
    "The date “…” gives no time zone; it was read as your local time (UTC+01:00)", `why`
    after it. `written` names the text as her window does ("The date “…”", "It")."""
    said = f"{written} {ZONE_LEFT_OUT} "
    return f"{said}({zone_read_in(moment)}){why}."


def zone_read_in(moment: datetime) -> str:
    """The zone a time written without one was read in, as the owner is told it: "UTC+01:00"."""
    return f"UTC{zone_label(moment)}"


@dataclass(frozen=True)
class ReadAsLocal:
    """A message's time written without its zone, read as the owner's local time, when its
    note says nothing more of that moment (no clock change): the zone it was read in
    ("UTC+01:00"), and the note among the message's warnings that says so. A window that
    says it once for many messages reads these, never the note's words."""

    zone: str
    note: str


def unzoned_time(text: str, now: datetime | None = None) -> datetime | None:
    """The wall time `text` gives when it names no zone ("2026-11-23T14:05:00", "Montag, 23.
    November 2026 09:12"), without a zone; None for any other text."""
    moment = _written(text, False, now)
    return moment if moment is not None and moment.tzinfo is None else None


def read_written_time(
    text: str, day_first: bool = False, now: datetime | None = None, zone: tzinfo | None = None
) -> datetime | None:
    """The time `text` gives, or None. `now` completes a date written without its year;
    a time written without its zone is read in `zone` (None: the laptop's)."""
    return noted_written_time(text, day_first, now, zone)[0]


def noted_written_time(
    text: str,
    day_first: bool = False,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    *,
    say_zone: bool = False,
) -> tuple[datetime | None, str]:
    """The time `text` gives (or None), and what the owner must be told about it: a local
    time the clocks skipped or went through twice is read as one moment, and the note names
    the moment taken and the other (see app/core/clock_changes.py); with `say_zone`, that a
    time written without its zone was read as her local time. A time given with its offset
    ("Date: Sun, 1 Nov 2026 01:30 -0500") is exact and needs no note."""
    moment, said, clock_note = _noted(text, day_first, now, zone)
    return moment, " ".join(filter(None, (said if say_zone else "", clock_note)))


def pasted_time(
    text: str, now: datetime | None = None, zone: tzinfo | None = None
) -> tuple[datetime | None, str, ReadAsLocal | None]:
    """As `noted_written_time` with `say_zone`, day first as chats write, and, when the time
    gave no zone and no clock changed at it, how it was read as local time."""
    moment, said, clock_note = _noted(text, True, now, zone)
    note = " ".join(filter(None, (said, clock_note)))
    local = ReadAsLocal(zone_read_in(moment), note) if moment and said and not clock_note else None
    return moment, note, local


def _noted(
    text: str, day_first: bool, now: datetime | None, zone: tzinfo | None
) -> tuple[datetime | None, str, str]:
    """The time `text` gives, that it was read as local time (when it gave no zone) and what
    a clock change made of it."""
    moment = _written(text, day_first, now)
    if moment is None or moment.tzinfo is not None:
        return moment, "", ""
    try:
        local, clock_note = read_local(moment, zone)
    except (OverflowError, ValueError, OSError):
        return None, "", ""  # the last day of 9999 or the first of year 1: no real time
    return local, zone_left_out(f"The time “{' '.join(text.split())}”", local), clock_note


# WhatsApp Web's copy puts the time before the date: "[10:30, 12/11/2026] Pat: …".
_CLOCK_FIRST = re.compile(
    _CLOCK + r",\s*(?P<first>\d{1,2})[./-](?P<second_part>\d{1,2})[./-](?P<year>\d{4}|\d{2})$",
    re.IGNORECASE,
)


def _clock_first(text: str, day_first: bool) -> datetime | None:
    """A time then its date, the date read in the order the other chat forms are (day first
    for chats), the other order when that one cannot be a date."""
    match = _CLOCK_FIRST.match(text)
    if not match:
        return None
    clock = clock_time(
        int(match["hour"]), int(match["minute"]), int(match["second"] or 0), match["half"] or ""
    )
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    first, second = int(match["first"]), int(match["second_part"])
    orders = ((first, second), (second, first)) if day_first else ((second, first), (first, second))
    for day, month in orders:
        try:
            return None if clock is None else datetime.combine(datetime(year, month, day), clock)
        except ValueError:
            continue
    return None


def _written(text: str, day_first: bool, now: datetime | None) -> datetime | None:
    """The time `text` gives, without a zone when it was written without one; in English, or
    German, French or Spanish words (app/importing/date_words.py)."""
    text = " ".join(text.split())
    if not text:
        return None
    moment = _read(text, day_first, now)
    if moment is None and (english := date_in_english(text)) != text:
        moment = _read(english, day_first, now)
    return moment


def _read(text: str, day_first: bool, now: datetime | None) -> datetime | None:
    moment: datetime | None = _clock_first(text, day_first)
    if moment is not None:
        return moment
    with contextlib.suppress(ValueError):
        moment = datetime.fromisoformat(re.sub(r"(Z| UTC)$", "+00:00", text))
    if moment is None:
        moment = _named(text, now)
    if moment is None and not _HALF_DAY.search(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None and moment.tzinfo is None and zone_written(text) == UNSAID_ZONE:
            moment = moment.replace(tzinfo=UTC)
    if moment is None:
        cleaned = re.sub(r"^[A-Za-z]+,\s*", "", text).replace(" at ", " ")
        slashed = (_DAY_FIRST + _MONTH_FIRST) if day_first else (_MONTH_FIRST + _DAY_FIRST)
        for pattern in _COMMON + slashed:
            for candidate in (text, cleaned):
                try:
                    moment = datetime.strptime(candidate, pattern)
                    break
                except ValueError:
                    continue
            if moment is not None:
                break
    return moment


# The year of a mail date as written: the first number of three or four digits that is not
# part of a time of day or a zone ("Mon, 01 Jan 0001 10:00:00 +0000", "Mon Jan 1 10:00 0001").
_MAIL_YEAR = re.compile(r"(?<![\d:+-])(\d{3,4})(?![\d:])")


def mail_date(text: str) -> datetime:
    """The time a mail's Date line gives, as Python's reader reads it, but in the year as
    written: that reader takes every year below 100 for a two-digit one, and a forger's
    "0001" would be logged as 2001, a plausible date, instead of one no mail was sent on.
    Raises ValueError (or TypeError, IndexError) when it cannot be read."""
    moment = parsedate_to_datetime(text)
    written = _MAIL_YEAR.search(text)
    if written is not None and int(written[1]) < 100 and moment.year != int(written[1]):
        return moment.replace(year=int(written[1]))  # no year 0: a ValueError
    return moment


# A clock a few minutes fast is not a message from the future.
_SLACK = timedelta(minutes=5)


def later_than_now(moment: datetime | None, now: datetime, fallback: str) -> str:
    """What to tell the owner when a written time is later than now (else ""): such a time
    is misread (or mistyped by the other side), so it is not logged as given."""
    if moment is None or moment <= now + _SLACK:
        return ""
    return (
        f"The time it gives reads as {moment.astimezone():%Y-%m-%d %H:%M}, later than now; "
        f"{fallback} was used. Correct the contact if you know when it was sent."
    )
