"""When a mail reached the owner, not only when its sender says he wrote it.

The Date line is written by the sender and says what he likes: a threat back-dated to before
the owner's warning, a date in 2038 or in 1970. The top-most Received line is written by the
last hop, the owner's own mail server, when the message arrived, and the sender cannot change
it. When the two disagree by more than a mail queue explains, the arrival is the contact's time
and the sender's date is kept beside it in what the owner is told (and in the note on the kept
original, which the packet prints). With no Received line (a message saved from a mail
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

# A mail server that cannot deliver at once retries for hours; a Date that far from the arrival
# was not written when the message was sent.
TOLERANCE = timedelta(hours=4)
# A sender's clock a little ahead is common; a day ahead is not a clock, it is a date made up.
_FUTURE_SLACK = timedelta(days=1)
# Before mail reached shops: a clock never set (1970, 1980) or a date made up.
FIRST_YEAR = 1990
_NO_DATE_WARNINGS = ("The message has no date;", "The date “")


def _shown(moment: datetime) -> str:
    """ "Fri 13 Nov 2026 21:14" in the owner's zone (the stored note reads the same in any
    language the window is in)."""
    try:
        local = moment.astimezone()
    except (OverflowError, ValueError, OSError):
        local = moment
    return f"{english_day(local)} {local:%H:%M}"


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
        if _FETCHED.search(text):
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


def arrival_time(
    message: Message,
    date_text: str,
    read_date: Callable[[str, list[str]], datetime | None],
    warnings: list[str],
    now: datetime | None = None,
) -> datetime | None:
    """The contact's time for a mail: its Date when the arrival bears it out, else when it
    reached the owner; None (the file's time) when neither can be used. `read_date` reads the
    Date line (email_message.message_time), adding to `warnings` what the owner must know."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    arrived = received_time(message, now)
    date_warnings: list[str] = []
    claimed = read_date(date_text, date_warnings)
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
    if not why and abs(claimed - arrived) <= TOLERANCE:
        warnings += date_warnings
        return claimed
    warnings.append(
        f"The message is dated {_shown(claimed)} by the sender; it reached you "
        f"{_shown(arrived)} (the “Received” line of your mail server). The time it reached "
        "you is the one logged."
    )
    return arrived


__all__ = ["FIRST_YEAR", "TOLERANCE", "arrival_time", "received_time"]
