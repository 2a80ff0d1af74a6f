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

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from app.packets.data import REDACTED
from reports.fonts import SANS
from reports.script_layout import ScriptParagraph
from reports.text_runs import (
    char_name,
    font_for,
    has_rtl,
    needs_own_layout,
    printable_text,
    runs,
    undrawable,
)

# The words "[redacted]" white on black, with no spaces added: the text around a redacted
# span is copied, searched and quoted exactly as it was.
REDACTION_MARKUP = f'<font name="{SANS}" color="white" backColor="black">[redacted]</font>'
UNDRAWABLE_LEGEND = (
    "A character in square brackets, such as [U+E000], is one no font in this packet can "
    "draw; copying the text gives the character itself, and the evidence bundle holds every "
    "message exactly as logged (UTF-8)."
)


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


@cache
def _break_anywhere(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-anywhere", parent=style, uriWasteReduce=0)


def _overflows(paragraph: Paragraph) -> bool:
    lines = paragraph.blPara.lines
    spare = (line[0] if isinstance(line, tuple) else line.extraSpace for line in lines)
    return any(extra < -0.01 for extra in spare)


class TextParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for a width: the layout asks a paragraph
    for its size two or three times (a keep-with-next group, then the frame), and its lines
    depend on the width alone.

    A token too long for its line (a web address, a handle, a file name, a hash) is broken
    wherever the line ends, so all of it is printed and can be typed back in: reportlab
    breaks an address after a "/" but then leaves a part longer than the line (a Facebook
    "pfbid…" of 200 letters) running off the page, so such a paragraph is laid out again
    with addresses broken anywhere.
    """

    _wrapped_for = -1.0
    style: ParagraphStyle

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() drops the lines when the paragraph moves on whole; they are found again.
        if availWidth == self._wrapped_for and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if self.style.uriWasteReduce and _overflows(self):
            self.style = _break_anywhere(self.style)
            size = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return size


def text_paragraph(text: str, style: ParagraphStyle, base: str | None = None) -> Flowable:
    """A flowable that prints the text verbatim (any script), wrapped to its frame; in its
    own direction, or left to right when base is "L" (an English sentence quoting a name).

    Chinese and Japanese, written without spaces, wrap through Paragraph's splitting of
    over-long words (its CJK mode is many times slower and changes nothing visible here).
    """
    if needs_own_layout(text):
        return ScriptParagraph(text, style, base=base)
    return TextParagraph(markup(printable_text(text), style.fontName), style)


__all__ = [
    "REDACTION_MARKUP",
    "UNDRAWABLE_LEGEND",
    "TextParagraph",
    "char_name",
    "font_for",
    "has_rtl",
    "markup",
    "needs_own_layout",
    "plain_markup",
    "printable_text",
    "text_paragraph",
    "undrawable",
]
