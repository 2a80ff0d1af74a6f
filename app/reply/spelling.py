"""Spelling and grammar for a draft, offline, with offsets and suggestions.

Spelling uses the word lists that ship inside pyspellchecker (English, Spanish, French,
German...), read into a plain set of words: a check only looks words up, so it takes a few
milliseconds, and the list is read in small steps so another thread (the window) is never held
up for long. Suggestions are found only when asked for (the right-click menu), one edit away
for any word and two edits away only for short words, within a time limit: a 30-letter word
never costs seconds. Grammar and style come from Harper (harper-py, a compiled checker with
its rules built in) when it is installed; without it only spelling is checked. Words the owner
knows — customer and business names, product words, their personal dictionary — are never
marked.

A SpellCheck is not thread-safe: make one per thread (the window keeps one in its worker).
"""

from __future__ import annotations

import gzip
import pkgutil
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from app.core.paths import assets_folder
from app.reply.spanish_forms import is_spanish_form

MAX_SUGGESTIONS = 5
# Two edits away is searched only for words this short, and only for this long (seconds).
SECOND_EDIT_LETTERS = 8
SUGGESTION_BUDGET = 0.04
SPELLING_LANGUAGES = ("en", "es", "fr", "de")
_LETTERS = {
    "en": "abcdefghijklmnopqrstuvwxyz'",
    "es": "abcdefghijklmnopqrstuvwxyzáéíóúñü",
    "fr": "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ'",
    "de": "abcdefghijklmnopqrstuvwxyzäöüß",
}
_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)":\s*(\d+)')

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Addresses, links and file names are not words to correct.
# "(?<!\S)" tries an address only where a run of non-spaces starts: without it every letter of
# a page starts a scan to the end of its word.
_SKIP = re.compile(
    r"(?<!\S)\S+@\S+|(?:https?://|www\.)\S+|\b\w+\.(?:com|org|net|pdf|eml|zip)\b", re.I
)
_NAME_PARTS = re.compile(r"[^\W\d_]{2,}")
# French elision: "j'ai", "l'équipe", "qu'il", "n'avez" are two words, each checked alone.
_ELIDED = {
    "fr": re.compile(
        r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’](?=[^\W\d_])",
        re.IGNORECASE,
    )
}


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


def word_list(language: str = "en") -> dict[str, int]:
    """Every word of the language with how common it is."""
    return _read_word_list(language if language in SPELLING_LANGUAGES else "en")


def spellchecker_words(language: str) -> dict[str, int]:
    """pyspellchecker's own list for the language, with each word's count."""
    # Entry by entry rather than one json.loads, which would hold the interpreter (and so the
    # window) for a fifth of a second.
    raw = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    text = gzip.decompress(raw or b"{}").decode("utf-8")
    return {match.group(1): int(match.group(2)) for match in _ENTRY.finditer(text)}


@lru_cache(maxsize=len(SPELLING_LANGUAGES))
def _read_word_list(language: str) -> dict[str, int]:
    words = spellchecker_words(language)
    # pyspellchecker's Spanish list has hardly any plural or verb form ("gracias", "hemos",
    # "días" were marked), the German and French lists miss common forms, and the English one
    # knows only American spellings ("behaviour", "apologise" were marked). The forms come
    # from wordfreq's lists of words in common use (see assets/wordlists/README.txt).
    forms = assets_folder() / "wordlists" / f"forms-{language}.txt.gz"
    if forms.exists():
        for form in gzip.decompress(forms.read_bytes()).decode("utf-8").split():
            words.setdefault(form, 1)
    return words


def _one_edit(word: str, letters: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(left + right[1:] for left, right in splits if right),
        *(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1),
        *(left + c + right[1:] for left, right in splits if right for c in letters),
        *(left + c + right for left, right in splits for c in letters),
    }


@lru_cache(maxsize=512)
def suggestions_for(word: str, language: str = "en") -> tuple[str, ...]:
    """The likeliest corrections, most common first; bounded in time for any word."""
    words = word_list(language)
    key = word.lower().replace("’", "'")
    letters = _LETTERS.get(language, _LETTERS["en"])
    near = _one_edit(key, letters)
    found = {w for w in near if w in words}
    if not found and len(key) <= SECOND_EDIT_LETTERS:
        deadline = time.perf_counter() + SUGGESTION_BUDGET
        for once in near:
            found.update(w for w in _one_edit(once, letters) if w in words)
            if time.perf_counter() > deadline:
                break
    ranked = sorted(found, key=lambda w: (-words[w], w))[:MAX_SUGGESTIONS]
    return tuple(_same_case(word, w) for w in ranked)


def grammar_available() -> bool:
    try:
        import harper  # noqa: F401
    except ImportError:
        return False
    return True


