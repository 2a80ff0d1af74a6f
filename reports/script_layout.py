"""ScriptParagraph: customer text in scripts that Paragraph cannot print faithfully.

reportlab's Paragraph shapes a word with the font of its first letter and knows no
right-to-left order without an extra library, so text in Arabic, Hebrew, Devanagari, Gujarati,
Tamil, Thai, Ethiopic, with emoji or mathematical letters is laid out here instead:

- the text is cut into words at spaces, each word into runs of one font (reports/fonts.py);
- runs in a shaped font are measured and drawn through HarfBuzz (reportlab's shaping), so
  conjuncts, vowel signs, Arabic joining and emoji sequences (🏳️‍🌈) come out as in a browser;
- lines are chosen in logical order, then each is put in display order (words of the other
  direction kept in their own order), right-aligned when the text starts right-to-left;
- every line is wrapped in an ActualText span holding the line exactly as logged, so copying,
  searching and text extraction give the customer's words, not glyph codes in display order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable

from app.packets.data import REDACTED
from reports.fonts import SANS, SHAPED
from reports.text_runs import attaches, printable_text, runs

_REDACTED_TEXT = " [redacted] "
_NUMERIC = {"EN", "AN", "ES", "ET", "CS", "NSM", "BN"}


@dataclass
class _Piece:
    font: str
    text: str
    width: float


@dataclass
class _Word:
    raw: str
    pieces: list[_Piece]
    width: float
    direction: str  # "L", "R" or "N" (no strong letter)


@dataclass
class _Line:
    words: list[_Word] = field(default_factory=list)
    width: float = 0.0

    @property
    def logical(self) -> str:
        """The line as logged, for copy and search (a redacted span reads "[redacted]")."""
        return " ".join(w.raw for w in self.words).replace(REDACTED, _REDACTED_TEXT)


def _direction(text: str) -> str:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "N"


@lru_cache(maxsize=16384)
def _shape(font: str, text: str, size: float) -> tuple[str, float]:
    """The run as drawn (a ShapedStr when HarfBuzz changed it) and its width.

    HarfBuzz puts a right-to-left run's glyphs in display order itself. Numbers are not
    shaped: a run of Arabic-Indic digits would otherwise be reversed with its script."""
    if font == REDACTED:
        return text, len(text) * stringWidth(_REDACTED_TEXT, SANS, size)
    numeric = all(unicodedata.bidirectional(c) in _NUMERIC for c in text)
    if font in SHAPED and not numeric:
        shaped = shapeStr(text, font, size)
        if isinstance(shaped, ShapedStr):
            width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
            return shaped, width
    return text, stringWidth(text, font, size)


_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _numeric(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("EN", "AN")


def _split_numbers(text: str) -> list[str]:
    """A run cut where digits start or stop: numbers read left to right in any script."""
    parts: list[str] = []
    for char in text:
        if parts and _numeric(char) == _numeric(parts[-1][-1]):
            parts[-1] += char
        else:
            parts.append(char)
    return parts


def _word(raw: str, style: ParagraphStyle) -> _Word:
    direction = _direction(raw)
    printable = printable_text(raw)
    if direction == "R":  # brackets face the other way in right-to-left text
        printable = "".join(_MIRRORED.get(c, c) for c in printable)
    pieces = []
    for font, text in runs(printable, style.fontName):
        for part in _split_numbers(text) if direction == "R" else [text]:
            shaped, width = _shape(font, part, style.fontSize)
            pieces.append(_Piece(font, shaped, width))
    return _Word(raw, pieces, sum(p.width for p in pieces), direction)


def _clusters(raw: str) -> list[str]:
    """The word cut where a line may break inside it: never before a mark or joiner."""
    out: list[str] = []
    for char in raw:
        if out and (attaches(char) or out[-1][-1] in ("\u200d", "\u094d")):
            out[-1] += char
        else:
            out.append(char)
    return out


def _break_long(raw: str, style: ParagraphStyle, width: float) -> list[_Word]:
    """A word wider than the line (Thai is written without spaces) in line-wide pieces."""
    parts: list[_Word] = []
    current = ""
    for cluster in _clusters(raw):
        trial = current + cluster
        if current and _word(trial, style).width > width:
            parts.append(_word(current, style))
            current = cluster
        else:
            current = trial
    if current:
        parts.append(_word(current, style))
    return parts


def lay_out(text: str, style: ParagraphStyle, width: float) -> list[_Line]:
    space = stringWidth(" ", style.fontName, style.fontSize)
    lines: list[_Line] = []
    normal = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    for logical in normal.split("\n"):
        line = _Line()
        for raw in logical.split(" "):
            if not raw:
                continue
            word = _word(raw, style)
            words = [word] if word.width <= width else _break_long(raw, style, width)
            for piece in words:
                needed = piece.width + (space if line.words else 0.0)
                if line.words and line.width + needed > width:
                    lines.append(line)
                    line = _Line()
                    needed = piece.width
                line.words.append(piece)
                line.width += needed
        lines.append(line)
    return lines


def _visual(words: list[_Word], base: str) -> list[_Word]:
    """Words in display order: runs of the other direction keep their own order."""
    strong = [w.direction for w in words]
    resolved: list[str] = []
    for index, kind in enumerate(strong):
        if kind != "N":
            resolved.append(kind)
            continue
        before = next((k for k in reversed(strong[:index]) if k != "N"), base)
        after = next((k for k in strong[index + 1 :] if k != "N"), base)
        if before == "L" and any(c.isdigit() for c in words[index].raw):
            resolved.append("L")  # a number after left-to-right words reads with them
        else:
            resolved.append(before if before == after else base)
    groups: list[tuple[str, list[_Word]]] = []
    for word, kind in zip(words, resolved, strict=True):
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(word)
        else:
            groups.append((kind, [word]))
    if base == "R":
        groups.reverse()
    ordered: list[_Word] = []
    for kind, group in groups:
        ordered += list(reversed(group)) if kind == "R" else group
    return ordered


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


class ScriptParagraph(Flowable):
    """Wrapped, shaped, bidirectional text that copies as the text logged."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[_Line] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._laid_for = -1.0 if lines is None else float("inf")
        self.base = "R" if _direction(text) == "R" else "L"

    def _inner(self, availWidth: float) -> float:
        return availWidth - self.style.leftIndent - self.style.rightIndent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self._laid_for not in (availWidth, float("inf"))):
            self._lines = lay_out(self.text, self.style, self._inner(availWidth))
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
            ScriptParagraph(self.text, self.style, self._lines[:fits]),
            ScriptParagraph(self.text, self.style, self._lines[fits:]),
        ]

    def draw(self) -> None:
        assert self._lines is not None
        style, canvas = self.style, self.canv
        inner = self._inner(self.width)
        space = stringWidth(" ", style.fontName, style.fontSize)
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
            canvas._code.append(f"/Span <</ActualText {_actual_text(line.logical)}>> BDC")
            for number, word in enumerate(_visual(line.words, self.base)):
                if number:
                    x += space
                pieces = reversed(word.pieces) if word.direction == "R" else word.pieces
                for piece in pieces:
                    self._draw_piece(piece, x, y)
                    x += piece.width
            canvas._code.append("EMC")
        canvas.restoreState()

    def _draw_piece(self, piece: _Piece, x: float, y: float) -> None:
        canvas, size = self.canv, self.style.fontSize
        if piece.font == REDACTED:
            canvas.saveState()
            canvas.setFillColorRGB(0, 0, 0)
            canvas.rect(x, y - size * 0.25, piece.width, size * 1.15, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFont(SANS, size)
            canvas.drawString(x, y, _REDACTED_TEXT * len(piece.text))
            canvas.restoreState()
            return
        canvas.setFont(piece.font, size)
        canvas.drawString(x, y, piece.text)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)
