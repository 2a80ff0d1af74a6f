"""Packet numbers handed on, written down beside the log so that none is ever given twice.

A packet's number counts the packets already logged for the customer. Restoring an older
backup takes those entries out of the log, and the next packet would take the number of one
already handed on, with other contents. So each number handed on is also written to a small
file beside the database (`steady.db.numbers`, as the heads file is): a restore replaces the
database only, and the next number comes after every one written there.
"""

from __future__ import annotations

import re

from app.core.appended_lines import append_line

NUMBERS_SUFFIX = ".numbers"
_NUMBER = re.compile(r"^(?P<kind>[A-Z])-(?P<customer>\d+)-(?P<day>\d{8})-(?P<count>\d+)$")


def numbers_path(database: str) -> str:
    return database + NUMBERS_SUFFIX


def numbers_used(database: str) -> list[str]:
    """Every number written down for the log at `database` (none for an in-memory log)."""
    if not database or database.startswith(":memory:"):
        return []
    try:
        with open(numbers_path(database), encoding="utf-8") as handle:
            return [line.strip() for line in handle if line.strip()]
    except (OSError, UnicodeDecodeError):
        return []


def remember_number(database: str, number: str) -> bool:
    """Append `number`; False when it cannot be written (the log itself is unaffected)."""
    if not database or database.startswith(":memory:") or number in numbers_used(database):
        return False
    return append_line(numbers_path(database), number)


def never_given(number: str, used: list[str]) -> str:
    """`number`, or the same with its count moved past every count already handed on for that
    customer, when a packet of that customer's with that count or a later one was given."""
    found = _NUMBER.match(number)
    if found is None:
        return number
    customer = found["customer"]
    counts = [
        int(match["count"])
        for match in (_NUMBER.match(item) for item in used)
        if match is not None and match["customer"] == customer
    ]
    highest = max(counts, default=0)
    if int(found["count"]) > highest:
        return number
    return f"{found['kind']}-{customer}-{found['day']}-{highest + 1}"