class SpellCheck:
    def __init__(
        self, known_words: Iterable[str] = (), grammar: bool = True, language: str = "en"
    ) -> None:
        self._known: set[str] = {word.lower() for word in known_words}
        # Harper checks English only.
        self._grammar_wanted = grammar and language == "en" and grammar_available()
        self._linter: Any = None
        self.language = language if language in SPELLING_LANGUAGES else "en"

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
            for issue in self.grammar(text):
                if all(issue.end <= start or issue.start >= end for start, end in taken):
                    issues.append(issue)
            issues.sort(key=lambda issue: (issue.start, issue.end))
        return issues

    def spelling(self, text: str) -> list[SpellingIssue]:
        words = word_list(self.language)
        known = self._known
        skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
        issues = []
        for match in _WORD.finditer(text):
            word = match.group()
            # Most words are in the dictionary: that one look-up settles them, before the
            # rarer reasons to leave a word alone.
            key = word.lower()
            if key in words:
                continue
            if "’" in key:
                key = key.replace("’", "'")
            if len(word) < 2 or word.isupper() or key in known:
                continue
            if "'" in key and (key in words or key.replace("'", "") in words):
                continue
            elided = _ELIDED.get(self.language)
            start = match.start()
            if elided is not None and (cut := elided.match(word)) is not None:
                # Only the word after the apostrophe can be misspelt ("n'avez" is "ne avez").
                word, start = word[cut.end() :], start + cut.end()
                key = word.lower()
                if key in words or len(word) < 2 or key in known:
                    continue
            if skipped and any(start <= match.start() < end for start, end in skipped):
                continue
            if self.language == "es" and is_spanish_form(key, words):
                continue
            # Suggestions come when the owner asks (see suggest): finding them is the slow part.
            issues.append(
                SpellingIssue(
                    IssueKind.SPELLING,
                    start,
                    match.end(),
                    word,
                    f"“{word}” is not in the dictionary.",
                )
            )
        return issues

    def suggest(self, word: str) -> tuple[str, ...]:
        return suggestions_for(word, self.language)

    def warm_up(self) -> None:
        """Read the word list and start the grammar checker before the first check needs them
        (both take seconds the first time)."""
        word_list(self.language)
        if self._grammar_wanted:
            self.grammar("Thank you.")

    def grammar(self, text: str) -> list[SpellingIssue]:
        if not self._grammar_wanted:
            return []
        if self._linter is None:
            import harper

            self._linter = harper.Linter()
        issues = []
        # Addresses, links and file names are not sentences to correct.
        skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
        # A paragraph at a time: Harper holds the interpreter while it reads, and a whole
        # page at once would hold up the window for tens of milliseconds.
        for offset, part in _pieces(text):
            for lint in self._linter.lint(part, language="plaintext"):
                issue = self._issue(text, lint, offset, skipped)
                if issue is not None:
                    issues.append(issue)
        return issues

    def _issue(
        self, text: str, lint: Any, offset: int, skipped: list[tuple[int, int]]
    ) -> SpellingIssue | None:
        # Spelling is this module's job, which knows the owner's words.
        if lint.lint_kind == "Spelling":
            return None
        start, end = lint.span.start + offset, lint.span.end + offset
        if any(start < b and a < end for a, b in skipped):
            return None
        # Spacing (a template's indentation, two spaces after a full stop) is not worth an
        # upset owner's attention, and its "fix" shows as an empty suggestion.
        if not text[start:end].strip():
            return None
        # Names and words the owner knows are never marked, by grammar either ("Sam" is not to
        # become "SAM").
        named = _WORD.findall(text[start:end])
        if named and all(self.knows(word) for word in named):
            return None
        suggestions = tuple(
            dict.fromkeys(
                s.replacement_text for s in lint.suggestions if s.replacement_text.strip()
            )
        )[:MAX_SUGGESTIONS]
        return SpellingIssue(
            IssueKind.GRAMMAR, start, end, text[start:end], _plain(lint.message), suggestions
        )


_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
PIECE = 600  # characters: long paragraphs are cut at a sentence end near this


def _pieces(text: str) -> list[tuple[int, str]]:
    """The text in paragraphs, long ones cut at sentence ends, each with where it starts."""
    pieces = []
    for paragraph in _PARAGRAPH.finditer(text):
        start = paragraph.start()
        while paragraph.end() - start > PIECE:
            cut = next(
                (m.end() for m in _SENTENCE_END.finditer(text, start + PIECE, paragraph.end())),
                paragraph.end(),
            )
            pieces.append((start, text[start:cut]))
            start = cut
        if start < paragraph.end():
            pieces.append((start, text[start : paragraph.end()]))
    return pieces


def _plain(message: str) -> str:
    return message.replace("`", "“", 1).replace("`", "”", 1)


def _same_case(original: str, suggestion: str) -> str:
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


__all__ = [
    "IssueKind",
    "SpellCheck",
    "SpellingIssue",
    "grammar_available",
    "suggestions_for",
    "word_list",
    "words_in",
]
