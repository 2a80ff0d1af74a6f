"""Time the owner spent, written the same way in the window, on the command line and in packets:
"10 min", "2 h", "2 h 30 min"."""

from __future__ import annotations


def duration(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
