"""Threat and abuse phrases in many languages, read from assets/threats/<language>.tsv.

Each row is one phrase: its kind, a regular expression, what it means in English and an
example a customer might send (the tests check every example). All languages are searched at
once, so a message that mixes languages is read in full. Chinese and Japanese (no spaces), and
Arabic, Hebrew and Korean (words joined to prefixes and endings) are matched anywhere, Arabic
and Hebrew with their vowel marks left out; the others from the start of a word, whole words
or word stems as each file says.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import assets_folder
from app.core.phrase_index import LETTER, PhraseIndex

KINDS = ("legal", "chargeback", "public", "vandalism", "physical", "abuse")
_MODES = ("words", "stems", "anywhere")
_AFTER = rf"(?![{LETTER}'])"
# Same-length rewrites, so offsets into the rewritten text are offsets into the original:
# curly apostrophes, and the Arabic letters people write either way (alef forms, ya, ta marbuta).
_FOLD = {"’": "'", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}
# Marks left out before matching: Arabic harakat, shadda, sukun, dagger alef and tatweel, and
# Hebrew niqqud and cantillation. Voweled text ("سَأُقَاضِيكَ", "אֲנִי אֶתְבַּע") is the same
# words; the marks would break every phrase apart. Hebrew punctuation in that block (maqaf,
# paseq, sof pasuq) is kept.
_MARKS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed]+"
)


def _fold(text: str) -> str:
    # One replace per letter, not translate(): translate reads text with letters beyond ASCII
    # hundreds of times slower (a 56,000-character message: 5 ms against 0.01).
    for letter, written in _FOLD.items():
        if letter in text:
            text = text.replace(letter, written)
    return text


@dataclass(frozen=True)
class Phrase:
    language: str
    kind: str
    pattern: str
    meaning: str  # in English; empty when the words are English
    example: str
    mode: str


@dataclass(frozen=True)
class Hit:
    kind: str
    language: str
    start: int
    end: int
    words: str  # exactly as written in the message
    meaning: str


def read_phrases(text: str, language: str) -> list[Phrase]:
    mode = "words"
    phrases = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            found = re.search(r"match: (\w+)", line)
            mode = found.group(1) if found else mode
            continue
        if not line.strip():
            continue
        kind, pattern, meaning, example = line.split("\t")
        if kind not in KINDS or mode not in _MODES:
            raise ValueError(f"{language}.tsv:{number}: unknown kind or match {kind!r}/{mode!r}")
        if re.compile(pattern).groups:
            raise ValueError(f"{language}.tsv:{number}: write groups as (?:...)")
        phrases.append(Phrase(language, kind, pattern, meaning, example, mode))
    return phrases


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    found: list[Phrase] = []
    for path in sorted((assets_folder() / "threats").glob("*.tsv")):
        found.extend(read_phrases(path.read_text(encoding="utf-8"), path.stem))
    return tuple(found)


class _Unmarked:
    """The text with those marks left out, and the way back from its offsets to the text's."""

    def __init__(self, text: str) -> None:
        self._at: list[int] = []  # where in the shorter text each run of marks was
        self._left_out: list[int] = []  # how many marks were left out up to and with it
        pieces: list[str] = []
        last = removed = 0
        for run in _MARKS.finditer(text):
            pieces.append(text[last : run.start()])
            removed += run.end() - run.start()
            self._at.append(run.start() - (removed - (run.end() - run.start())))
            self._left_out.append(removed)
            last = run.end()
        self.unmarked = "".join(pieces) + text[last:] if pieces else text

    def original(self, offset: int) -> int:
        """A start skips the marks before its letter, an end takes those after its last."""
        runs = bisect_right(self._at, offset)
        return offset + (self._left_out[runs - 1] if runs else 0)


def _body(phrase: Phrase) -> str:
    pattern = _fold(_MARKS.sub("", phrase.pattern))
    if phrase.mode == "words":
        # Every alternative ends at the end of a word ("crooks?" is not "crooked").
        return f"(?:{pattern}){_AFTER}"
    if phrase.mode == "anywhere":
        # Where words join up, a space may be left out too ("יודעאיפהאתהגר").
        return pattern.replace(" ", r"\s*")
    return pattern


@lru_cache(maxsize=1)
def _index() -> PhraseIndex:
    table = phrases()
    patterns = [_body(p) for p in table]
    anywhere = frozenset(i for i, p in enumerate(table) if p.mode == "anywhere")
    return PhraseIndex(patterns, anywhere)


def hits(text: str) -> Iterator[Hit]:
    """Each threat or abusive phrase in the text, in order; within one kind, overlapping
    phrases ("te voy a demandar", "voy a demandar") count once, the first and longest."""
    table = phrases()
    taken: dict[str, int] = {}
    unmarked = _Unmarked(text)
    found = sorted(_index().find(_fold(unmarked.unmarked)), key=lambda f: (f.start, -f.end))
    for match in found:
        phrase = table[match.phrase]
        if taken.get(phrase.kind, -1) > match.start:
            continue
        taken[phrase.kind] = match.end
        start, end = unmarked.original(match.start), unmarked.original(match.end)
        yield Hit(phrase.kind, phrase.language, start, end, text[start:end], phrase.meaning)


def meaning_of(words: str) -> str:
    """What words found earlier mean in English ("" for English words or unknown ones)."""
    for hit in hits(words):
        if hit.start == 0 and hit.end == len(words):
            return hit.meaning
    return ""
