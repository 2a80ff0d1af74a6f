"""The same message sent again and again: copies grouped so the owner (and a reader of a
packet) sees "the same message 23 times on social media between 13:57 and 14:49" instead of
23 rows. Each copy stays its own contact and its own exhibit; the group only describes them.

Near-identical copies count: a changed word, added punctuation or capitals, another channel.
Nothing that changes what the message says does: a copy that adds a threat or an insult ("… I
will find you"), a sentence, or carries other flags than the first copy is its own message, and
so is one whose changed words are a number, a day or a month, or a "not" ("refund me 2000
dollars" is not "refund me 20 dollars" sent again). The changed words are read as the
suggestions read a message (every language of the threat lists, with invisible characters and
full-width letters taken out), and for weapons and harm the lists may not name ("…or I come
with a gun myself").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from functools import cached_property

from app.core.clock import shown_time
from app.core.domain import Category, Channel, Contact, Direction
from app.importing.post_details import platform_from_url
from app.importing.suggest import suggest_categories
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

# Weapons and harm: a copy that changes "to collect it" into "with a gun" or "acid" threatens,
# whether or not the threat lists know the phrase. Changed words only, so a message that always
# spoke of a broken lamp is still grouped.
HARM = frozenset(
    """gun guns pistol pistols rifle rifles shotgun firearm firearms bullet bullets shoot shoots
    shooting shot knife knives blade blades machete axe hammer bat crowbar acid bleach petrol
    gasoline fuel fire fires arson torch lighter matches bomb bombs explode explosive grenade
    stab stabbed stabbing slash slit cut throat neck beat beaten beating smash smashed punch
    slap choke strangle murder murdered attack assault rape blood bleed bleeding bury grave
    funeral hospital ambulance coffin dying death deadly suffer pain break broken legs bones
    face teeth kidnap hunt hunting""".split()
)


# Words that change a demand's amount, date or order number, or turn it round: a copy whose
# changed words include one (or any word with a digit) is never "the same message".
SAYS_OTHERWISE = frozenset(
    """not no never nothing none nobody nor neither cannot t
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion half dozen double twice once
    first second third fourth fifth sixth seventh eighth ninth tenth last next
    today tomorrow tonight yesterday week weeks month months year years day days hour hours
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def _says_otherwise(changed: list[str]) -> bool:
    return any(word in SAYS_OTHERWISE or any(ch.isdigit() for ch in word) for word in changed)


# Format characters (zero-width spaces and joiners, direction marks, tags) change nothing a
# reader sees, so "k\u200bill" is compared as the "kill" it shows.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]+"
)


def _shown(text: str) -> str:
    """The text as a reader sees it: invisible characters out, full-width letters plain."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


def _words(text: str) -> tuple[str, ...]:
    text = _shown(text).lower()
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

    @cached_property
    def suggested(self) -> frozenset[Category]:
        """What the suggestions read in the words as shown, for a copy whose words changed."""
        shown = _shown(self.text)
        read = suggest_categories(self.text) + (
            suggest_categories(shown) if shown != self.text else []
        )
        return frozenset(s.category for s in read)


def _changed_words(a: tuple[str, ...], b: tuple[str, ...]) -> list[str] | None:
    """The words that differ between two messages when they differ in one place by at most
    CHANGED_WORDS words on each side; None when they differ more (or in several places)."""
    from difflib import SequenceMatcher

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
        if changed is None or _says_more(changed) or a.suggested != b.suggested:
            return False
    return bool(a.words) and a.threats == b.threats


def _says_more(changed: list[str]) -> bool:
    """The changed words menace, name a weapon or harm, change an amount, a day or a "not", or
    hide a word behind look-alike letters."""
    if MENACE.intersection(changed) or HARM.intersection(changed):
        return True
    return _says_otherwise(changed) or any(_look_alike(word) for word in changed)


def _look_alike(word: str) -> bool:
    """A word of Latin letters with a Greek or Cyrillic one among them ("kіll" with a
    Cyrillic і): written so that no list would know it, never by accident."""
    return (
        not word.isascii()
        and any(ch.isascii() and ch.isalpha() for ch in word)
        and any("\u0370" <= ch <= "\u052f" for ch in word)
    )


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
    def differing(self) -> tuple[Contact, ...]:
        """The copies whose words are not the first copy's word for word (capitals,
        punctuation, a changed word): the owner and a reader are told which they are."""
        first = self.contacts[0].text.strip()
        return tuple(c for c in self.contacts[1:] if c.text.strip() != first)

    @property
    def channels(self) -> tuple[Channel, ...]:
        return tuple(dict.fromkeys(c.channel for c in self.contacts))

    def describe(self, zone: tzinfo | None = None, with_day: bool = True) -> str:
        """“the same message 23 times on social media between 13:57 and 14:49” (with the day
        unless the caller shows it, and with dates when the copies span more than one day)."""
        first, last = (
            moment.astimezone(zone) if zone is not None else shown_time(moment)
            for moment in (self.first, self.last)
        )
        if first.date() == last.date():
            day = f"on {first:%a} {first.day} {first:%b %Y} " if with_day else ""
            when = f"{day}between {first:%H:%M} and {last:%H:%M}"
        else:
            when = f"between {first:%d %b %Y %H:%M} and {last:%d %b %Y %H:%M}"
        return f"{self.what()} {when}"

    def what(self) -> str:
        """“the same message 23 times on social media”, for a caller that says when its way."""
        where = " and ".join(self._on(channel) for channel in self.channels)
        return f"the same message {len(self.contacts)} times {where}"

    def _on(self, channel: Channel) -> str:
        """“on X (Twitter)” when every copy on social media or review sites is on that one
        platform: the owner and a reader know the place, not Steady's channel name."""
        if channel in (Channel.SOCIAL, Channel.REVIEW):
            places = {
                platform_from_url(c.details.url) for c in self.contacts if c.channel is channel
            }
            if len(places) == 1 and (place := places.pop()):
                return f"on {place}"
        return _ON[channel]


