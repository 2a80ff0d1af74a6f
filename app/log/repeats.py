"""The same message sent again and again: copies grouped so the owner (and a reader of a
packet) sees "the same message 23 times on social media between 13:57 and 14:49" instead of
23 rows. Each copy stays its own contact and its own exhibit; the group only describes them.

Near-identical copies count: a changed word, added punctuation or capitals, another channel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.core.domain import Channel, Contact, Direction

MIN_COPIES = 3
# Copies further apart than this start a new group (a customer may ask again next week).
GAP = timedelta(hours=24)
SIMILAR = 0.8  # share of words in common, for messages of four words or more
MIN_WORDS = 2  # "?" or "hello" sent twice is not a message worth grouping
# Written messages only: notes of phone calls and visits are the owner's words, not copies.
WRITTEN = frozenset(
    {Channel.EMAIL, Channel.CHAT, Channel.SOCIAL, Channel.REVIEW, Channel.LETTER, Channel.OTHER}
)

_WORD = re.compile(r"\w+")
_LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)

_ON = {
    Channel.EMAIL: "by email",
    Channel.PHONE: "by phone",
    Channel.CHAT: "in chat",
    Channel.SOCIAL: "on social media",
    Channel.REVIEW: "on review sites",
    Channel.IN_PERSON: "in person",
    Channel.LETTER: "by letter",
    Channel.OTHER: "by other means",
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_LINK.sub(" ", text).lower()))


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return bool(a)
    if min(len(a), len(b)) < 4:
        return False
    first, second = set(a), set(b)
    return len(first & second) / len(first | second) >= SIMILAR


@dataclass(frozen=True)
class RepeatGroup:
    contacts: tuple[Contact, ...]  # in time order

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.contacts)

    @property
    def first(self) -> datetime:
        return self.contacts[0].occurred_at

    @property
    def last(self) -> datetime:
        return self.contacts[-1].occurred_at

    @property
    def channels(self) -> tuple[Channel, ...]:
        return tuple(dict.fromkeys(c.channel for c in self.contacts))

    def describe(self, zone: tzinfo | None = None, with_day: bool = True) -> str:
        """“the same message 23 times on social media between 13:57 and 14:49” (with the day
        unless the caller shows it, and with dates when the copies span more than one day)."""
        where = " and ".join(_ON[channel] for channel in self.channels)
        first, last = self.first.astimezone(zone), self.last.astimezone(zone)
        if first.date() == last.date():
            day = f"on {first:%a} {first.day} {first:%b %Y} " if with_day else ""
            when = f"{day}between {first:%H:%M} and {last:%H:%M}"
        else:
            when = f"between {first:%d %b %Y %H:%M} and {last:%d %b %Y %H:%M}"
        return f"the same message {len(self.contacts)} times {where} {when}"


def group_repeats(
    contacts: Sequence[Contact], min_copies: int = MIN_COPIES, gap: timedelta = GAP
) -> list[RepeatGroup]:
    """The customer's messages sent at least `min_copies` times, each group in time order,
    the groups in order of their first copy."""
    inbound = sorted(
        (c for c in contacts if c.direction is Direction.INBOUND and c.channel in WRITTEN),
        key=lambda c: (c.occurred_at, c.id),
    )
    open_groups: list[tuple[tuple[str, ...], list[Contact]]] = []
    closed: list[list[Contact]] = []
    for contact in inbound:
        words = _words(contact.text)
        if len(words) < MIN_WORDS:
            continue
        still_open = []
        for group in open_groups:
            if contact.occurred_at - group[1][-1].occurred_at > gap:
                closed.append(group[1])
            else:
                still_open.append(group)
        open_groups = still_open
        for first_words, members in open_groups:
            if _alike(first_words, words):
                members.append(contact)
                break
        else:
            open_groups.append((words, [contact]))
    closed.extend(members for _, members in open_groups)
    groups = [RepeatGroup(tuple(m)) for m in closed if len(m) >= min_copies]
    return sorted(groups, key=lambda g: (g.first, g.contacts[0].id))


__all__ = ["MIN_COPIES", "RepeatGroup", "group_repeats"]
