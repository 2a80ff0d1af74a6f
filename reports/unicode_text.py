"""Customer text, verbatim and printable, in any script.

Every quote goes through here before it reaches a Paragraph:
- each character is printed in a font that has it (DejaVu Sans, else the CJK font);
- a character no font has (emoji, mostly) is printed as its Unicode name in brackets,
  "[GRINNING FACE]", never as a box;
- Arabic is shaped (contextual letter forms) and right-to-left text is put in display order
  line by line, after the line breaks are chosen, so a long Hebrew or Arabic quote reads in
  the right order on every line;
- redacted spans (marked with REDACTED by the packet assembly) become a black bar reading
  "[redacted]";
- markup characters are escaped, so a "<" in a customer's message never breaks the build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.packets.data import REDACTED
from reports.fonts import CJK, SANS, register_fonts

# Emoji and pictographs print as their names even where DejaVu happens to draw some of them,
# so that every emoji in a packet reads the same way.
_PICTOGRAPHS_FROM = 0x1F000
_INVISIBLE_IN_EMOJI = {"\ufe0e", "\ufe0f", "\u200d"}
_RTL_CLASSES = {"R", "AL"}
REDACTION_MARKUP = f'<font name="{SANS}" color="white" backColor="black"> [redacted] </font>'


_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def char_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name}]" if name else f"[U+{ord(char):04X}]"


def _is_pictograph(char: str) -> bool:
    return ord(char) >= _PICTOGRAPHS_FROM and unicodedata.category(char) == "So"


def printable_text(text: str) -> str:
    """The text with every character a packet font can print; others named in brackets.

    Line breaks are kept; tabs become spaces; variation selectors and joiners between emoji,
    which have no glyph of their own, are dropped.
    """
    fonts = register_fonts()
    out: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    # Most of a log is plain ASCII, which the packet font prints whole: skip the per-letter walk.
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return text
    for index, char in enumerate(text):
        if char in ("\n", REDACTED):
            out.append(char)
        elif char in _INVISIBLE_IN_EMOJI:
            neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
            if char != "\u200d" or any(_is_pictograph(n) for n in neighbours):
                continue
            out.append(char_name(char))
        elif _is_pictograph(char) or unicodedata.category(char) == "Cc":
            out.append(char_name(char))
        elif fonts.has(SANS, char) or fonts.has(CJK, char):
            out.append(char)
        else:
            out.append(char_name(char))
    return "".join(out)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def _font_for(char: str, base_font: str) -> str:
    fonts = register_fonts()
    if char == " " or fonts.has(base_font, char):
        return base_font
    if fonts.has(SANS, char):
        return SANS
    return CJK


@cache
def _prints_ascii(base_font: str) -> bool:
    fonts = register_fonts()
    return all(fonts.has(base_font, chr(code)) for code in range(32, 127))


def _runs(text: str, base_font: str) -> Iterator[tuple[str, str]]:
    if text.isascii() and _prints_ascii(base_font):
        if text:
            yield base_font, text
        return
    run_font, run = base_font, list[str]()
    for char in text:
        font = REDACTED if char == REDACTED else _font_for(char, base_font)
        if font != run_font and run:
            yield run_font, "".join(run)
            run = []
        run_font = font
        run.append(char)
    if run:
        yield run_font, "".join(run)


def markup(text: str, base_font: str = SANS) -> str:
    """Paragraph markup for text already made printable (one line or many)."""
    parts: list[str] = []
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            parts.append("<br/>")
        for font, run in _runs(line, base_font):
            if font == REDACTED:
                parts.append(REDACTION_MARKUP * len(run))
            elif font == base_font:
                parts.append(escape(run))
            else:
                parts.append(f'<font name="{font}">{escape(run)}</font>')
    return "".join(parts)


def plain_markup(text: str, base_font: str = SANS) -> str:
    """Markup for any text that is not right-to-left: printable, escaped, fonts chosen."""
    return markup(printable_text(text), base_font)


@cache
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def text_paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A flowable that prints the text verbatim (any script), wrapped to its frame.

    Chinese and Japanese, written without spaces, wrap through Paragraph's splitting of
    over-long words (its CJK mode is many times slower and changes nothing visible here).
    """
    printable = printable_text(text)
    if has_rtl(printable):
        return BidiParagraph(printable, style)
    return Paragraph(markup(printable, style.fontName), style)


def _visual_lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """Break each logical line to the width, then put each piece in display order."""
    lines: list[str] = []
    space = stringWidth(" ", SANS, style.fontSize)
    for logical in text.split("\n"):
        base = "R" if _first_strong_is_rtl(logical) else "L"
        current: list[str] = []
        used = 0.0
        for word in logical.split(" "):
            shaped = _shaped(word)
            advance = _width(shaped, style)
            if current and used + space + advance > width:
                lines.append(_display(" ".join(current), base))
                current, used = [], 0.0
            used += advance + (space if current else 0.0)
            current.append(word)
        lines.append(_display(" ".join(current), base))
    return lines


@lru_cache(maxsize=8192)
def _shaped(word: str) -> str:
    """Arabic letters in their joined forms; other words unchanged."""
    if any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in word):
        return str(arabic_reshaper.reshape(word))
    return word


def _first_strong_is_rtl(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def _display(logical: str, base: str) -> str:
    return str(get_display(" ".join(_shaped(w) for w in logical.split(" ")), base_dir=base))


def _width(text: str, style: ParagraphStyle) -> float:
    total = 0.0
    for font, run in _runs(text, style.fontName):
        if font == REDACTED:
            total += len(run) * stringWidth(" [redacted] ", SANS, style.fontSize)
        else:
            total += stringWidth(run, font, style.fontSize)
    return total


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text: wrapped in logical order, drawn in display order.

    Paragraph itself breaks lines left to right, which would put the end of a Hebrew or
    Arabic sentence on its first line; this one chooses the breaks first and hands Paragraph
    lines already in display order.
    """

    def __init__(self, printable: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = printable
        self.style = style
        self._para: Paragraph | None = None
        self._para_width = -1.0

    def _paragraph(self, width: float) -> Paragraph:
        if self._para is None or self._para_width != width:
            inner = width - self.style.leftIndent - self.style.rightIndent
            lines = _visual_lines(self.text, self.style, inner)
            style = _right_aligned(self.style) if _first_strong_is_rtl(self.text) else self.style
            self._para = Paragraph(
                "<br/>".join(markup(line, self.style.fontName) for line in lines), style
            )
            self._para_width = width
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self._paragraph(availWidth).split(availWidth, availHeight))

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)