class RepeatFinder:
    """Finds the same message sent again and again in messages given oldest first, one at a
    time, so a long log is never held whole: a message that no copy followed within `gap`
    is let go."""

    def __init__(self, min_copies: int = MIN_COPIES, gap: timedelta = GAP) -> None:
        self._min_copies = min_copies
        self._gap = gap
        self._groups: list[tuple[_Message, list[Contact]] | None] = []  # None: let go
        self._found: list[list[Contact]] = []
        # Copies differ in one place by a few words, so any two share their first or their
        # last word: only the groups that do are compared, which keeps a long log quick.
        self._by_end: dict[tuple[bool, str], list[int]] = {}
        self._open: set[int] = set()
        self._added = 0

    def add(self, contact: Contact) -> None:
        """The next contact (in time order); only the customer's written messages count."""
        if contact.direction is not Direction.INBOUND or contact.channel not in WRITTEN:
            return
        message = _Message(contact)
        if len(message.words) < MIN_WORDS:
            return
        self._added += 1
        if self._added % 500 == 0:
            self._let_go(contact.occurred_at)
        ends = ((True, message.words[0]), (False, message.words[-1]))
        candidates: set[int] = set()
        for end in ends:
            still_open = [n for n in self._by_end.get(end, ()) if self._is_open(n, contact)]
            self._by_end[end] = still_open
            candidates.update(still_open)
        for number in sorted(candidates):  # the oldest group first, as they were opened
            group = self._groups[number]
            assert group is not None
            if _alike(group[0], message):
                group[1].append(contact)
                return
        self._groups.append((message, [contact]))
        self._open.add(len(self._groups) - 1)
        for end in ends:
            self._by_end[end].append(len(self._groups) - 1)

    def _is_open(self, number: int, contact: Contact) -> bool:
        group = self._groups[number]
        return group is not None and contact.occurred_at - group[1][-1].occurred_at <= self._gap

    def _let_go(self, now: datetime) -> None:
        """Close the groups no copy joined within `gap`: keep those sent often enough."""
        for number in list(self._open):
            group = self._groups[number]
            assert group is not None
            if now - group[1][-1].occurred_at > self._gap:
                self._open.discard(number)
                if len(group[1]) >= self._min_copies:
                    self._found.append(group[1])
                self._groups[number] = None

    def groups(self) -> list[RepeatGroup]:
        """The groups so far, each in time order, in order of their first copy."""
        members = self._found + [
            group[1]
            for number in self._open
            if (group := self._groups[number]) is not None and len(group[1]) >= self._min_copies
        ]
        found = [RepeatGroup(tuple(m)) for m in members]
        return sorted(found, key=lambda g: (g.first, g.contacts[0].id))


def group_repeats(
    contacts: Sequence[Contact], min_copies: int = MIN_COPIES, gap: timedelta = GAP
) -> list[RepeatGroup]:
    """The customer's messages sent at least `min_copies` times, each group in time order,
    the groups in order of their first copy."""
    finder = RepeatFinder(min_copies, gap)
    for contact in sorted(contacts, key=lambda c: (c.occurred_at, c.id)):
        finder.add(contact)
    return finder.groups()


__all__ = ["MIN_COPIES", "RepeatFinder", "RepeatGroup", "group_repeats"]
