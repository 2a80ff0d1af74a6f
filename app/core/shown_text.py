"""Text read as a person sees it on screen, with the way back to where each letter was written.

A threat reads the same to the owner however the sender spelt it out: broken over a line by
the mail program (format=flowed, hard wraps), with two spaces, a tab or a no-break space
between the words, an invisible character inside a word (text_folding.INVISIBLE, direction
marks), letters from "fancy text" sites (full-width, mathematical bold or script, circled,
small capitals), accents or a strike-through typed as separate marks, or a Cyrillic or Greek
letter that looks Latin inside an otherwise Latin word ("kn\u043ew"). Text between a
right-to-left override (U+202E) and its pop (U+202C) is shown backwards: it is read in the
order it is shown. Letters crossed out (each followed by U+0336, as Steady keeps the words a
mail showed struck through, and as "strikethrough text" sites write them) are shown as words
the writer took back: they are not read as said.

The reading keeps case and never joins what a space separates; a blank line stays a break.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from app.core.direction_controls import DIRECTION_CONTROLS
from app.core.text_folding import INVISIBLE

OVERRIDE = "\u202e"
_POP = "\u202c"
# Invisible in a word: joiners, soft hyphen, direction controls and marks (LRM, RLM, ALM).
HIDDEN = INVISIBLE + DIRECTION_CONTROLS + "\u200e\u200f\u061c"
# Accents, strike-throughs and other marks typed after a letter, in the blocks that hold only
# such marks (not Devanagari vowel signs or kana voicing marks, which are letters' parts);
# Arabic harakat and tatweel, Hebrew niqqud and cantillation (its maqaf, paseq, sof pasuq kept).
_MARK_BLOCKS = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed"
)
MARKS = re.compile(f"[{_MARK_BLOCKS}]+")
# Small capitals have no compatibility form; "ᴋɪʟʟ" is "kill" to whoever reads it.
_SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True))
_APOSTROPHES = dict.fromkeys("’‘ʼ′", "'")
# Cyrillic and Greek letters drawn like Latin ones: read as Latin only inside a word that has
# Latin letters too, so Russian or Greek words are left as written.
_LOOK_ALIKE = dict(
    zip(
        "аеорсухіјѕһԁԛԝӏкАВЕКМНОРСТХІЈЅҮԚԜαοικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
        "aeopcyxijshdqwlkABEKMHOPCTXIJSYQWaoikvptuxABEZHIKMNOPTYX",
        strict=True,
    )
)
# Where the text is not plain ASCII with single spaces: a run of spaces and hidden characters,
# any other space (tab, line break, no-break space), or a run of other letters.
# A line break on its own is read as a space in place (same length): not looked at one by one.
_ODD = re.compile(rf"[\s{HIDDEN}]{{2,}}|[^\S \n]|[^\x00-\x7f\s]+")
_LATIN = re.compile(r"[A-Za-z]")
_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
# Letters each drawn with a line through them (U+0336 after the letter and its accents).
STRIKE = "\u0336"
_STRUCK = re.compile(r"(?:[^\s\u0300-\u036f][\u0300-\u036f]*\u0336[\u0300-\u036f]*)+")
# An overridden run ends at its pop or at the end of the paragraph, as it does on screen.
_OVERRIDDEN = re.compile(rf"{OVERRIDE}([^{_POP}\n\r\u2029]*){_POP}?")


@lru_cache(maxsize=4096)
def folded_letter(char: str) -> str:
    """`char` as read: its compatibility form without marks ("ｋ", "𝐤", "ⓚ", "ǩ" → "k"), when
    that is Latin, Greek or Cyrillic; marks and hidden characters as nothing."""
    if char in HIDDEN or MARKS.fullmatch(char):
        return ""
    if char in _SMALL_CAPITALS:
        return _SMALL_CAPITALS[char]
    if char in _APOSTROPHES:
        return "'"
    plain = MARKS.sub("", unicodedata.normalize("NFKD", char))
    # Other scripts' decompositions (Hangul into jamo, kana and their voicing) are kept whole.
    if plain and all(c < "\u0250" or "\u0370" <= c <= "\u04ff" for c in plain) and " " not in plain:
        return plain
    return char


_PLAIN = str.maketrans({**dict.fromkeys(HIDDEN, ""), **_APOSTROPHES})


def without_hidden(text: str) -> str:
    """`text` without hidden characters, its apostrophes straight: how it looks."""
    return text.translate(_PLAIN)


def folded_pattern(pattern: str) -> str:
    """A phrase pattern's letters as `shown` reads the text's (no look-alikes: the lists are
    written in their own script)."""
    if pattern.isascii():
        return pattern
    return "".join(folded_letter(char) for char in pattern)


class Shown:
    """`text` as read (`read`), and where each of its letters was written."""

    def __init__(self, text: str, backwards: bool = True) -> None:
        self.text = text
        self.overridden = OVERRIDE in text or "\u202d" in text
        self._backwards = backwards and OVERRIDE in text
        pieces: list[str] = []
        self._read_at: list[int] = []  # where each changed stretch starts in `read`
        self._written_at: list[int] = []  # ... and in `text`
        self._stretch: list[tuple[int, int, int]] = []  # (read length, written length, kind)
        last = length = 0
        for odd in self._odd_places(text):
            start, end, read, kind = odd
            pieces.append(text[last:start].replace("\n", " "))
            length += start - last
            self._read_at.append(length)
            self._written_at.append(start)
            self._stretch.append((len(read), end - start, kind))
            pieces.append(read)
            length += len(read)
            last = end
        self.read = "".join(pieces) + text[last:].replace("\n", " ")

    def _odd_places(self, text: str) -> list[tuple[int, int, str, int]]:
        """(start, end, read, kind) of each changed stretch, in order: kind 0 is read as one
        (spaces, or one letter), kind 2 a run read backwards, letter for letter."""
        places: list[tuple[int, int, str, int]] = []
        overridden = [m.span() for m in _OVERRIDDEN.finditer(text)] if self._backwards else []
        position = 0
        for start, end in [*overridden, (len(text), len(text))]:
            places.extend(self._read_between(text, position, start))
            if start == end:
                continue
            places.append((start, start + 1, "", 0))  # the override itself
            inner_end = end - 1 if text[end - 1] == _POP else end
            inner = text[start + 1 : inner_end]
            read = "".join(" " if c.isspace() else folded_letter(c) for c in reversed(inner))
            if len(read) == len(inner):
                places.append((start + 1, inner_end, read, 2))
            else:  # letters that read as more or less than one: each its own stretch
                for at in range(inner_end - 1, start, -1):
                    c = text[at]
                    places.append((at, at + 1, " " if c.isspace() else folded_letter(c), 0))
            if inner_end < end:
                places.append((inner_end, end, "", 0))
            position = end
        return sorted(places, key=lambda place: (place[0], place[1]))

    def _read_between(self, text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
        """The changed stretches of text[start:end], outside any override: crossed-out
        letters read as nothing, the rest as `_read_odd` reads it."""
        places: list[tuple[int, int, str, int]] = []
        struck = list(_STRUCK.finditer(text, start, end)) if STRIKE in text else []
        for part_start, part_end in _between(start, end, [m.span() for m in struck]):
            for odd in _ODD.finditer(text, part_start, part_end):
                places.extend(self._read_odd(text, odd.start(), odd.end()))
        places.extend((m.start(), m.end(), "", 0) for m in struck)
        return places

    def _read_odd(self, text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
        run = text[start:end]
        if run[0].isspace() or run[0] in HIDDEN:
            if not any(c.isspace() for c in run):
                return [(start, end, "", 0)]
            breaks = len(_BREAKS.findall(run))
            if run == " ":
                return []
            return [(start, end, "\n" if breaks >= 2 else " ", 0)]
        # Only a run that touches a Latin letter can hold part of a Latin word.
        latin = (start > 0 and bool(_LATIN.match(text, start - 1))) or bool(_LATIN.match(text, end))
        places = []
        for at in range(start, end):
            char = text[at]
            read = folded_letter(char)
            if latin and char in _LOOK_ALIKE and self._in_a_latin_word(text, at):
                read = _LOOK_ALIKE[char]
            if read != char:
                places.append((at, at + 1, read, 0))
        return places

    @staticmethod
    def _in_a_latin_word(text: str, at: int) -> bool:
        """Whether the word around `at` has an ASCII Latin letter."""
        start = at
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in HIDDEN):
            start -= 1
            if _LATIN.match(text, start):
                return True
        end = at + 1
        while end < len(text) and (text[end].isalpha() or text[end] in HIDDEN):
            if _LATIN.match(text, end):
                return True
            end += 1
        return False

    def written(self, start: int, end: int) -> tuple[int, int]:
        """Where the read text's [start, end) was written: from its first letter's place to
        just after its last letter and the marks written after it."""
        if not self._read_at:
            return start, end
        first, last = self._place(start), self._place(end - 1)
        begin = min(first[0], last[0])
        finish = max(first[1], last[1])
        if self._backwards:  # a phrase read partly backwards: every letter's place counts
            for at in range(start + 1, end - 1):
                where = self._place(at)
                begin, finish = min(begin, where[0]), max(finish, where[1])
        text = self.text
        while finish < len(text) and MARKS.match(text, finish):
            finish += 1
        return begin, finish

    def _place(self, at: int) -> tuple[int, int]:
        """Where the read letter at `at` was written: (start, end) in `text`."""
        index = bisect_right(self._read_at, at) - 1
        if index < 0:
            return at, at + 1
        read_length, written_length, kind = self._stretch[index]
        read_start, written_start = self._read_at[index], self._written_at[index]
        if at < read_start + read_length:
            if kind == 2:  # backwards, letter for letter
                back = written_start + written_length - 1 - (at - read_start)
                return back, back + 1
            return written_start, written_start + written_length
        where = written_start + written_length + at - (read_start + read_length)
        return where, where + 1


def _between(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of [start, end) outside the ordered, separate `spans`."""
    stretches = []
    for span_start, span_end in spans:
        stretches.append((start, span_start))
        start = span_end
    return [*stretches, (start, end)]


