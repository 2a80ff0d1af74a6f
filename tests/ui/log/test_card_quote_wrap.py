"""A log card's quote wraps a run with no space (a pasted link, a long name) onto its next
line instead of running off the card's right edge."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from ui.log.repeat_card import paint_quote


def _inked_rows(image: QImage, top: int, bottom: int) -> bool:
    return any(
        image.pixelColor(x, y).lightness() < 128
        for y in range(top, bottom)
        for x in range(image.width())
    )


def test_an_unbroken_run_goes_on_to_the_second_line(qapp) -> None:
    font = QFont()
    line = QFontMetrics(font).lineSpacing()
    image = QImage(240, 2 * line + 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    box = QRect(0, 0, 240, 2 * line + 4)
    white, black = QColor("white"), QColor("black")
    paint_quote(painter, box, "A" * 300, font, white, white, black)
    painter.end()
    assert _inked_rows(image, 2, 2 + line)
    assert _inked_rows(image, 2 + line, 2 + 2 * line)  # wrapped, not cut at the edge
