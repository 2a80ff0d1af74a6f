"""Which font prints each character of a text, and whether Paragraph can print it at all.

Shared by unicode_text (Paragraph markup) and script_layout (text laid out by hand).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from app.packets.data import REDACTED
from reports.fonts import EMOJI, FALLBACK, SANS, SHAPED, register_fonts, script_font

_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
# Characters with no glyph of their own that join or vary the one before them.
_JOINERS = {"\u200c", "\u200d", "\ufe0e", "\ufe0f", "\u20e3"}
# After a character, these ask for it as an emoji (❤️, 1️⃣): it is printed from the emoji font.
_AS_EMOJI = ("\ufe0f", "\u20e3")


def char_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name}]" if name else f"[U+{ord(char):04X}]"


def attaches(char: str) -> bool:
    """Joiners, variation selectors, skin tones, tags and combining marks stay in the run
    (and the font) of the character before them."""
    code = ord(char)
    return (
        char in _JOINERS
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or unicodedata.category(char) in ("Mn", "Mc", "Me")
    )


@cache
def font_for(char: str, base_font: str) -> str | None:
    """The font that prints the character, or None when no font can."""
    fonts = register_fonts()
    if char == " ":
        return base_font
    scripted = script_font(char)
    if scripted is not None and fonts.has(scripted, char):
        return scripted
    if fonts.has(base_font, char):
        return base_font
    return next((font for font in FALLBACK if fonts.has(font, char)), None)


@cache
def own_characters(base_font: str) -> frozenset[str]:
    """Characters the base font prints itself, with no shaping or direction of their own:
    text made only of these (most of a log) skips the per-letter walks below."""
    fonts = register_fonts()
    return frozenset(
        chr(code)
        for code in fonts.coverage(base_font)
        if code <= 0xFFFF
        and unicodedata.category(chr(code)) not in ("Cc", "Mn", "Mc", "Me", "Cf", "Co")
        and unicodedata.bidirectional(chr(code)) not in ("R", "AL")
        and script_font(chr(code)) is None
    )


def printable_text(text: str) -> str:
    """The text as it is printed: line breaks kept, tabs as spaces, control characters and
    characters no font has named in brackets."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    # Most of a log is plain ASCII, which the packet font prints whole: skip the per-letter walk.
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return text
    if own_characters(SANS).issuperset(text.replace("\n", "")):
        return text
    out: list[str] = []
    named = False  # the character before was printed as its name
    for char in text:
        if char in ("\n", REDACTED):
            out.append(char)
            named = False
        elif attaches(char):
            if _unprintable_mark(char):
                out.append(char_name(char))  # never an empty box after a named letter
            elif not named:
                out.append(char)
            # A joiner or selector after a named character has nothing left to join.
        elif unicodedata.category(char) == "Cc" or font_for(char, SANS) is None:
            out.append(char_name(char))
            named = True
        else:
            out.append(char)
            named = False
    return "".join(out)


def _unprintable_mark(char: str) -> bool:
    """A combining mark (a vowel sign, an accent) that no packet font has."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me") and font_for(char, SANS) is None


def undrawable(text: str) -> list[str]:
    """The characters of the text that no packet font can draw."""
    if text.isascii() or own_characters(SANS).issuperset(text.replace("\n", "")):
        return []
    return [
        c
        for c in text
        if not (c in ("\n", "\t", "\r", REDACTED) or (attaches(c) and not _unprintable_mark(c)))
        and (unicodedata.category(c) == "Cc" or font_for(c, SANS) is None)
    ]


@cache
def _prints_ascii(base_font: str) -> bool:
    fonts = register_fonts()
    return all(fonts.has(base_font, chr(code)) for code in range(32, 127))


def runs(text: str, base_font: str) -> Iterator[tuple[str, str]]:
    """(font, characters) runs of printable text; REDACTED runs come as font REDACTED."""
    if (text.isascii() and _prints_ascii(base_font)) or own_characters(base_font).issuperset(text):
        if text:
            yield base_font, text
        return
    run_font, run = base_font, list[str]()
    for index, char in enumerate(text):
        if char == REDACTED:
            font = REDACTED
        elif run and attaches(char):
            font = run_font
        elif text[index + 1 : index + 2] in _AS_EMOJI and register_fonts().has(EMOJI, char):
            font = EMOJI
        else:
            font = font_for(char, base_font) or base_font
        if font != run_font and run:
            yield run_font, "".join(run)
            run = []
        run_font = font
        run.append(char)
    if run:
        yield run_font, "".join(run)


def needs_own_layout(text: str) -> bool:
    """True when Paragraph cannot print the text faithfully: a script that needs shaping,
    right-to-left text, emoji, or characters beyond U+FFFF."""
    if text.isascii() or own_characters(SANS).issuperset(text.replace("\n", "")):
        return False
    for char in text:
        if ord(char) > 0xFFFF or unicodedata.bidirectional(char) in ("R", "AL"):
            return True
        if char in _AS_EMOJI:
            return True
        scripted = script_font(char)
        if scripted is not None and scripted in SHAPED:
            return True
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
