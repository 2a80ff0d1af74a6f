"""The card of a message sent again and again: a stack of cards, what and when in bold, how to
open it, and the first copy's words quoted once."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.log.timeline_text import (
    PREVIEW_LINES,
    RepeatRow,
    first_lines,
    repeat_details,
    repeat_heading,
    repeat_hint,
)
from ui.shell.status_colours import Tone, text_on, tone_colours
from ui.shell.status_look import SEVERITY_COLOURS, UNKNOWN_COLOUR, severity_label

STACK = 3  # pixels between the cards drawn behind, so the row reads as several


def card_colours(palette: QPalette, selected: bool) -> tuple[QColor, QColor, QColor, QColor]:
    """A card's fill, words, muted words and quote box. A chosen card is a pale highlight in
    light and dark palettes alike, so its words are whichever of black or white reads on it."""
    if not selected:
        return (
            palette.base().color(),
            palette.text().color(),
            palette.placeholderText().color(),
            palette.alternateBase().color(),
        )
    fill = palette.highlight().color().lighter(175)
    ink = text_on(fill)
    muted = QColor(ink)
    muted.setAlpha(170)
    return fill, ink, muted, fill.darker(110)


def paint_card_top(
    painter: QPainter,
    inner: QRect,
    severity: int,
    heading: str,
    bold: QFont,
    line: int,
    text_colour: QColor,
) -> QColor:
    """A card's first line: the heading, cut short before the severity chip at the top right
    (colour and words together). Returns the severity's colour for the quote's bar."""
    label = severity_label(severity)
    chip_width = QFontMetrics(bold).horizontalAdvance(label) + 16
    chip = QRect(inner.right() - chip_width, inner.top(), chip_width, line + 2)
    colour = SEVERITY_COLOURS.get(severity, UNKNOWN_COLOUR)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(chip, 8, 8)
    painter.setFont(bold)
    painter.setPen(text_on(colour))
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
    top = QRect(inner.left(), inner.top(), inner.width() - chip_width - 8, line + 2)
    painter.setPen(text_colour)
    painter.drawText(
        top,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight, top.width()),
    )
    return colour


def paint_quote(
    painter: QPainter,
    box: QRect,
    text: str,
    font: QFont,
    fill: QColor,
    bar: QColor,
    text_colour: QColor,
) -> None:
    """The first lines of the exact words, in a quote box with the severity's bar."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRect(box)
    painter.setBrush(bar)
    painter.drawRect(QRect(box.left(), box.top(), 3, box.height()))
    painter.setFont(font)
    painter.setPen(text_colour)
    words = " ⏎ ".join(first_lines(text)) or "(no words recorded)"
    # A run with no space (a pasted link, "AAAA…", a long name) breaks where it must instead of
    # running off the card's right edge.
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    inside = box.adjusted(10, 2, -4, -2)
    painter.save()
    painter.setClipRect(inside)
    painter.drawText(QRectF(inside), words, option)
    painter.restore()


def paint_repeat(
    painter: QPainter,
    option: QStyleOptionViewItem,
    row: RepeatRow,
    fonts: tuple[QFont, QFont, QFont],
    pad: int,
    selected: bool,
    warning: str = "",
) -> None:
    painter.save()
    rect: QRect = option.rect  # type: ignore[attr-defined]
    palette: QPalette = option.palette  # type: ignore[attr-defined]
    base, bold, quote = fonts
    line = QFontMetrics(base).lineSpacing()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    card = rect.adjusted(4, 3, -4 - 2 * STACK, -3 - 2 * STACK)
    background, text_colour, muted, quote_fill = card_colours(palette, selected)
    painter.setPen(palette.mid().color())
    for step in (2, 1):  # the copies behind, offset down and right
        painter.setBrush(palette.alternateBase().color())
        painter.drawRoundedRect(card.translated(step * STACK, step * STACK), 6, 6)
    painter.setBrush(background)
    painter.drawRoundedRect(card, 6, 6)
    inner = card.adjusted(pad, pad, -pad, -pad)

    mark = "▼ " if row.expanded else "▶ "
    colour = paint_card_top(
        painter, inner, row.severity, mark + repeat_heading(row), bold, line, text_colour
    )
    y = inner.top() + line + 4
    info = tone_colours(Tone.INFO, palette)
    # Suggestions waiting on a copy take the categories' line, as on a single card: it is what
    # needs doing, and seen without opening the group.
    alert = tone_colours(Tone.WARNING, palette).text
    for text, font, pen in (
        (repeat_hint(row), bold, text_colour if selected else info.text),
        (f"⚠ {warning}", bold, text_colour if selected else alert)
        if warning
        else (repeat_details(row), base, muted),
    ):
        painter.setFont(font)
        painter.setPen(pen)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += line
    box = QRect(inner.left(), y + 4, inner.width(), line * PREVIEW_LINES + 4)
    paint_quote(painter, box, row.group.contacts[0].text, quote, quote_fill, colour, text_colour)
    painter.restore()
