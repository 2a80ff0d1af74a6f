"""Fitting the owner's business name and address into the room a letterhead has.

Settings accepts a name and an address of any length (a pasted paragraph, seven address lines):
the name wraps, then shrinks down to a floor, and only then is cut with an ellipsis; address
lines beyond what the letterhead holds are joined onto its last line, and a line too wide is
cut. Nothing printed from these ever runs into the title and number beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.script_layout import lay_out
from reports.text_runs import needs_own_layout, printable_text
from reports.word_breaks import clusters

ELLIPSIS = "…"
NAME_SIZES = (13.0, 12.0, 11.0, 10.0, 9.0)  # the last one is the floor
NAME_LINES = 2  # above the floor; at the floor one more line before the cut
ADDRESS_LINES = 8  # a letterhead never holds more; the rest are joined onto the last


@lru_cache(maxsize=4096)
def text_width(text: str, font: str, size: float) -> float:
    """The width the line takes when drawn with draw_text_line."""
    if not needs_own_layout(text):
        return float(stringWidth(printable_text(text), font, size))
    style = ParagraphStyle("measure", fontName=font, fontSize=size, leading=size)
    lines = lay_out(text.replace("\n", " "), style, float("inf"))
    return max((line.width for line in lines), default=0.0)


def cut(text: str, font: str, size: float, width: float) -> str:
    """The text, or as much of it as fits followed by an ellipsis (cut between whole letters)."""
    text = " ".join(text.split())
    if text_width(text, font, size) <= width:
        return text
    parts = clusters(text)
    low, high = 0, len(parts)  # the longest prefix that fits lies in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if text_width("".join(parts[:middle]).rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle
    return "".join(parts[:low]).rstrip(" ,;·-–—") + ELLIPSIS


def wrap(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """Lines of at most `width`, words kept whole unless one alone is too wide; stops once
    there are more than `most` lines (the caller only needs to know that it does not fit)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if text_width(trial, font, size) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        while text_width(word, font, size) > width and len(lines) <= most:
            head = cut(word, font, size, width - text_width(ELLIPSIS, font, size))[:-1]
            head = head or word[0]
            lines.append(head)
            word = word[len(head) :]
        line = word
        if len(lines) > most:
            return lines
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class FittedName:
    size: float
    lines: tuple[str, ...]

    @property
    def leading(self) -> float:
        return self.size * 1.2


def fit_name(name: str, font: str, width: float) -> FittedName:
    """The name at the largest size that fits in NAME_LINES lines; at the floor it gets one
    more line, and what still does not fit is cut with an ellipsis."""
    for size in NAME_SIZES:
        lines = wrap(name, font, size, width, NAME_LINES)
        if len(lines) <= NAME_LINES:
            return FittedName(size, tuple(lines))
    floor = NAME_SIZES[-1]
    most = NAME_LINES + 1
    lines = wrap(name, font, floor, width, most)
    if len(lines) > most:
        shown = lines[: most - 1]
        # The words of the last shown line onward, so the cut falls where the reader stops.
        start = _offset_after(name, shown)
        rest = name[start:]
        lines = [*shown, cut(rest, font, floor, width)]
    return FittedName(floor, tuple(lines))


def _offset_after(text: str, lines: list[str]) -> int:
    """Where in `text` the words of `lines` end (wrap drops the spaces between lines)."""
    position = 0
    for line in lines:
        for char in line:
            while position < len(text) and text[position] != char:
                position += 1
            position += 1
    return position


def fit_address(lines: tuple[str, ...], most: int = ADDRESS_LINES) -> tuple[str, ...]:
    """At most `most` lines: those past the last are joined onto it, comma-separated."""
    kept = [" ".join(line.split()) for line in lines if line.strip()]
    if len(kept) <= most:
        return tuple(kept)
    return (*kept[: most - 1], ", ".join(kept[most - 1 :]))
