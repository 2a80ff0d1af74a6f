"""The same message sent again and again: copies grouped so the owner (and a reader of a
packet) sees "the same message 23 times on social media between 13:57 and 14:49" instead of
23 rows. Each copy stays its own contact and its own exhibit; the group only describes them.

Near-identical copies count: a changed word, added punctuation or capitals, another channel.
Nothing that changes what the message says does: a copy that adds a threat or an insult ("… I
will find you"), a sentence, or carries other flags than the first copy is its own message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from difflib import SequenceMatcher
from functools import cached_property

from app.core.domain import Category, Channel, Contact, Direction
from app.importing.threat_words import hits

MIN_COPIES = 3
# Copies further apart than this start a new group (a customer may ask again next week).
GAP = timedelta(hours=24)
CHANGED_WORDS = 3  # words that may differ, in one place, for messages of four words or more
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


# Words of menace the threat lists may not hold on their own ("I will find you", "you'll pay",
# "watch your back"): a copy whose changed words include one is never "the same message".
MENACE = frozenset(
    """find hurt kill die dead burn destroy ruin regret pay sorry watch wait coming know where
    live home family kids children address sue lawyer lawyers police court report reported
    chargeback review reviews post everyone""".split()
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_LINK.sub(" ", text).lower()))


class _Message:
    """What two copies are compared on: the words, the flags the owner gave, the threat words
    (looked for only when the words are alike: most messages are not)."""

    def __init__(self, contact: Contact) -> None:
        self.text = contact.text
        self.customer_id = contact.customer_id
        self.words = _words(contact.text)
        self.word_set = frozenset(self.words)
        self.flags = frozenset(c for c in contact.categories if c.is_threat or c is Category.ABUSE)

    @cached_property
    def threats(self) -> frozenset[tuple[str, str]]:
        return frozenset((hit.kind, hit.words.lower()) for hit in hits(self.text))


def _changed_words(a: tuple[str, ...], b: tuple[str, ...]) -> list[str] | None:
    """The words that differ between two messages when they differ in one place by at most
    CHANGED_WORDS words on each side; None when they differ more (or in several places)."""
    edits = [
        op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if len(edits) != 1:
        return None
    _tag, a_start, a_end, b_start, b_end = edits[0]
    if max(a_end - a_start, b_end - b_start) > CHANGED_WORDS:
        return None
    return [*a[a_start:a_end], *b[b_start:b_end]]


def _alike(a: _Message, b: _Message) -> bool:
    if a.flags != b.flags or a.customer_id != b.customer_id:
        return False
    if a.words != b.words:
        if min(len(a.words), len(b.words)) < 4 or abs(len(a.words) - len(b.words)) > CHANGED_WORDS:
            return False
        if len(a.word_set ^ b.word_set) > 2 * CHANGED_WORDS:
            return False
        changed = _changed_words(a.words, b.words)
        if changed is None or MENACE.intersection(changed):
            return False
    return bool(a.words) and a.threats == b.threats


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
    def key(self) -> int:
        """The first copy's id: the group's name while the log is shown."""
        return self.contacts[0].id

    @property
    def channels(self) -> tuple[Channel, ...]:
        return tuple(dict.fromkeys(c.channel for c in self.contacts))

    def describe(self, zone: tzinfo | None = None, with_day: bool = True) -> str:
        """“the same message 23 times on social media between 13:57 and 14:49” (with the day
        unless the caller shows it, and with dates when the copies span more than one day)."""
        first, last = self.first.astimezone(zone), self.last.astimezone(zone)
        if first.date() == last.date():
            day = f"on {first:%a} {first.day} {first:%b %Y} " if with_day else ""
            when = f"{day}between {first:%H:%M} and {last:%H:%M}"
        else:
            when = f"between {first:%d %b %Y %H:%M} and {last:%d %b %Y %H:%M}"
        return f"{self.what()} {when}"

    def what(self) -> str:
        """“the same message 23 times on social media”, for a caller that says when its way."""
        where = " and ".join(_ON[channel] for channel in self.channels)
        return f"the same message {len(self.contacts)} times {where}"


def group_repeats(
    contacts: Sequence[Contact], min_copies: int = MIN_COPIES, gap: timedelta = GAP
) -> list[RepeatGroup]:
    """The customer's messages sent at least `min_copies` times, each group in time order,
    the groups in order of their first copy."""
    inbound = sorted(
        (c for c in contacts if c.direction is Direction.INBOUND and c.channel in WRITTEN),
        key=lambda c: (c.occurred_at, c.id),
    )
    open_groups: list[tuple[_Message, list[Contact]]] = []
    closed: list[list[Contact]] = []
    for contact in inbound:
        message = _Message(contact)
        if len(message.words) < MIN_WORDS:
            continue
        still_open = []
        for group in open_groups:
            if contact.occurred_at - group[1][-1].occurred_at > gap:
                closed.append(group[1])
            else:
                still_open.append(group)
        open_groups = still_open
        for first, members in open_groups:
            if _alike(first, message):
                members.append(contact)
                break
        else:
            open_groups.append((message, [contact]))
    closed.extend(members for _, members in open_groups)
    groups = [RepeatGroup(tuple(m)) for m in closed if len(m) >= min_copies]
    return sorted(groups, key=lambda g: (g.first, g.contacts[0].id))


__all__ = ["MIN_COPIES", "RepeatGroup", "group_repeats"]
