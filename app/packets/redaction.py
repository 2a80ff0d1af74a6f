"""Redaction: the owner's marked words blacked out of every text a packet prints.

One walk over the assembled PacketData reaches every string in it (the cover, the customer
table, handles, web addresses, posts, emails, actions, the narrative and the letter), so
nothing printed escapes a rule. A rule for one contact applies inside that contact's own
records (its text, its exhibits, its post). Hashes, numbers, dates and file bytes are left
alone: they identify the originals, which are never changed.

A rule matches its words as the customer happened to space them: across a line break (a
hard-wrapped email, a quoted reply's "> "), several spaces, a tab or a non-breaking space, in
any case, with or without accents ("Jose" and "José", typed as one character or two) and any
kind of apostrophe or hyphen ("O'Brien", "O’Brien"). It matches whole
words only, so "Sam" blacks out "Sam", "Sam's" and "Sam," but never "same", "Samsung" or
"sample"; an address or a handle is matched as a whole. In scripts written without spaces
between words (Chinese, Japanese, Thai…) and in Korean, Arabic and Hebrew, where particles and
prefixes are written onto a name, a rule matches inside a longer word: there a name must not
slip through.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from functools import cache
from typing import Any

from app.core.unspaced_scripts import PREFIXED, UNSPACED
from app.packets.contact_data import PacketContact
from app.packets.data import REDACTED, AppliedRedaction, PacketData, Redaction

# Identifiers, not words: redacting them would break the checks they exist for.
_LEFT_ALONE = frozenset({"sha256", "head_hash", "number", "mime", "paper_size", "zone", "key"})

# What a file's name writes in place of a space between words.
_NAME_SEPARATORS = str.maketrans("_-.+", "    ")

# Characters that take no room and may sit between the words of pasted text.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Between two words of a rule: any run of white space (line breaks, tabs, non-breaking and
# other Unicode spaces), with a quoted reply's ">" markers where a line was broken.
_GAP = f"(?:[\\s{_INVISIBLE}]+(?:>+[\\s{_INVISIBLE}]*)*)"

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


# Combining accents of the Latin, Greek and Cyrillic alphabets, written after their letter.
_ACCENTS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Marks that phones and word processors swap for one another in a name ("O'Brien", "O’Brien").
_ALIKE = ("'’‘ʼ`´", "-‐‑–")


@cache
def _accented() -> dict[str, str]:
    """Each base letter (any case) with the accented letters written on it: e → é è ê ë ē…"""
    found: dict[str, str] = {}
    for block in (range(0xC0, 0x250), range(0x370, 0x530), range(0x1E00, 0x2000)):
        for char in map(chr, block):
            parts = unicodedata.normalize("NFD", char)
            if len(parts) > 1 and parts[0].isalpha():
                for base in {parts[0].lower(), parts[0].upper()}:
                    found[base] = found.get(base, "") + char
    return found


def _letter(char: str) -> str:
    """A character of a rule as the customer may have typed it: a letter with or without its
    accents (precomposed or written after it), an apostrophe or a hyphen of any kind."""
    for alike in _ALIKE:
        if char in alike:
            return f"[{re.escape(alike)}]"
    base = unicodedata.normalize("NFD", char)[0]
    accented = _accented().get(base.lower(), "") + _accented().get(base.upper(), "")
    if not accented:
        return re.escape(char)
    return f"[{re.escape(base + accented)}][{_ACCENTS}]*"


def _ascii_letter(char: str) -> str:
    """A character of a rule as it can stand in plain ASCII text (most of a log)."""
    for alike in _ALIKE:
        if char in alike:
            return f"[{re.escape(''.join(c for c in alike if c.isascii()))}]"
    base = unicodedata.normalize("NFD", char)[0]
    return re.escape(base if base.isascii() else char)


def _pattern(
    text: str, open_start: bool, open_end: bool, in_ascii: bool = False
) -> re.Pattern[str]:
    words = unicodedata.normalize("NFC", text).split()
    letter, gap = (_ascii_letter, r"(?:\s+(?:>+\s*)*)") if in_ascii else (_letter, _GAP)
    body = gap.join("".join(letter(c) for c in word) for word in words)
    # The common case settled inside the search (a neighbouring English letter, digit or
    # "_"); other scripts' neighbours are looked at one by one in _whole().
    start = "" if open_start else "(?<![A-Za-z0-9_])"
    end = "" if open_end else "(?![A-Za-z0-9_])"
    return re.compile(start + body + end, re.IGNORECASE)


class _Rule:
    def __init__(self, redaction: Redaction) -> None:
        self.redaction = redaction
        words = redaction.text.split()
        first, last = words[0][0], words[-1][-1]
        self.open_start = not _is_word_char(first) or _joins_words(first)
        self.open_end = not _is_word_char(last) or _joins_words(last)
        self.pattern = _pattern(redaction.text, self.open_start, self.open_end)
        self.ascii_pattern = _pattern(redaction.text, self.open_start, self.open_end, True)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the rule's words stand in the text as whole words."""
        if text.isascii():
            # Every neighbour is an English letter or not a letter: the search decides alone.
            return (found.span() for found in self.ascii_pattern.finditer(text))
        return self._spans(text)

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
        # Longer rules first: "Alice" blacked out first would leave "Brown" of "Alice Brown".
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
        for index in self._order:
            rule = self._rules[index]
            if not self._applies(rule, contact_id):
                continue
            # Read one character for one, so the spans found stand where they do in the text.
            spans = list(rule.spans(text.translate(read_as) if read_as else text))
            if spans:
                starts = [0] + [end for _, end in spans]
                ends: list[int | None] = [start for start, _ in spans] + [None]
                text = REDACTED.join(text[a:b] for a, b in zip(starts, ends, strict=True))
                self.counts[index] += len(spans)
        return text

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
            if not field.init or field.name in _LEFT_ALONE:
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
