"""When a mail reached the owner, not only when its sender says he wrote it.

The Date line is written by the sender and says what he likes: a threat back-dated to before
the owner's warning, a date in 2038 or in 1970. The top-most Received line is written by the
last hop, the owner's own mail server, when the message arrived, and the sender cannot change
it. Unless the Date is within minutes before the arrival (the time a message takes to be sent),
the arrival is the contact's time and the sender's date is kept beside it in what the owner is
told (and in the note on the kept original, which the packet prints): a sender who may move his
message hours earlier can put a threat before the owner's warning, which she cannot have given
after reading it. Both times are written with their offset from UTC and in UTC, so the stored
note cannot contradict a packet printed in another zone. With no Received line (a message saved from a mail
program that drops it) a date in the future or before 1990 is not used: the owner is told and
the file's time stands until he corrects it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.utils import parsedate_to_datetime

from app.core.clock import english_day
from app.core.clock_changes import read_local
from app.importing.written_time import (
    UNSAID_ZONE,
    twelve_hour_date,
    unzoned_time,
    zone_left_out,
    zone_written,
    zoned_time,
)

# A message is sent within minutes of its Date (a greylisting server makes it wait about this
# long); one queued longer reached the owner when it arrived, whatever its Date says. A Date
# after the arrival is a sender's clock a little fast.
TOLERANCE = timedelta(minutes=15)
_CLOCK_AHEAD = timedelta(minutes=5)
# A sender's clock a little ahead is common; a day ahead is not a clock, it is a date made up.
_FUTURE_SLACK = timedelta(days=1)
# Before mail reached shops: a clock never set (1970, 1980) or a date made up.
FIRST_YEAR = 1990
_NO_DATE_WARNINGS = ("The message has no date;", "The date “")


def _shown(moment: datetime) -> str:
    """ "Fri 13 Nov 2026 21:14 UTC+01:00 (20:14 UTC)" in the owner's zone, with its offset and
    the time in UTC: the note is stored text, printed in packets read in any zone (and reads
    the same in any language the window is in)."""
    try:
        local = moment.astimezone()
        in_utc = moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        local = in_utc = moment
    offset = local.utcoffset()
    if offset is None or not offset:
        return f"{english_day(in_utc)} {in_utc:%H:%M} UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    day = "" if in_utc.date() == local.date() else f"{english_day(in_utc)} "
    return f"{english_day(local)} {local:%H:%M} {zone} ({day}{in_utc:%H:%M} UTC)"


def _absurd(moment: datetime, now: datetime) -> str:
    """Why a date cannot be when the mail was sent ("" when it can)."""
    try:
        in_utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return "beyond any real date"
    if in_utc.year < FIRST_YEAR:
        return f"before {FIRST_YEAR}"
    if in_utc > now + _FUTURE_SLACK:
        return "in the future"
    return ""


_FETCHED = re.compile(r"\bwith\s+(?:POP3?S?|IMAPS?)\b|\bfetchmail\b", re.IGNORECASE)
# Where the receiving server's own words start: its last " by ". Before it, the "from" clause
# names the sending machine as that machine introduced itself, which the sender chooses.
_BY = re.compile(r"(?:^|\s)by\s", re.IGNORECASE)


def _fetched(line: str) -> bool:
    """Whether a Received line was written by a mail program fetching from a mailbox (POP3,
    IMAP, fetchmail), read only in the part the receiving side wrote: a sender who names his
    machine "fetchmail" must not make the owner's own server's line be passed over."""
    stamped = line.rsplit(";", 1)[0]
    found = list(_BY.finditer(stamped))
    return bool(found) and bool(_FETCHED.search(stamped, found[-1].start()))


def received_time(message: Message, now: datetime) -> datetime | None:
    """The time on the top-most Received line (the owner's own server), or None when there is
    none, or its date cannot be read or cannot be right."""
    for key, value in message.raw_items():
        if key.lower() != "received":
            continue
        # The top-most line only: the ones below it were handed over by the sender's side;
        # except a mail program fetching from the owner's own mailbox later (Gmail's "Check
        # mail from other accounts", fetchmail): her own server's line below it tells arrival.
        text = re.sub(r"\s+", " ", str(value))
        if _fetched(text):
            continue
        if ";" not in text:
            return None
        stamp = text.rsplit(";", 1)[1].strip()
        try:
            moment = parsedate_to_datetime(stamp)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return None if _absurd(moment, now) else moment
    return None


# Said of a Date written without its zone, read as the owner's local time: why that reading.
_WHY_LOCAL = (
    ", as a mail program that leaves the zone out writes its own clock's time, most likely in "
    "your zone; it is several hours off if the sender was elsewhere"
)


def _local(text: str, wall: datetime, warnings: list[str]) -> datetime:
    """A Date written without its zone, in any form, as the owner's local time, and why.

    One rule for every form: an RFC 2822 or asctime date, a 12-hour clock, ISO, a German or
    Finnish mail program's words. The sender's program wrote its own clock's time; a shop's
    customers mostly live where the shop is, so the owner's zone is the likeliest, and a
    server's UTC clock is the exception (its Received line then shows the hours between)."""
    try:
        local, clock_note = read_local(wall)
    except (OverflowError, ValueError, OSError):
        # The first or last day of year 1 or 9999: no local time, and no real date either,
        # which arrival_time then says.
        return wall.replace(tzinfo=UTC)
    warnings.append(
        f"{zone_left_out(f'The date “{text}”', local, _WHY_LOCAL)} {clock_note}".strip()
    )
    return local


def _unsaid(text: str, moment: datetime) -> datetime:
    """A "-0000" Date in the owner's zone: the time is UTC, but "-0000" says the sender's own
    zone is unknown, so the contact is not shown as if it was written in UTC ("+0000")."""
    if zone_written(text) != UNSAID_ZONE:
        return moment
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def _date_line(
    text: str, read_date: Callable[[str, list[str]], datetime | None], warnings: list[str]
) -> datetime | None:
    """The time a Date line gives: one with a 12-hour clock read here, with its zone (the
    standard reader takes "PM" for the zone and drops both), the others by `read_date`; one
    without a zone as the owner's local time (_local)."""
    moment, unknown_zone = twelve_hour_date(text)
    if moment is None:
        said: list[str] = []
        moment = read_date(text, said)
        if moment is not None and moment.tzinfo is None:
            return _local(text, moment, warnings)
        if said and text and (zoned := zoned_time(text)) is not None:
            # ISO ("…T09:12:00Z") or "GMT+2": a zone the standard reader does not know.
            return zoned
        if moment is None and text:
            # ISO without a zone, or a German, French or Spanish mail program's date.
            wall = unzoned_time(text)
            if wall is not None:
                return _local(text, wall, warnings)
        warnings += said
        return None if moment is None else _unsaid(text, moment)
    if moment.tzinfo is None:
        if not unknown_zone:
            return _local(text, moment, warnings)
        warnings.append(
            f"The date “{text}” gives a time zone Steady does not know (“{unknown_zone}”); "
            "it was read as UTC and may be several hours off."
        )
        moment = moment.replace(tzinfo=UTC)
    return _unsaid(text, moment)


def arrival_time(
    message: Message,
    date_text: str,
    read_date: Callable[[str, list[str]], datetime | None],
    warnings: list[str],
    now: datetime | None = None,
) -> datetime | None:
    """The contact's time for a mail: its Date when it is within minutes of the arrival, else
    when it reached the owner; None (the file's time) when neither can be used. `read_date` reads the
    Date line (email_message.message_time), adding to `warnings` what the owner must know."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    arrived = received_time(message, now)
    date_warnings: list[str] = []
    claimed = _date_line(date_text, read_date, date_warnings)
    if arrived is None:
        warnings += date_warnings
        if claimed is None or not (why := _absurd(claimed, now)):
            return claimed
        warnings.append(
            f"The sender dated this message {_shown(claimed)}, {why}, and no “Received” "
            "line says when it reached you; the file's time was used. Correct the contact if "
            "you know when it arrived."
        )
        return None
    if claimed is None:
        warnings += [w for w in date_warnings if not w.startswith(_NO_DATE_WARNINGS)]
        warnings.append(
            f"The message's own date could not be read; the time it reached you, "
            f"{_shown(arrived)} (the “Received” line of your mail server), was used."
        )
        return arrived
    why = _absurd(claimed, now)
    if not why and arrived - TOLERANCE <= claimed <= arrived + _CLOCK_AHEAD:
        warnings += date_warnings
        return claimed
    warnings.append(
        f"The message is dated {_shown(claimed)} by the sender; it reached you "
        f"{_shown(arrived)} (the “Received” line of your mail server). The time it reached "
        "you is the one logged."
    )
    return arrived


__all__ = ["FIRST_YEAR", "TOLERANCE", "arrival_time", "received_time"]
