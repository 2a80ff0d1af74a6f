"""Redaction: the owner's marked words blacked out of every text a packet prints.

One walk over the assembled PacketData reaches every string in it (the cover, the customer
table, handles, web addresses, posts, emails, actions, the narrative and the letter), so
nothing printed escapes a rule. A rule for one contact applies inside that contact's own
records (its text, its exhibits, its post). Hashes, numbers, dates and file bytes are left
alone: they identify the originals, which are never changed.

A rule matches its words as the customer happened to space them: across a line break (a
hard-wrapped email, a quoted reply's "> "), several spaces, a tab or a non-breaking space, in
any case, with or without accents ("Jose" and "José", typed as one character or two; "Søren"
and "Soren", "Müller" and "Mueller": app/packets/redaction_match.py) and any kind of
apostrophe or hyphen ("O'Brien", "O’Brien"). It matches whole words only, so "Sam" blacks out
"Sam", "Sam's" and "Sam," but never "same", "Samsung" or "sample"; an address or a handle is
matched as a whole, a phone number by its digits however they are grouped. In scripts written
without spaces between words (Chinese, Japanese, Thai…) and in Korean, Arabic and Hebrew, where
particles and prefixes are written onto a name, a rule matches inside a longer word (and across
a line break inside it): there a name must not slip through. Rules that overlap in the text are
blacked out as one passage.

A rule that is also an everyday word, typed with a capital ("May", "Will", "Bill"), is taken as
a name: it matches only where the text writes it with a capital, so "I will make her pay" keeps
its "will". A month's name as a rule never blacks out the month of a date ("31 May 2026").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import Any

from app.core.unspaced_scripts import PREFIXED, UNSPACED
from app.packets.contact_data import PacketContact
from app.packets.data import REDACTED, AppliedRedaction, PacketData, Redaction
from app.packets.redaction_match import (
    MONTHS,
    everyday_word,
    in_a_date,
    phone_number,
    rule_pattern,
)

# Identifiers, not words: redacting them would break the checks they exist for.
_LEFT_ALONE = frozenset({"sha256", "head_hash", "number", "mime", "paper_size", "zone", "key"})
# Steady's own sentences, made of counts, channels, dates and hashes, never of recorded words:
# "the same message 6 times on email on Mon 4 May 2026…", the time of the time-stamps.
_STEADYS_OWN = frozenset({"sentence", "time_stamps"})

# What a file's name writes in place of a space between words.
_NAME_SEPARATORS = str.maketrans("_-.+", "    ")

# Scripts whose words are not separated by spaces, or carry particles and prefixes written onto
# a name: a rule in them needs no word boundary.
_JOINED_SCRIPTS = PREFIXED + UNSPACED


def _is_word_char(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char == "_"
    return unicodedata.category(char)[0] in "LMN"


def _joins_words(char: str) -> bool:
    code = ord(char)
    return code >= 0x0590 and any(low <= code <= high for low, high in _JOINED_SCRIPTS)


def _inside_a_word(char: str) -> bool:
    """A neighbour that makes a match part of a longer word ("same" for "Sam")."""
    return _is_word_char(char) and not _joins_words(char)


def as_a_name(text: str) -> bool:
    """Whether a rule is a capitalised everyday word ("May", "Will", "Bill"): it then matches
    only where the word is written with a capital, so "you will regret it" keeps its "will"."""
    word = text.strip()
    if " " in word or not word[:1].isupper() or not word.isalpha():
        return False
    return everyday_word(word)


def how_matched(redaction: Redaction) -> str:
    """What the Redactions table says of a rule that does not match every way it can be
    written; "" for the rest."""
    return "as a name, capitalised" if as_a_name(redaction.text) else ""


class _Rule:
    def __init__(self, redaction: Redaction) -> None:
        self.redaction = redaction
        words = redaction.text.split()
        first, last = words[0][0], words[-1][-1]
        self.phone = bool(phone_number(redaction.text))
        self.open_start = self.phone or not _is_word_char(first) or _joins_words(first)
        self.open_end = self.phone or not _is_word_char(last) or _joins_words(last)
        self.pattern = rule_pattern(redaction.text, self.open_start, self.open_end)
        self.capitalised = as_a_name(redaction.text)
        self.month = redaction.text.strip().lower() in MONTHS

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the rule's words stand in the text as whole words."""
        found: Iterator[tuple[int, int]]
        if text.isascii():
            # Every neighbour is an English letter or not a letter: the search decides alone.
            found = (match.span() for match in self.pattern.finditer(text))
        else:
            found = self._spans(text)
        if not (self.capitalised or self.month):
            return found
        return (span for span in found if self._meant(text, *span))

    def _meant(self, text: str, start: int, end: int) -> bool:
        if self.capitalised and not text[start].isupper():
            return False
        return not (self.month and in_a_date(text, start, end))

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        position = 0
        while (found := self.pattern.search(text, position)) is not None:
            start, end = found.span()
            if self._whole(text, start, end):
                yield start, end
                position = end
            else:
                position = start + 1

    def _whole(self, text: str, start: int, end: int) -> bool:
        if end == start:
            return False
        after = text[end : end + 1]
        # An accent after the match belongs to its last letter: "Jose" is not "José".
        if after and not after.isascii() and unicodedata.category(after)[0] == "M":
            return False
        if not self.open_start and start and _inside_a_word(text[start - 1]):
            return False
        return self.open_end or not after or not _inside_a_word(after)


