"""Where each piece of text sits on a PDF page, as a box, read through pypdf's text visitor.

The width comes from the font's own metrics (Steady's fonts, registered by reports.fonts), the
height from the type size: enough to tell whether two things are printed over each other."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pypdf.generic import DictionaryObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from tests.helpers.pdf_reading import reader


@dataclass(frozen=True)
class Box:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def overlaps(self, other: Box, slack: float = 0.5) -> bool:
        return (
            min(self.x1, other.x1) - max(self.x0, other.x0) > slack
            and min(self.y1, other.y1) - max(self.y0, other.y0) > slack
        )


def _font(base: str) -> str:
    if "Mono" in base:
        return MONO
    return SANS_BOLD if "Bold" in base else SANS


def text_boxes(data: bytes) -> list[Box]:
    register_fonts()
    out: list[Box] = []
    for number, page in enumerate(reader(data).pages, start=1):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            number: int = number,
        ) -> None:
            if not text.strip() or not isinstance(font, DictionaryObject):
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            points = size * scale
            name = _font(str(font.get("/BaseFont")))
            text = text.strip()
            width = stringWidth(text, name, points)
            out.append(Box(number, x, y - 0.2 * points, x + width, y + 0.72 * points, text))

        page.extract_text(visitor_text=visit)
    return out


def overprinted(boxes: list[Box]) -> list[tuple[str, str]]:
    """Every pair of texts on the same page printed over each other."""
    found: list[tuple[str, str]] = []
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            if box.page == other.page and box.overlaps(other):
                found.append((box.text, other.text))
    return found
