"""Columns on a terminal line, counted in the cells letters take, not in code points.

A Chinese or Korean letter takes two cells, a vowel sign or an accent none, and a family emoji
joined from seven code points two: padded by code points, the columns after such a name
drifted, and a name cut by code points could end inside a letter ("श्रीवास्तव" cut to a
different-looking word).
"""

from __future__ import annotations

import unicodedata

_JOINER = "\u200d"
_VIRAMA = 9  # the combining class of the signs that join two Indic letters into one


def _joins_previous(char: str, previous: str) -> bool:
    """Whether `char` is drawn as part of the letter before it."""
    if previous == _JOINER or unicodedata.combining(previous) == _VIRAMA:
        return True
    if char == _JOINER or 0xFE00 <= ord(char) <= 0xFE0F or 0x1F3FB <= ord(char) <= 0x1F3FF:
        return True  # a joiner, a variation selector, a skin tone
    return unicodedata.category(char) in ("Mn", "Me", "Mc", "Cf")


def letters(text: str) -> list[str]:
    """The text as the letters a reader sees (a letter with its marks, an emoji sequence)."""
    found: list[str] = []
    for char in text:
        if found and _joins_previous(char, found[-1][-1]):
            found[-1] += char
        else:
            found.append(char)
    return found


def cells(letter: str) -> int:
    """How many terminal cells one letter takes."""
    first = letter[0]
    # A spacing vowel sign (Devanagari "ा") takes a cell of its own, as terminals draw it.
    spacing = sum(1 for char in letter[1:] if unicodedata.category(char) == "Mc")
    if unicodedata.category(first) in ("Mn", "Me", "Cf", "Cc"):
        return spacing
    if unicodedata.east_asian_width(first) in ("W", "F") or ord(first) >= 0x1F000:
        return 2
    return 1 + spacing


def width(text: str) -> int:
    return sum(cells(letter) for letter in letters(text))


def fitted(text: str, room: int) -> str:
    """`text` in exactly `room` cells: padded with spaces, or cut between letters with "…"."""
    used = width(text)
    if used <= room:
        return text + " " * (room - used)
    kept, used = "", 0
    for letter in letters(text):
        if used + cells(letter) > room - 1:
            break
        kept += letter
        used += cells(letter)
    return kept + "…" + " " * (room - 1 - used)
