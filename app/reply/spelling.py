"""Spelling and grammar for a draft, offline, with offsets and suggestions.

Spelling is pyspellchecker (its English word list ships inside the package). Grammar and style
come from Harper (harper-py, a compiled checker with its rules built in) when it is installed;
without it only spelling is checked. Words the owner knows — customer and business names,
product words, their personal dictionary — are never marked.

A SpellCheck is not thread-safe: make one per thread (the window keeps one in its worker).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

MAX_SUGGESTIONS = 5

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Addresses, links and file names are not words to correct.
_SKIP = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b\w+\.(?:com|org|net|pdf|eml|zip)\b", re.I)
_NAME_PARTS = re.compile(r"[^\W\d_]{2,}")


class IssueKind(StrEnum):
    SPELLING = "spelling"
    GRAMMAR = "grammar"


@dataclass(frozen=True)
class SpellingIssue:
    kind: IssueKind
    start: int  # index into the text, in code points
    end: int
    words: str
    message: str
    suggestions: tuple[str, ...] = ()


def words_in(texts: Iterable[str]) -> set[str]:
    """The words in names, addresses and signatures, to teach the checker (lower case)."""
    found: set[str] = set()
    for text in texts:
        found.update(part.lower() for part in _NAME_PARTS.findall(text or ""))
    return found


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(distance=2)


def grammar_available() -> bool:
    try:
        import harper  # noqa: F401
    except ImportError:
        return False
    return True


class SpellCheck:
    def __init__(self, known_words: Iterable[str] = (), grammar: bool = True) -> None:
        self._known: set[str] = {word.lower() for word in known_words}
        self._grammar_wanted = grammar and grammar_available()
        self._linter: Any = None
        self._suggestions: dict[str, tuple[str, ...]] = {}

    @property
    def checks_grammar(self) -> bool:
        return self._grammar_wanted

    def learn(self, words: Iterable[str]) -> None:
        self._known.update(word.lower() for word in words)

    def knows(self, word: str) -> bool:
        return word.lower().replace("’", "'") in self._known

    def check(self, text: str) -> list[SpellingIssue]:
        issues = self.spelling(text)
        if self._grammar_wanted:
            taken = [(issue.start, issue.end) for issue in issues]
            taken += [(m.start(), m.end()) for m in _SKIP.finditer(text)]
            for issue in self.grammar(text):
                if all(issue.end <= start or issue.start >= end for start, end in taken):
                    issues.append(issue)
            issues.sort(key=lambda issue: (issue.start, issue.end))
        return issues

    def spelling(self, text: str) -> list[SpellingIssue]:
        skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
        candidates: list[re.Match[str]] = []
        for match in _WORD.finditer(text):
            word = match.group()
            if len(word) < 2 or word.isupper() or self.knows(word):
                continue
            if any(start <= match.start() < end for start, end in skipped):
                continue
            candidates.append(match)
        unknown = _dictionary().unknown([m.group().replace("’", "'") for m in candidates])
        issues = []
        for match in candidates:
            word = match.group()
            if word.replace("’", "'").lower() not in unknown:
                continue
            issues.append(
                SpellingIssue(
                    IssueKind.SPELLING,
                    match.start(),
                    match.end(),
                    word,
                    f"“{word}” is not in the dictionary.",
                    self.suggest(word),
                )
            )
        return issues

    def suggest(self, word: str) -> tuple[str, ...]:
        key = word.lower()
        if key not in self._suggestions:
            found = _dictionary().candidates(key) or set()
            best = _dictionary().correction(key)
            ranked = sorted(
                found, key=lambda w: (w != best, -_dictionary().word_usage_frequency(w))
            )
            self._suggestions[key] = tuple(_same_case(word, w) for w in ranked[:MAX_SUGGESTIONS])
        return self._suggestions[key]

    def grammar(self, text: str) -> list[SpellingIssue]:
        if not self._grammar_wanted:
            return []
        if self._linter is None:
            import harper

            self._linter = harper.Linter()
        issues = []
        for lint in self._linter.lint(text, language="plaintext"):
            # Spelling is pyspellchecker's job, which knows the owner's words.
            if lint.lint_kind == "Spelling":
                continue
            start, end = lint.span.start, lint.span.end
            # Spacing (a template's indentation, two spaces after a full stop) is not worth an
            # upset owner's attention, and its "fix" shows as an empty suggestion.
            if not text[start:end].strip():
                continue
            suggestions = tuple(
                dict.fromkeys(
                    s.replacement_text for s in lint.suggestions if s.replacement_text.strip()
                )
            )[:MAX_SUGGESTIONS]
            issues.append(
                SpellingIssue(
                    IssueKind.GRAMMAR,
                    start,
                    end,
                    text[start:end],
                    _plain(lint.message),
                    suggestions,
                )
            )
        return issues


def _plain(message: str) -> str:
    return message.replace("`", "“", 1).replace("`", "”", 1)


def _same_case(original: str, suggestion: str) -> str:
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


__all__ = ["IssueKind", "SpellCheck", "SpellingIssue", "grammar_available", "words_in"]
