"""Arabic written in characters an owner does not type, folded as they read.

A customer may write a phone number or an order in Arabic-Indic or Persian digits (٠٥٥٥ ١٢٣)
while the owner types 0555 123, or send a threat in Arabic presentation forms (ﺳﺄﻗﺎﺿﻴﻚ): the
same letters on screen, other characters, used to slip past filters. The folded copies'
trigger (storage/written_search_revisions.py) keeps both as written, and its folds cannot
change without folding new contacts differently from those already in a log: Steady folds the
versions holding them again as it saves them (storage/contacts_shown.py), and a typed word is
folded the same way here.
"""

from __future__ import annotations

import re
from functools import cache

from storage.customers_shown import arabic_as_typed
from storage.search_folds import fold, written_as

# The blocks they are in: a GLOB class, or a regular expression's.
SIGNS = "[\u0660-\u0669\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufefc]"
_SIGNS = re.compile(SIGNS)


@cache
def _table() -> dict[int, str]:
    return str.maketrans(arabic_as_typed())


def needs_reading(text: str) -> bool:
    """Whether `text` holds a character the folded copies keep as written but an owner does
    not type."""
    return _SIGNS.search(text) is not None


def fold_read(text: str) -> str:
    """`text` folded as the copies are, its digits and presentation forms read first."""
    return fold(text.translate(_table())) if needs_reading(text) else fold(text)


@cache
def _read_forms() -> dict[str, list[str]]:
    """Each folded letter or digit: the characters, one each, that read as it."""
    forms: dict[str, list[str]] = {}
    for char, read in arabic_as_typed().items():
        folded = fold(read)
        if len(folded) == 1:
            forms.setdefault(folded, []).append(char)
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
    """What `word` folded matches as written, in presentation forms and Arabic-Indic digits
    too."""
    return written_as(fold_read(word), _read_forms())
