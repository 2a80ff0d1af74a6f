"""The Unicode Bidirectional Algorithm (UAX #9) for customer text that mixes directions:
Arabic with numbers and Latin product names, Hebrew with a price in brackets.

Levels come from python-bidi (its implementation of the algorithm in Python, rules P to I2):
it is maintained, small, and gives each character's resolved level, which the packet needs
because it draws shaped runs, not characters, and breaks lines itself. The rules that work on a
line (L1 and L2: reversing runs from the highest level down) are applied here to those runs.
"""

from __future__ import annotations

import re
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
# Steady's own quotation marks around a customer's words; a quoted run stands in the sentence
# around it as one neutral character, as an isolate does.
_QUOTED = re.compile("\u201c([^\u201c\u201d\n]+)\u201d")
_ISOLATE = "\ufffc"
FSI, PDI = "\u2068", "\u2069"
# The marks that open an isolate, and the direction each gives its inside (None: its first
# strong letter's).
_OPENERS: dict[str, bool | None] = {"\u2066": False, "\u2067": True, FSI: None}
_NO_MARKS = str.maketrans(dict.fromkeys([*_OPENERS, PDI]))


def base_is_rtl(text: str) -> bool:
    """The paragraph direction (rules P2, P3): that of its first strong letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def _strong(text: str) -> str | None:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return "R"
        if kind == "L":
            return "L"
    return None


def isolated(words: str) -> str:
    """The customer's or the owner's words placed in one of Steady's sentences, marked as a
    first-strong isolate (U+2068 … U+2069): an Arabic reason or a Hebrew note then reads in its
    own direction and never pulls the sentence's date or "#1" after it into its own run."""
    return f"{FSI}{words}{PDI}" if words else words


def without_marks(text: str) -> str:
    """The text without isolate marks: for a line printed with no right-to-left run in it."""
    return text.translate(_NO_MARKS)


def _marked(text: str) -> list[tuple[int, int, bool | None]]:
    """The outermost isolates of the text: (index of the mark that opens it, index of the one
    that closes it or the text's end, True/False for a right-/left-to-right isolate or None for
    a first-strong one)."""
    found: list[tuple[int, int, bool | None]] = []
    depth = opened = 0
    for index, char in enumerate(text):
        if char in _OPENERS:
            if not depth:
                opened = index
            depth += 1
        elif char == PDI and depth:
            depth -= 1
            if not depth:
                found.append((opened, index, _OPENERS[text[opened]]))
    if depth:  # an isolate left open runs to the end of the paragraph (rule BD9)
        found.append((opened, len(text), _OPENERS[text[opened]]))
    return found


def _first_strong(text: str) -> str | None:
    """Rule P2: the first strong letter's direction, skipping the inside of isolates."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI and depth:
            depth -= 1
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind in _STRONG_RTL:
                return "R"
            if kind == "L":
                return "L"
    return None


def levels(text: str, rtl: bool, marks: bool = False) -> list[int]:
    """The resolved embedding level of each character of one paragraph (no line breaks in it).

    Customer words that Steady quotes in its own sentences (between “ and ”) read in their own
    direction, as if wrapped in a first-strong isolate (UAX #9, higher-level protocol HL3): an
    Arabic quote with a price in it stays one right-to-left phrase inside an English line,
    instead of its words being interleaved with the sentence around it. With `marks`, the
    isolates Steady's sentences mark with isolated() are read as isolates too (rules X5a to
    X6a): their marks take the level of the sentence around them."""
    # (start, end, inner start, inner end, inner direction): the span replaced by one stand-in.
    spans: list[tuple[int, int, int, int, bool]] = []
    if marks:
        for opened, closed, kind in _marked(text):
            inside = text[opened + 1 : closed]
            inner_rtl = kind if kind is not None else _first_strong(inside) == "R"
            spans.append((opened, min(closed + 1, len(text)), opened + 1, closed, inner_rtl))
    for match in _QUOTED.finditer(text):
        start, end = match.start(1), match.end(1)
        direction = _strong(match.group(1))
        if direction is None or (direction == "R") == rtl:
            continue
        if not any(s < end and start < e for s, e, *_ in spans):
            spans.append((start, end, start, end, direction == "R"))
    if not spans:
        return _levels(text, rtl)
    spans.sort()
    outer_text = ""
    at = 0
    for start, end, *_ in spans:
        outer_text += text[at:start] + _ISOLATE
        at = end
    outer_text += text[at:]
    outer = _levels(outer_text, rtl)
    out: list[int] = []
    position = 0
    at = 0
    for start, end, inner_start, inner_end, inner_rtl in spans:
        out += outer[position : position + start - at]
        position += start - at
        own = outer[position]  # the level the isolate's marks take: the sentence's
        position += 1
        out += [own] * (inner_start - start)
        # The isolate's own level: the next odd (right-to-left) or even level above the base.
        inner = levels(text[inner_start:inner_end], inner_rtl, marks)
        raise_by = 0 if inner_rtl and not rtl else 2
        out += [level + raise_by for level in inner]
        out += [own] * (end - inner_end)
        at = end
    out += outer[position:]
    return out


def _levels(text: str, rtl: bool) -> list[int]:
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
