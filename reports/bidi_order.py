"""The Unicode Bidirectional Algorithm (UAX #9) for customer text that mixes directions:
Arabic with numbers and Latin product names, Hebrew with a price in brackets.

Levels come from python-bidi (its implementation of the algorithm in Python, rules P to I2):
it is maintained, small, and gives each character's resolved level, which the packet needs
because it draws shaped runs, not characters, and breaks lines itself. The rules that work on a
line (L1 and L2: reversing runs from the highest level down) are applied here to those runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from bidi import algorithm

_STRONG_RTL = ("R", "AL")
# Classes that make the algorithm worth running: without one of them, every level is the base.
_NEEDS_RULES = {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "RLI", "LRI", "FSI"}
# python-bidi predates the isolates of Unicode 6.3; they are read as the embeddings closest to
# them (an isolate keeps its inside from affecting the outside; an embedding nearly does).
_ISOLATES = str.maketrans({"\u2066": "\u202a", "\u2067": "\u202b", "\u2068": "\u202a"})
_ISOLATES[0x2069] = "\u202c"

T = TypeVar("T")


def base_is_rtl(text: str) -> bool:
    """The paragraph direction (rules P2, P3): that of its first strong letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one paragraph (no line breaks in it)."""
    base = 1 if rtl else 0
    if not rtl and not any(unicodedata.bidirectional(c) in _NEEDS_RULES for c in text):
        return [0] * len(text)
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text.translate(_ISOLATES), storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    out = [-1] * len(text)
    for char in storage["chars"]:
        out[char["index"]] = char["level"]
    # Embedding controls and zero-width characters (removed by rule X9) go with their neighbour.
    previous = base
    for index, level in enumerate(out):
        if level < 0:
            out[index] = previous
        previous = out[index]
    return out


def visual_order(items: Sequence[T], item_levels: Sequence[int]) -> list[T]:
    """Rule L2: the items of one line (runs, each already in its own display order) from left
    to right: every sequence at a level or higher is reversed, from the highest level down to
    the lowest odd one."""
    order = list(range(len(items)))
    if not item_levels:
        return []
    highest = max(item_levels)
    lowest_odd = min(level for level in item_levels) | 1
    current = list(item_levels)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if current[index] >= level:
                end = index
                while end < len(order) and current[end] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                current[index:end] = reversed(current[index:end])
                index = end
            else:
                index += 1
    return [items[i] for i in order]
