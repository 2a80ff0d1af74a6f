"""A kept draft's fields read back leniently: whatever can be read is restored.

A draft left by another version of Steady, or edited by hand, may hold a channel or a category
this Steady does not know. Those are left as the form has them and named, so the owner can
choose again; the words are never lost over one odd value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.core.domain import Category, Channel, ContactDetails, Direction

WORDS = {"summary": "summary", "text": "exact words", "url": "link", "staff": "staff"}


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(value)


def _moment(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.astimezone()


def _level(value: object) -> int:
    level = int(str(value))
    if not 1 <= level <= 5:
        raise ValueError(value)
    return level


def _minutes(value: object) -> int:
    minutes = int(str(value))
    if not 0 <= minutes <= 100_000:
        raise ValueError(value)
    return minutes


READERS: dict[str, tuple[str, Callable[[object], Any]]] = {
    "occurred_at": ("when", _moment),
    "channel": ("channel", lambda value: Channel(str(value))),
    "direction": ("direction", lambda value: Direction(str(value))),
    "severity": ("severity", _level),
    "minutes": ("time it cost", _minutes),
    **{name: (label, _text) for name, label in WORDS.items()},
}


def details_from_draft(
    values: dict[str, object], defaults: ContactDetails
) -> tuple[ContactDetails, list[str]]:
    """The draft's details over `defaults`, and the names of what could not be read."""
    changes: dict[str, object] = {}
    unread: list[str] = []
    for name, (label, read) in READERS.items():
        if name not in values:
            continue
        try:
            changes[name] = read(values[name])
        except (ValueError, TypeError, OverflowError):
            unread.append(label)
    categories = values.get("categories", [])
    known = []
    for value in categories if isinstance(categories, list) else [categories]:
        try:
            known.append(Category(str(value)))
        except ValueError:
            if "categories" not in unread:
                unread.append("categories")
    changes["categories"] = tuple(dict.fromkeys(known))
    return replace(defaults, **changes), unread  # type: ignore[arg-type]
