"""ScriptParagraph: customer text in scripts that Paragraph cannot print faithfully.

reportlab's Paragraph shapes a word with the font of its first letter and knows no
right-to-left order, so text in Arabic, Hebrew, Devanagari, Gujarati, Tamil, Thai, Ethiopic,
with emoji or mathematical letters is laid out here instead:

- each paragraph gets its bidirectional levels (reports/bidi_order.py, the Unicode algorithm);
- the text is cut into words at spaces, Thai into its words (reports/word_breaks.py), each word
  into runs of one font and one level, shaped through HarfBuzz in the run's direction
  (reports/shaping.py): conjuncts, vowel signs, Arabic joining, emoji sequences (🏳️‍🌈, 👍🏽,
  flags, keycaps) come out as in a browser;
- lines are chosen in logical order, then each line's runs are put in display order (rule L2);
- every line is wrapped in an ActualText span holding the line exactly as logged, so copying,
  searching and text extraction give the customer's words, not glyph codes in display order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.packets.data import REDACTED
from reports.bidi_order import base_is_rtl, levels, visual_order, without_marks
from reports.fonts import SANS
from reports.shaping import shape
from reports.text_runs import attaches, needs_own_layout, printable_text, runs
from reports.word_breaks import clusters, segments

_REDACTED_TEXT = "[redacted]"  # copied and searched as this, with no spaces added around it
_SPACE = ""  # the font of the gap between two words: nothing is drawn


@dataclass
class _Piece:
    font: str
    text: str
    width: float
    level: int


@dataclass
class _Word:
    raw: str
    pieces: list[_Piece]
    width: float
    space_before: bool  # a space separates it from the word before (not so between Thai words)
    space_level: int


@dataclass
class _Line:
    words: list[_Word] = field(default_factory=list)
    width: float = 0.0

    @property
    def logical(self) -> str:
        """The line as logged, for copy and search (a redacted span reads "[redacted]")."""
        text = "".join(
            (" " if index and word.space_before else "") + word.raw
            for index, word in enumerate(self.words)
        )
        return text.replace(REDACTED, _REDACTED_TEXT)


def _bar_width(size: float) -> float:
    """One black bar: the words "[redacted]" with a space's room either side (drawn, not text)."""
    return stringWidth(f" {_REDACTED_TEXT} ", SANS, size)


def _piece(font: str, text: str, size: float, level: int) -> _Piece:
    if font == REDACTED:
        return _Piece(font, text, len(text) * _bar_width(size), level)
    drawn, width = shape(font, text, size, level % 2 == 1)
    return _Piece(font, drawn, width, level)


def _word(raw: str, raw_levels: list[int], style: ParagraphStyle, gap: tuple[bool, int]) -> _Word:
    """A word in runs of one font and one bidirectional level, each shaped."""
    pieces: list[_Piece] = []
    start = 0
    for index in range(1, len(raw) + 1):
        if index < len(raw) and (raw_levels[index] == raw_levels[start] or attaches(raw[index])):
            continue
        for font, text in runs(printable_text(raw[start:index]), style.fontName):
            pieces.append(_piece(font, text, style.fontSize, raw_levels[start]))
        start = index
    return _Word(raw, pieces, sum(p.width for p in pieces), gap[0], gap[1])


def _break_long(
    raw: str, raw_levels: list[int], style: ParagraphStyle, width: float, gap: tuple[bool, int]
) -> list[_Word]:
    """A word wider than the line in line-wide pieces, cut between whole letters."""
    parts: list[_Word] = []
    start = end = 0
    for cluster in clusters(raw):
        trial = _word(
            raw[start : end + len(cluster)],
            raw_levels[start : end + len(cluster)],
            style,
            gap if not parts else (False, 0),
        )
        if end > start and trial.width > width:
            parts.append(
                _word(
                    raw[start:end], raw_levels[start:end], style, gap if not parts else (False, 0)
                )
            )
            start = end
        end += len(cluster)
    if end > start:
        parts.append(
            _word(raw[start:end], raw_levels[start:end], style, gap if not parts else (False, 0))
        )
    return parts


def lay_out(
    text: str,
    style: ParagraphStyle,
    width: float,
    rtl: bool | None = None,
    marks: bool = False,
) -> list[_Line]:
    """Lines in logical order; the paragraph direction is the text's own (its first strong
    letter) unless given. With `marks` (Steady's own sentences), the customer's words marked
    with isolated() read as isolates; the marks themselves are neither drawn nor copied."""
    space = stringWidth(" ", style.fontName, style.fontSize)
    lines: list[_Line] = []
    normal = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    rtl = base_is_rtl(normal) if rtl is None else rtl
    for paragraph in normal.split("\n"):
        line = _Line()
        paragraph_levels = levels(paragraph, rtl, marks)
        if marks:
            kept = [i for i, char in enumerate(paragraph) if without_marks(char)]
            paragraph = "".join(paragraph[i] for i in kept)
            paragraph_levels = [paragraph_levels[i] for i in kept]
        offset = 0
        for raw in paragraph.split(" "):
            start, offset = offset, offset + len(raw) + 1
            gap = (start > 0, paragraph_levels[start - 1] if start else 0)
            for part in segments(raw):
                part_levels = paragraph_levels[start : start + len(part)]
                start += len(part)
                word = _word(part, part_levels, style, gap)
                placed = (
                    [word]
                    if word.width <= width
                    else _break_long(part, part_levels, style, width, gap)
                )
                gap = (False, 0)
                for piece in placed:
                    needed = piece.width + (space if line.words and piece.space_before else 0.0)
                    if line.words and line.width + needed > width:
                        lines.append(line)
                        line = _Line()
                        needed = piece.width
                    line.words.append(piece)
                    line.width += needed
        lines.append(line)
    return lines


