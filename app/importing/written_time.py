"""Reading a time as people and helpdesks write it: ISO, RFC 2822, and the common forms.

A time without a zone is taken as the laptop's local time. Slashed dates are ambiguous:
helpdesk exports (US-made) write month first, chat exports (WhatsApp) day first.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from email.utils import parsedate_to_datetime

_COMMON = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %H:%M",
    "%Y-%m-%d",
)
_MONTH_FIRST = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y, %H:%M")
_DAY_FIRST = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y, %H:%M")


def read_written_time(text: str, day_first: bool = False) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    moment: datetime | None = None
    with contextlib.suppress(ValueError):
        moment = datetime.fromisoformat(re.sub(r"(Z| UTC)$", "+00:00", text))
    if moment is None:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
    if moment is None:
        # "Monday, March 2, 2026 at 10:15 AM" -> "March 2, 2026 10:15 AM"
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
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.astimezone()
