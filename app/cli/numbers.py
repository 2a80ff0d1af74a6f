"""Numbers typed on the command line, checked to a range so a typo is one clear line."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.log.contacts import MAX_MINUTES

# SQLite's integers are 64-bit; an id beyond that can never have been given out.
LARGEST_ID = 2**63 - 1


def whole_number(what: str, lowest: int, highest: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        cleaned = text.strip().replace("_", "")
        if not cleaned.lstrip("+-").isdigit() or len(cleaned) > 1000:
            raise argparse.ArgumentTypeError(f"“{text}” is not a whole number of {what}")
        value = int(cleaned)
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(
                f"{what} must be from {lowest:,} to {highest:,} (not {text})"
            )
        return value

    parse.__name__ = what
    return parse


def record_id(text: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit() or len(cleaned) > 19 or not 1 <= int(cleaned) <= LARGEST_ID:
        raise argparse.ArgumentTypeError(f"“{text}” is not an id Steady could have given")
    return int(cleaned)


MINUTES = whole_number("minutes", 0, MAX_MINUTES)
SEVERITY = whole_number("severity", 1, 5)
RESULTS = whole_number("results", 1, 100_000)