def struck_words(text: str) -> list[str]:
    """The stretches of `text` written crossed out, without their marks ("kill you")."""
    found: list[str] = []
    last_end = 0
    for match in _STRUCK.finditer(text):
        words = MARKS.sub("", match.group())
        # Struck words with plain spaces between them are one stretch.
        if found and not text[last_end : match.start()].strip():
            found[-1] = f"{found[-1]} {words}"
        else:
            found.append(words)
        last_end = match.end()
    return found


def shown(text: str, backwards: bool = True) -> Shown:
    """The reading of `text` (kept for the few texts read last: the threat phrases and the
    everyday reading look at the same text one after the other). `backwards` False reads
    overridden text in the order it is stored, as a printer that ignores the override shows
    it."""
    return _shown(text, backwards)


@lru_cache(maxsize=4)
def _shown(text: str, backwards: bool) -> Shown:
    return Shown(text, backwards)


def override_warning(text: str) -> str:
    """A warning for a message whose words hold direction overrides ("" when none): part of
    it shows in another order than it is stored, and a program that ignores the override (a
    printer, a search) reads it differently from the screen."""
    if OVERRIDE not in text and "\u202d" not in text:
        return ""
    return (
        "The message holds hidden characters that show some of its words in another order "
        "than they are written (direction overrides); Steady reads them in the order shown "
        "and keeps the text as written."
    )
