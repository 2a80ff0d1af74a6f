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
    text = text.lower()
    if "://" in text or "www." in text:
        text = _LINK.sub(" ", text)
    return tuple(_WORD.findall(text))


class _Message:
    """What two copies are compared on: the words, the flags the owner gave, the threat words
    (looked for only when the words are alike: most messages are not)."""

    def __init__(self, contact: Contact) -> None:
        self.text = contact.text
        self.customer_id = contact.customer_id
        self.words = _words(contact.text)
        self.flags = frozenset(c for c in contact.categories if c.is_threat or c is Category.ABUSE)

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

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
    groups: list[tuple[_Message, list[Contact]]] = []
    # Copies differ in one place by a few words, so any two share their first or their last
    # word: only the groups that do are compared, which keeps a long log quick to read.
    by_end: dict[tuple[bool, str], list[int]] = {}
    for contact in inbound:
        message = _Message(contact)
        if len(message.words) < MIN_WORDS:
            continue
        ends = ((True, message.words[0]), (False, message.words[-1]))
        candidates: set[int] = set()
        for end in ends:
            # Groups whose last copy is more than `gap` ago are closed for good.
            still_open = [
                number
                for number in by_end.get(end, ())
                if contact.occurred_at - groups[number][1][-1].occurred_at <= gap
            ]
            by_end[end] = still_open
            candidates.update(still_open)
        for number in sorted(candidates):  # the oldest group first, as they were opened
            first, members = groups[number]
            if _alike(first, message):
                members.append(contact)
                break
        else:
            groups.append((message, [contact]))
            for end in ends:
                by_end[end].append(len(groups) - 1)
    found = [RepeatGroup(tuple(m)) for _, m in groups if len(m) >= min_copies]
    return sorted(found, key=lambda g: (g.first, g.contacts[0].id))


__all__ = ["MIN_COPIES", "RepeatGroup", "group_repeats"]
