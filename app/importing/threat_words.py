"""Threat and abuse phrases in many languages, read from assets/threats/<language>.tsv.

Each row is one phrase: its kind, a regular expression, what it means in English and an
example a customer might send (the tests check every example). All languages are searched at
once, so a message that mixes languages is read in full. Chinese and Japanese (no spaces), and
Arabic, Hebrew and Korean (words joined to prefixes and endings) are matched anywhere, Arabic
and Hebrew with their vowel marks left out; the others from the start of a word, whole words
or word stems as each file says.

The text is read as it shows on screen (app.core.shown_text): across line breaks and odd
spaces, without invisible characters, accents or styled letters, backwards where a direction
override shows it backwards. Each hit still gives the words exactly as written; English words
that were spelt to look like something else say what they read as.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import assets_folder
from app.core.phrase_index import LETTER, PhraseIndex
from app.core.shown_text import folded_pattern, shown, without_hidden

KINDS = ("legal", "chargeback", "public", "vandalism", "physical", "abuse")
_MODES = ("words", "stems", "anywhere")
_AFTER = rf"(?![{LETTER}'])"
# Same-length rewrites, so offsets into the rewritten text are offsets into the original:
# curly apostrophes, and the Arabic letters people write either way (alef forms, ya, ta marbuta).
_FOLD = {"’": "'", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}


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
    # Where the words are in the text as read (app.core.shown_text), and how they read there.
    read_start: int = -1
    read_end: int = -1
    reading: str = ""
    as_shown: bool = True  # False: read in the order stored, ignoring direction overrides


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


def _body(phrase: Phrase) -> str:
    pattern = _fold(folded_pattern(phrase.pattern))
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
    # Text under a direction override is read as shown and as stored: a printer or a program
    # that ignores the override shows it in the order stored.
    orders = (True, False) if shown(text).overridden else (True,)
    found = sorted(
        (
            (*shown(text, backwards).written(match.start, match.end), match, backwards)
            for backwards in orders
            for match in _index().find(_fold(shown(text, backwards).read))
        ),
        key=lambda f: (f[0], -f[1], not f[3]),
    )
    for start, end, match, backwards in found:
        phrase = table[match.phrase]
        if taken.get(phrase.kind, -1) > start:
            continue
        taken[phrase.kind] = end
        words = text[start:end]
        read_words = shown(text, backwards).read[match.start : match.end]
        meaning = phrase.meaning or _spelt_otherwise(words, read_words)
        yield Hit(
            phrase.kind,
            phrase.language,
            start,
            end,
            words,
            meaning,
            match.start,
            match.end,
            read_words,
            backwards,
        )


def _spelt_otherwise(words: str, read: str) -> str:
    """English words written so they do not look like themselves ("𝐤𝐢𝐥𝐥", "k​ill",
    written backwards) mean what they read as; spacing and case alone change nothing."""
    written = " ".join(without_hidden(words).split())
    return "" if written == read or written.casefold() == read.casefold() else read


def meaning_of(words: str) -> str:
    """What words found earlier mean in English ("" for English words or unknown ones)."""
    for hit in hits(words):
        if hit.start == 0 and hit.end == len(words):
            return hit.meaning
    return ""
