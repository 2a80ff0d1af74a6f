"""Harsh words: a sentence of a reply that people would rate as strongly negative, even when no
listed phrase is in it ("This was a dull, useless mess"), flagged on its harshest words.

Each rated word of the VADER lexicon (and each "not <word>") carries a weight fitted to how
people rated whole sentences (bench/train_harsh.py, on the labelled texts bench/data/vader that
are not held out), so a flag always names the words that make the sentence harsh and how
strongly each counts. Apologies and sympathy are never harsh ("I'm so sorry this was a terrible
experience"), and nor are words that name what happened ("lost", "broken", "refund"): an owner
must be able to say what went wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import assets_folder
from app.reply.tone_context import FACTS, SOFTER, Sentence
from app.reply.tone_rules import K, ToneFlag

TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# A negation turns round the next three words ("not at all funny").
NEGATIONS = frozenset(
    "not no never nor none nothing nobody neither without hardly barely cannot cant dont "
    "doesnt didnt isnt wasnt arent werent wont wouldnt shouldnt couldnt aint".split()
)
NEGATED_SPAN = 3
# A sentence is harsh when its words add up to a rating at or below this (people's scale runs
# from -4 to +4; the labelled texts call -2 or below hostile). Chosen by cross-validation inside
# the tuned part (`bench/train_harsh.py --cv`): the loosest that keeps warm texts flagged well
# under 5% on every source, so the held-out figures have room.
HARSH_BELOW = -0.85
# Words that pull a harsh sentence down at least this much are the ones highlighted.
HIGHLIGHT = -0.5
# ...or, when several milder words add up, the harshest of them if it pulls at least this much
# (a sentence whose harshness no word carries is left alone: there is nothing to point at).
FALLBACK = -0.4

REASON = (
    "Strongly negative words: people rate a sentence like this as hostile, and in a reply it "
    "reads as anger even when it is aimed at the situation."
)
SUGGESTION = "Describe what happened plainly: what, when, and what you will do about it."


# Words a negation reaches past to the word it turns round.
_PASSED_OVER = frozenset(
    "a an the at all very so that too really even quite exactly particularly as much any to be "
    "been being it this".split()
)
# Words that name what happened rather than judge it ("the parcel was lost"); the judging ones
# ("a disappointment", "rude") stay harsh.
NAMED = FACTS - {"disappointment", "disappointing", "frustrating", "rude", "scam", "fraud"}
_NAMED_OR_NOT = NAMED | {f"not {word}" for word in NAMED}


def _praise_negated(ahead: Sequence[str]) -> bool:
    return "enough" in ahead or (
        len(ahead) >= 2 and ahead[0] == "be" and ahead[1].endswith("er") and len(ahead[1]) > 4
    )


@dataclass(frozen=True)
class Feature:
    name: str  # the word in lower case, or "not <word>" after a negation
    start: int  # where the word (not the negation) is in the text
    end: int


def names(lowered: Sequence[str]) -> list[str]:
    """The name each word goes by in the weights: the word, "not <word>" for the word a
    negation turns round, "" for the negation itself."""
    if NEGATIONS.isdisjoint(lowered) and not any(word.endswith("n't") for word in lowered):
        return list(lowered)  # nothing to turn round: most sentences
    found = []
    left = 0
    for i, word in enumerate(lowered):
        if word.replace("'", "") in NEGATIONS or word.endswith("n't"):
            ahead = lowered[i + 1 : i + 1 + NEGATED_SPAN + 3]
            # "I couldn't be happier", "I cannot recommend it enough": praise, not negation.
            left = 0 if _praise_negated(ahead) else NEGATED_SPAN
            found.append("")
        elif left and word in _PASSED_OVER:
            left -= 1
            found.append(word)
        else:
            # The negation turns round the next word that says something ("not at all
            # funny"), and only that one ("never fails to engage").
            found.append(f"not {word}" if left else word)
            left = 0
    return found


def features(text: str, offset: int = 0) -> list[Feature]:
    """The words of a sentence as the harsh-words weights know them."""
    tokens = list(TOKEN.finditer(text))
    named = names([token.group().lower() for token in tokens])
    return [
        Feature(name, offset + token.start(), offset + token.end())
        for name, token in zip(named, tokens, strict=True)
        if name
    ]


@lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]]:
    """(the rating of a sentence with no rated word, each word's pull on the rating)."""
    table: dict[str, float] = {}
    base = 0.0
    for line in (
        (assets_folder() / "tone" / "harsh_en.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if not line or line.startswith("#"):
            continue
        word, value = line.split("\t")[:2]
        if word == "(none)":
            base = float(value)
        else:
            table[word] = float(value)
    return base, table


def rating(
    sentence: Sentence, text: str, weighed: tuple[float, dict[str, float]] | None = None
) -> tuple[float, list[str], list[tuple[int, float]]]:
    """How people would rate the sentence (-4 to +4) by its words: the rating, each word's
    name, and (index, pull) of the words that carry a weight (`weighed`: other weights than
    Steady's, to measure them)."""
    base, table = weighed or weights()
    part = text[sentence.start : sentence.end]
    # Strings first, positions only for a harsh sentence: most sentences are not.
    named = names(sentence.lowered or [word.lower() for word in TOKEN.findall(part)])
    pulls = [
        (i, table[name])
        for i, name in enumerate(named)
        if name in table and name not in _NAMED_OR_NOT
    ]
    return base + sum(pull for _, pull in pulls), named, pulls


def pointed_at(pulls: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """The words a harsh sentence is flagged on: those pulling hard, or else the harshest if it
    pulls enough (a sentence whose harshness no word carries has nothing to point at)."""
    strong = [(i, pull) for i, pull in pulls if pull <= HIGHLIGHT]
    # Several milder words can add up: then the harshest of them stands for the sentence.
    harshest = min(pulls, key=lambda item: item[1], default=None)
    if not strong and harshest is not None and harshest[1] <= FALLBACK:
        strong = [harshest]
    return strong


def harsh_words(sentence: Sentence, text: str) -> list[tuple[Feature, float]]:
    """The words that make the sentence harsh, with their pull, or [] when it is not harsh."""
    score, named, pulls = rating(sentence, text)
    if score > HARSH_BELOW:
        return []
    strong = pointed_at(pulls)
    part = text[sentence.start : sentence.end]
    tokens = list(TOKEN.finditer(part))
    return [
        (
            Feature(named[i], sentence.start + tokens[i].start(), sentence.start + tokens[i].end()),
            pull,
        )
        for i, pull in strong
    ]


def open_to_harsh(sentence: Sentence, taken: Sequence[ToneFlag]) -> bool:
    """Whether a sentence can be flagged as harsh: not an apology or sympathy, and not already
    explained by another flag."""
    return not (
        sentence.kindly
        or any(
            sentence.start <= f.start < sentence.end and f.hostile and f.kind is not K.SHOUTING
            for f in taken
        )
    )


def harsh_flags(
    text: str, sentences: Sequence[Sentence], taken: Sequence[ToneFlag]
) -> list[ToneFlag]:
    """A flag on each harsh word of each harsh sentence not already explained by another flag
    (an apology or sympathy is never harsh)."""
    flags = []
    for sentence in sentences:
        if not open_to_harsh(sentence, taken):
            continue
        for feature, pull in harsh_words(sentence, text):
            words = text[feature.start : feature.end]
            softer = None if feature.name.startswith("not ") else SOFTER.get(feature.name)
            flags.append(
                ToneFlag(
                    K.HARSH,
                    feature.start,
                    feature.end,
                    words,
                    f"{REASON} “{feature.name}” counts {pull:+.1f} on a scale of -4 to +4.",
                    SUGGESTION,
                    softer,
                )
            )
    return flags


__all__ = [
    "HARSH_BELOW",
    "features",
    "harsh_flags",
    "harsh_words",
    "open_to_harsh",
    "pointed_at",
    "rating",
    "weights",
]
