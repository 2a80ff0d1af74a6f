"""Many phrase patterns searched at once, fast: each pattern is tried only where the text starts
with what the pattern can start with.

A regular expression per phrase list, run over the whole text, tries every alternative at every
character; with hundreds of phrases in many languages that is tens of milliseconds per page.
Here the first three letters of each word lead to just the patterns that can begin with them,
worked out once from the patterns themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_KEY = 3
# A letter of a word, including Devanagari vowel signs, which \w leaves out.
LETTER = r"\w\u0900-\u0963\u0966-\u097f"
_TOKEN = re.compile(rf"[{LETTER}*]+")
# Scripts written without spaces between words, or with words joined to what follows.
_SPACELESS = r"\u0590-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# A word with such letters in it: any of its letters may start a phrase. Found as a run of
# letters, then checked for one of those: a single pattern "letters, one of those, letters"
# backtracks through every long word without one (100,000 letters took two minutes).
_WORD_RUN = re.compile(rf"[{LETTER}*{_SPACELESS}]+")
_SPACELESS_LETTER = re.compile(rf"[{_SPACELESS}]")


def _starts(items: Any, k: int) -> set[str] | None:
    """Every string of up to k characters a match can begin with (shorter: it can end there);
    None when that cannot be told (a pattern starting with \\w, say)."""
    found = {""}
    for op, av in items:
        if all(len(s) >= k for s in found):
            break
        options = _starts_of(op, av, k)
        if options is None:
            # What came before still starts every match ("zł" in zł\w*).
            return None if found == {""} else found
        found = {s if len(s) >= k else (s + o)[:k] for s in found for o in options}
        if len(found) > 512:
            return None
    return found


def _starts_of(op: Any, av: Any, k: int) -> set[str] | None:
    if op is _C.LITERAL:
        return {chr(av).lower()}
    if op is _C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value).lower())
            elif kind is _C.RANGE and value[1] - value[0] < 40:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is _C.SUBPATTERN:
        return _starts(av[3], k)
    if op is _C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _starts(branch, k)
            if found is None:
                return None
            union |= found
        return union
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, item = av
        once = _starts(item, k)
        if once is None:
            return None
        result = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, k) + 1):
            current = {(a + b)[:k] for a in current for b in once}
            result |= current if count >= low else {s for s in current if len(s) >= k}
        return result
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}
    return None


@dataclass(frozen=True)
class Found:
    phrase: int  # index into the patterns given
    start: int
    end: int


class PhraseIndex:
    """`patterns` are regular expressions (case-insensitive, groups written as (?:...)).
    Those listed in `anywhere` may also start inside a word of a spaceless script (Chinese,
    Arabic...); the rest start at the beginning of a word."""

    def __init__(self, patterns: Sequence[str], anywhere: frozenset[int] = frozenset()) -> None:
        self._compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
        self._anywhere = anywhere
        self._index: dict[str, list[int]] = {}
        for number, pattern in enumerate(patterns):
            starts = _starts(_parser.parse(pattern.lower()), _KEY)
            for start in starts if starts is not None else {""}:
                self._index.setdefault(start, []).append(number)
        self._by_key: dict[tuple[str, bool], tuple[int, ...]] = {}

    def _candidates(self, key: str, word_start: bool) -> tuple[int, ...]:
        found = self._by_key.get((key, word_start))
        if found is None:
            found = tuple(
                sorted(
                    {
                        number
                        for length in range(len(key) + 1)
                        for number in self._index.get(key[:length], ())
                        if word_start or number in self._anywhere
                    }
                )
            )
            if len(self._by_key) < 50_000:
                self._by_key[(key, word_start)] = found
        return found

    def find(self, text: str) -> Iterator[Found]:
        """Every match of every pattern, in order of where they start; one pattern's matches
        never overlap each other (as with finditer), different patterns' may."""
        starts = [token.start() for token in _TOKEN.finditer(text)]
        inside: list[int] = []
        if self._anywhere:
            for run in _WORD_RUN.finditer(text):
                if _SPACELESS_LETTER.search(text, run.start(), run.end()):
                    inside.extend(range(run.start() + 1, run.end()))
        positions: list[tuple[int, bool]] = [(p, True) for p in starts]
        if inside:
            positions = sorted(positions + [(p, False) for p in inside])
        busy_until: dict[int, int] = {}
        index = self._by_key
        for position, word_start in positions:
            key = text[position : position + _KEY].lower()
            candidates = index.get((key, word_start))
            if candidates is None:
                candidates = self._candidates(key, word_start)
            for number in candidates:
                if busy_until.get(number, -1) > position:
                    continue
                match = self._compiled[number].match(text, position)
                if match is None or match.end() == position:
                    continue
                busy_until[number] = match.end()
                yield Found(number, position, match.end())
