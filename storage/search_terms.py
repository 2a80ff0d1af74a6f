"""The FTS5 expression for what the owner typed.

Every word must appear, in any order. Words written together without a space ("#A-1042",
"bob@shop", "555-010-2233"), or put in quotes ("you sue"), must appear together, in that order: "#A-1042" is one order, not
any message with "a" and "1042" in it. A word of letters and digits ("A1042") also finds
them written apart ("A-1042"). A phone number is compared by its digits whatever its grouping:
"5550102233" finds "+1 555 010 2233" and "555 010 2299" finds "5550102299".
"""

from __future__ import annotations

import re

from app.core.text_folding import phone_query
from app.core.unspaced_scripts import PREFIXED, UNSPACED, character_class

_WORD = re.compile(r"\w+", re.UNICODE)
# Hebrew and Arabic write particles onto the next word (למשטרה, والشرطة): a word in them is
# looked for as written too, so "משטרה" (police) finds "to the police".
_UNSPACED = re.compile(character_class(UNSPACED + PREFIXED))
# Letters of their own that the index does not fold, as an English keyboard spells them:
# "strasse" for Straße, "kjaergaard" for Kjærgaard, "soren" for Søren, "lukasz" for Łukasz.
_SPELT_OUT = (("ss", "ß"), ("ae", "æ"), ("oe", "œ"), ("o", "ø"), ("l", "ł"))
_PIECE = re.compile(r'"([^"]*)"|([^\s"]+)')
_LETTERS_DIGITS = re.compile(r"\d+|[^\W\d_]+")
# How phone numbers are grouped when written: 555 010 2233, 0612 345 678, 06 12 34 56 78,
# 0412 555 0199, 07700 900 123.
_GROUPINGS = (
    (3, 3, 4),
    (4, 3, 4),
    (5, 3, 3),
    (1, 3, 3, 4),
    (2, 3, 3, 4),
    (4, 3, 3),
    (3, 4, 4),
    (2, 2, 2, 2, 2),
    (3, 3, 3),
)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _phrase(words: list[str], unfinished: bool) -> str:
    return " + ".join(_quoted(word) for word in words) + ("*" if unfinished else "")


def _term(chunk: list[str], unfinished: bool) -> str:
    """One piece typed without spaces: its words as a phrase; letters and digits run
    together also as written apart."""
    terms = [_phrase(chunk, unfinished)]
    if len(chunk) == 1:
        parts = _LETTERS_DIGITS.findall(chunk[0])
        if len(parts) > 1 and any(part.isdigit() for part in parts):
            terms.append(_phrase(parts, unfinished))
    for plain, letter in _SPELT_OUT:
        spelt = [word.lower().replace(plain, letter) for word in chunk]
        if spelt != [word.lower() for word in chunk]:
            terms.append(_phrase(spelt, unfinished))
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _phone_terms(number: str) -> list[str]:
    """The digits as one word and in the groupings a phone number is written in."""
    terms = [_quoted(number)]
    # Also without a country code written before it ("+1 555 010 2233" for "555-010-2233").
    for digits in dict.fromkeys((number, number[-10:] if len(number) > 10 else number)):
        for grouping in _GROUPINGS:
            if sum(grouping) == len(digits):
                at = 0
                groups = []
                for size in grouping:
                    groups.append(digits[at : at + size])
                    at += size
                terms.append(_phrase(groups, False))
    return terms


def match_expression(query: str, prefix: bool = False) -> str | None:
    """Each piece typed must appear; with prefix, the last word may be unfinished (typing).
    Words in scripts written without spaces are left to `unspaced_words`."""
    # Words in quotes are a phrase: "you sue" is not found in "I will sue you".
    pieces = [_WORD.findall(quoted or piece) for quoted, piece in _PIECE.findall(query)]
    typing = prefix and not query[-1:].isspace() and not query.rstrip().endswith('"')
    terms = []
    for at, words in enumerate(pieces):
        chunk = [word for word in words if not _UNSPACED.search(word)]
        if chunk:
            unfinished = typing and at == len(pieces) - 1 and chunk[-1] == words[-1]
            terms.append(_term(chunk, unfinished))
    if not terms:
        return None
    expression = " AND ".join(terms)
    number = phone_query(query)
    if number:
        phones = _phone_terms(number)
        if typing:
            phones[0] += "*"
        expression = " OR ".join([f"({expression})", *phones])
    return expression
