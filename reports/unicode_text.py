"""Customer text, verbatim and printable, in any script.

Every quote goes through here before it reaches the page:
- each character is printed in a font that has it (see reports/fonts.py), emoji included;
- text in a script that needs shaping (Arabic, Devanagari, Tamil, Thai, …), right-to-left
  text, emoji sequences and mathematical letters are laid out by ScriptParagraph
  (reports/script_layout.py): shaped through HarfBuzz, each line in reading order, and copied
  or searched as the text logged (ActualText);
- a character no font has is printed as its Unicode name in brackets ("[U+E000]") and the
  packet's legend says so (UNDRAWABLE_LEGEND); copying still gives the character;
- redacted spans (marked with REDACTED by the packet assembly) become a black bar reading
  "[redacted]";
- markup characters are escaped, so a "<" in a customer's message never breaks the build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from app.packets.data import REDACTED
from reports.fonts import FALLBACK, SANS, SHAPED, register_fonts, script_font

REDACTION_MARKUP = f'<font name="{SANS}" color="white" backColor="black"> [redacted] </font>'
UNDRAWABLE_LEGEND = (
    "A character in square brackets, such as [U+E000], is one no font in this packet can "
    "draw; copying the text gives the character itself, and the evidence bundle holds every "
    "message exactly as logged (UTF-8)."
)

_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
# Characters with no glyph of their own that join or vary the one before them.
_JOINERS = {"\u200c", "\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


def char_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name}]" if name else f"[U+{ord(char):04X}]"


def _attaches(char: str) -> bool:
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
def _own_characters(base_font: str) -> frozenset[str]:
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
    if _own_characters(SANS).issuperset(text.replace("\n", "")):
        return text
    out: list[str] = []
    for char in text:
        if char in ("\n", REDACTED) or _attaches(char):
            out.append(char)
        elif unicodedata.category(char) == "Cc" or font_for(char, SANS) is None:
            out.append(char_name(char))
        else:
            out.append(char)
    return "".join(out)


def undrawable(text: str) -> list[str]:
    """The characters of the text that no packet font can draw."""
    if text.isascii() or _own_characters(SANS).issuperset(text.replace("\n", "")):
        return []
    return [
        c
        for c in text
        if not (c in ("\n", "\t", "\r", REDACTED) or _attaches(c))
        and (unicodedata.category(c) == "Cc" or font_for(c, SANS) is None)
    ]


@cache
def _prints_ascii(base_font: str) -> bool:
    fonts = register_fonts()
    return all(fonts.has(base_font, chr(code)) for code in range(32, 127))


def runs(text: str, base_font: str) -> Iterator[tuple[str, str]]:
    """(font, characters) runs of printable text; REDACTED runs come as font REDACTED."""
    if (text.isascii() and _prints_ascii(base_font)) or _own_characters(base_font).issuperset(text):
        if text:
            yield base_font, text
        return
    run_font, run = base_font, list[str]()
    for char in text:
        if char == REDACTED:
            font = REDACTED
        elif run and _attaches(char):
            font = run_font
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
    if text.isascii() or _own_characters(SANS).issuperset(text.replace("\n", "")):
        return False
    for char in text:
        if ord(char) > 0xFFFF or unicodedata.bidirectional(char) in ("R", "AL"):
            return True
        scripted = script_font(char)
        if scripted is not None and scripted in SHAPED:
            return True
    return False


def markup(text: str, base_font: str = SANS) -> str:
    """Paragraph markup for text already made printable (one line or many)."""
    parts: list[str] = []
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            parts.append("<br/>")
        for font, run in runs(line, base_font):
            if font == REDACTED:
                parts.append(REDACTION_MARKUP * len(run))
            elif font == base_font:
                parts.append(escape(run))
            else:
                parts.append(f'<font name="{font}">{escape(run)}</font>')
    return "".join(parts)


def plain_markup(text: str, base_font: str = SANS) -> str:
    """Markup for text with no script of its own layout: printable, escaped, fonts chosen."""
    return markup(printable_text(text), base_font)


class TextParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for a width: the layout asks a paragraph
    for its size two or three times (a keep-with-next group, then the frame), and its lines
    depend on the width alone."""

    _wrapped_for = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() drops the lines when the paragraph moves on whole; they are found again.
        if availWidth == self._wrapped_for and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return size


def text_paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A flowable that prints the text verbatim (any script), wrapped to its frame.

    Chinese and Japanese, written without spaces, wrap through Paragraph's splitting of
    over-long words (its CJK mode is many times slower and changes nothing visible here).
    """
    if needs_own_layout(text):
        from reports.script_layout import ScriptParagraph

        return ScriptParagraph(text, style)
    return TextParagraph(markup(printable_text(text), style.fontName), style)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
