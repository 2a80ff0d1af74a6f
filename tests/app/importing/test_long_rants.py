"""A long rant, hundreds of threats and everyday sentences in one message, is read as its
sentences are read one by one, and reading it takes a bounded number of passes over the text
however many threats it holds (a mailbox of such rants imports without crawling)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.importing import everyday
from app.importing.suggest import Suggestion, suggest_categories, threat_spans

# Each sentence reads the same alone as in the rant: a review's praise or complaint is read in
# its sentence and the next, so a sentence that follows a plain review says neither.
SENTENCES = [
    "I would never sue you, you have always been fair.",
    "If you don't refund me I'll sue you.",
    "I'll write a review on Google, you were great!",
    "I will sue you for every penny and my lawyer has your emails.",
    "Don't make me hurt you.",
    "I won't call my bank yet.",
    "You idiots, I'm telling everyone I know about this scam.",
    "I'm not going to take you to court over this.",
    "Thanks for nothing, I'll leave a review.",
    "I won't hesitate to smash your windows.",
    "i am not really going to ever want to actually sue you",
]
RANT = SENTENCES * 110  # about 56,000 characters, 1,000 threat phrases


def _merged(readings: list[list[Suggestion]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for suggestions in readings:
        for suggestion in suggestions:
            words = merged.setdefault(suggestion.category.label, {})
            for word, meaning in zip(suggestion.words, suggestion.meanings, strict=True):
                words.setdefault(word, meaning)
    return merged


def test_a_long_rant_reads_as_its_sentences_one_by_one() -> None:
    rant = " ".join(RANT)
    assert len(rant) > 50_000

    expected_spans: list[tuple[int, int]] = []
    offset = 0
    for sentence in RANT:
        expected_spans += [(offset + a, offset + b) for a, b in threat_spans(sentence)]
        offset += len(sentence) + 1
    assert threat_spans(rant) == expected_spans
    assert len(expected_spans) > 500

    found = suggest_categories(rant)
    assert _merged([found]) == _merged([suggest_categories(s) for s in RANT])
    # The everyday sentences stay everyday in the rant, the threats beside them stay threats.
    words = {word for suggestion in found for word in suggestion.words}
    assert "I'll sue" in words and "take you to court" not in words


class _Counted:
    """A compiled pattern that adds up how much text each search is given to read."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self._pattern = pattern
        self._read = read
        self.pattern = pattern.pattern

    def _span(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self._read[0] += max(0, min(len(text), len(text) if endpos is None else endpos) - pos)

    def search(self, text: str, *where: int) -> Any:
        self._span(text, *where)
        return self._pattern.search(text, *where)

    def finditer(self, text: str, *where: int) -> Any:
        self._span(text, *where)
        return self._pattern.finditer(text, *where)

    def split(self, text: str, *rest: int) -> Any:
        self._span(text)
        return self._pattern.split(text, *rest)

    def fullmatch(self, text: str, *where: int) -> Any:
        self._span(text, *where)
        return self._pattern.fullmatch(text, *where)

    def match(self, text: str, *where: int) -> Any:
        return self._pattern.match(text, *where)  # anchored: reads what it matches


def test_a_long_rant_is_read_in_a_few_passes_not_one_per_threat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rant = " ".join(RANT)
    read = [0]
    for name, value in vars(everyday).items():
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(everyday, name, _Counted(value, read))
    spans = threat_spans(rant)
    assert len(spans) > 500
    # Reading the words before each threat again from the start of the rant would be hundreds
    # of passes over it.
    assert read[0] < 20 * len(rant)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # A negation carried on from further back than the words read first, in a long clause.
        ("I would never " + "really " * 20 + "sue you", False),
        ("I will not " + "really " * 150 + "sue you", False),
        ("I will not " + "really " * 150 + "hesitate to sue you", True),
        ("I will not hesitate " + "really " * 150 + "to sue you", True),
        ("never " + "word " * 300 + "sue you", True),
        # A clause longer than the words read first, started by a mark far back.
        ("Well, " + "word " * 300 + "I won't ever sue you", False),
        ("Don't worry, " + "word " * 300 + "stop it or I'll sue you", True),
        ("I'll write a review" + " word" * 300 + ", you were great!", False),
    ],
)
def test_negations_and_praise_far_from_the_threat_read_as_near(text: str, threat: bool) -> None:
    assert bool(suggest_categories(text)) is threat