def display_pieces(line: _Line, space: float) -> list[_Piece]:
    """The line's runs from left to right; the gaps between words are runs of no font."""
    items: list[_Piece] = []
    for index, word in enumerate(line.words):
        if index and word.space_before:
            items.append(_Piece(_SPACE, " ", space, word.space_level))
        items += word.pieces
    return visual_order(items, [item.level for item in items])


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


class ScriptParagraph(Flowable):
    """Wrapped, shaped, bidirectional text that copies as the text logged.

    A customer's message reads in its own direction (base None: that of its first strong
    letter, as a browser shows it); Steady's own sentences that quote a name in Arabic are
    English sentences, and are given base "L": the customer's words they hold may be marked
    with isolated() (reports/bidi_order.py), so that they never reorder the sentence."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        lines: list[_Line] | None = None,
        base: str | None = None,
        marks: bool | None = None,
    ):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._laid_for = -1.0 if lines is None else float("inf")
        self.base = base or ("R" if base_is_rtl(text) else "L")
        self.marks = base == "L" if marks is None else marks

    def _inner(self, availWidth: float) -> float:
        return availWidth - self.style.leftIndent - self.style.rightIndent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self._laid_for not in (availWidth, float("inf"))):
            self._lines = lay_out(
                self.text, self.style, self._inner(availWidth), self.base == "R", self.marks
            )
            self._laid_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fits = int(availHeight // self.style.leading)
        if fits >= len(self._lines):
            return [self]
        if fits < 1:
            return []
        return [
            ScriptParagraph(self.text, self.style, self._lines[:fits], self.base, self.marks),
            ScriptParagraph(self.text, self.style, self._lines[fits:], self.base, self.marks),
        ]

    def draw(self) -> None:
        assert self._lines is not None
        style, canvas = self.style, self.canv
        inner = self._inner(self.width)
        right = self.base == "R" or style.alignment == TA_RIGHT
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for index, line in enumerate(self._lines):
            y = self.height - style.fontSize - index * style.leading
            x = style.leftIndent
            if right:
                x += inner - line.width
            elif style.alignment == TA_CENTER:
                x += (inner - line.width) / 2
            draw_line(canvas, line, x, y, style)
        canvas.restoreState()

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def draw_line(canvas: object, line: _Line, x: float, y: float, style: ParagraphStyle) -> None:
    """One laid-out line at (x, y), its runs in display order, copied as the line logged."""
    code = canvas._code  # type: ignore[attr-defined]
    code.append(f"/Span <</ActualText {_actual_text(line.logical)}>> BDC")
    space = stringWidth(" ", style.fontName, style.fontSize)
    for piece in display_pieces(line, space):
        if piece.font != _SPACE:
            _draw_piece(canvas, piece, x, y, style.fontSize)
        x += piece.width
    code.append("EMC")


def _draw_piece(canvas: object, piece: _Piece, x: float, y: float, size: float) -> None:
    c = canvas
    if piece.font == REDACTED:
        c.saveState()  # type: ignore[attr-defined]
        c.setFillColorRGB(0, 0, 0)  # type: ignore[attr-defined]
        c.rect(x, y - size * 0.25, piece.width, size * 1.15, stroke=0, fill=1)  # type: ignore[attr-defined]
        c.setFillColorRGB(1, 1, 1)  # type: ignore[attr-defined]
        c.setFont(SANS, size)  # type: ignore[attr-defined]
        pad = stringWidth(" ", SANS, size)
        for index in range(len(piece.text)):
            c.drawString(x + index * _bar_width(size) + pad, y, _REDACTED_TEXT)  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]
        return
    c.setFont(piece.font, size)  # type: ignore[attr-defined]
    c.drawString(x, y, piece.text)  # type: ignore[attr-defined]


def draw_text_line(canvas: object, text: str, x: float, y: float, font: str, size: float) -> None:
    """A line of the owner's or customer's words drawn straight on the page (the business name
    and address on the letterhead and running head): shaped and in reading order when its
    script needs it, never wrapped."""
    if not needs_own_layout(text):
        canvas.drawString(x, y, printable_text(text))  # type: ignore[attr-defined]
        return
    style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size)
    for line in lay_out(text.replace("\n", " "), style, float("inf")):
        draw_line(canvas, line, x, y, style)
