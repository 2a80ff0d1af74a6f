"""Arabic and Japanese written in characters an owner does not type, folded as they read.

A customer may write a phone number or an order in Arabic-Indic or Persian digits (٠٥٥٥ ١٢٣)
while the owner types 0555 123, or send a threat in Arabic presentation forms (ﺳﺄﻗﺎﺿﻴﻚ): the
same letters on screen, other characters, used to slip past filters. The folded copies'
trigger (storage/written_search_revisions.py) keeps both as written, and its folds cannot
change without folding new contacts differently from those already in a log: Steady folds the
versions holding them again as it saves them (storage/contacts_shown.py), and a typed word is
folded the same way here.

Japanese written in half-width katakana (ｶﾀｶﾅ, ﾊﾞｶ) is the same: the words an owner types in
full-width katakana, in other characters. It is read as Unicode's compatibility form reads it,
a voiced mark joined to the letter before it (ﾊﾞ as バ).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from storage.customers_shown import arabic_as_typed
from storage.search_folds import anchor, fold, written_as

# The blocks they are in: a GLOB class, or a regular expression's.
SIGNS = "[\u0660-\u0669\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufefc]"
HALF_WIDTH = "[\uff61-\uff9f]"
_SIGNS = re.compile(SIGNS[:-1] + HALF_WIDTH[1:])
_HALF_WIDTH = re.compile(HALF_WIDTH + "+")


@cache
def _table() -> dict[int, str]:
    return str.maketrans(arabic_as_typed())


def needs_reading(text: str) -> bool:
    """Whether `text` holds a character the folded copies keep as written but an owner does
    not type."""
    return _SIGNS.search(text) is not None


def _kana_read(found: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", found.group())


def fold_read(text: str) -> str:
    """`text` folded as the copies are, its digits, presentation forms and half-width
    katakana read first."""
    if not needs_reading(text):
        return fold(text)
    return fold(_HALF_WIDTH.sub(_kana_read, text.translate(_table())))


@cache
def _kana_forms() -> dict[str, list[str]]:
    """Each full-width katakana: the half-width ones that read as it (ｶ, ﾊﾞ)."""
    forms: dict[str, list[str]] = {}
    letters = [chr(code) for code in range(0xFF61, 0xFFA0)]
    for written in [*letters, *(letter + mark for letter in letters for mark in "\uff9e\uff9f")]:
        read = unicodedata.normalize("NFKC", written)
        if len(read) == 1 and read != written and (len(written) == 1 or read != written[0]):
            forms.setdefault(read, []).append(written)
    return forms


def read_anchor(word: str) -> str:
    """`anchor` of `word` as read, leaving out the letters written in half-width too."""
    kana = _kana_forms()
    return anchor("".join(char for char in fold_read(word) if char not in kana))


@cache
def _read_forms() -> dict[str, list[str]]:
    """Each folded letter or digit: the characters that read as it (one each, or a
    half-width katakana and its voiced mark)."""
    forms: dict[str, list[str]] = {}
    for char, read in arabic_as_typed().items():
        folded = fold(read)
        if len(folded) == 1:
            forms.setdefault(folded, []).append(char)
    for read, written in _kana_forms().items():
        forms.setdefault(read, []).extend(written)
    return forms


@cache
def digit_forms() -> dict[str, list[str]]:
    """Each ASCII digit: the digits a customer may write it as (٤, ۴, ４)."""
    forms: dict[str, list[str]] = {}
    for code in [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA), *range(0xFF10, 0xFF1A)]:
        char = chr(code)
        forms.setdefault(fold(char.translate(_table())), []).append(char)
    return forms


def written_as_read(word: str) -> re.Pattern[str]:
    """What `word` folded matches as written, in presentation forms, Arabic-Indic digits and
    half-width katakana too."""
    return written_as(fold_read(word), _read_forms())