class Redactor:
    def __init__(self, redactions: tuple[Redaction, ...]) -> None:
        self._rules = [_Rule(r) for r in redactions if r.text.strip()]
        # Longer rules first: "Alice" inside "Alice Brown" is not counted as a place of its own.
        self._order = sorted(
            range(len(self._rules)), key=lambda i: -len(self._rules[i].redaction.text.strip())
        )
        self.counts: Counter[int] = Counter()

    def __bool__(self) -> bool:
        return bool(self._rules)

    def __call__(self, text: str, contact_id: int | None = None) -> str:
        return self._redact(text, contact_id, read_as=None)

    def file_name(self, name: str, contact_id: int | None = None) -> str:
        """A file's name with the rules' words blacked out, its "_", "-", "." and "+" read as
        the spaces they stand for ("IMG_Robin_Vale.png" holds "Robin Vale")."""
        return self._redact(name, contact_id, read_as=_NAME_SEPARATORS)

    def _redact(self, text: str, contact_id: int | None, read_as: dict[int, int] | None) -> str:
        # Read one character for one, so the spans found stand where they do in the text.
        read = text.translate(read_as) if read_as else text
        taken: list[tuple[int, int]] = []
        for index in self._order:
            rule = self._rules[index]
            if not self._applies(rule, contact_id):
                continue
            spans = [
                (start, end)
                for start, end in rule.spans(read)
                if not any(a <= start and end <= b for a, b in taken)
            ]
            self.counts[index] += len(spans)
            taken.extend(spans)
        if not taken:
            return text
        # Rules that overlap ("Zoë Ågren", "Ågren Consulting") are blacked out as one passage:
        # each drawn alone would leave the other's half in clear.
        merged: list[list[int]] = []
        for start, end in sorted(taken):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        starts = [0] + [end for _, end in merged]
        ends: list[int | None] = [start for start, _ in merged] + [None]
        return REDACTED.join(text[a:b] for a, b in zip(starts, ends, strict=True))

    def finds(self, text: str, contact_id: int | None = None) -> bool:
        """Whether a rule would black out something in the text (nothing is counted)."""
        return any(
            next(rule.spans(text), None) is not None
            for rule in self._rules
            if self._applies(rule, contact_id)
        )

    @staticmethod
    def _applies(rule: _Rule, contact_id: int | None) -> bool:
        wanted = rule.redaction.contact_id
        return wanted is None or wanted == contact_id

    def applied(self) -> tuple[AppliedRedaction, ...]:
        return tuple(
            AppliedRedaction(rule.redaction, self.counts[index])
            for index, rule in enumerate(self._rules)
        )

    def everywhere(self, value: Any, contact_id: int | None = None) -> Any:
        """The value with every string in it redacted (dataclasses, tuples, lists, dicts)."""
        if not self._rules or isinstance(value, Enum):
            return value
        if isinstance(value, str):
            return self(value, contact_id)
        if isinstance(value, tuple):
            return tuple(self.everywhere(item, contact_id) for item in value)
        if isinstance(value, list):
            return [self.everywhere(item, contact_id) for item in value]
        if isinstance(value, dict):
            return {key: self.everywhere(item, contact_id) for key, item in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value, contact_id)
        return value

    def _dataclass(self, value: Any, contact_id: int | None) -> Any:
        if isinstance(value, PacketContact):
            contact_id = value.id
        elif isinstance(getattr(value, "contact_id", None), int):
            contact_id = value.contact_id
        changes = {}
        for field in fields(value):
            if not field.init or field.name in _LEFT_ALONE or field.name in _STEADYS_OWN:
                continue
            if field.name == "filename":
                changes[field.name] = self.file_name(getattr(value, field.name), contact_id)
                continue
            changes[field.name] = self.everywhere(getattr(value, field.name), contact_id)
        return replace(value, **changes)


def pictures_not_redacted(data: PacketData) -> tuple[int, ...]:
    """Exhibit numbers of the pictures a redacted packet prints exactly as received: the
    words in a screenshot are pixels, which no rule can black out. None when the owner left
    the pictures out."""
    if not data.redactions or data.pictures_left_out:
        return ()
    return tuple(exhibit.number for exhibit in data.exhibits if exhibit.is_image)


def pictures_warning(data: PacketData) -> str:
    """The sentence the cover, the Redactions section, the command line and the window all
    say when a redacted packet prints pictures; empty when it prints none."""
    numbers = pictures_not_redacted(data)
    if not numbers:
        return ""
    count = f"{len(numbers)} picture{'s' if len(numbers) != 1 else ''}"
    which = ", ".join(str(n) for n in numbers)
    return (
        "Screenshots and other pictures are printed as received and are not redacted: "
        f"{count} (Exhibit{'s' if len(numbers) != 1 else ''} {which})."
    )
