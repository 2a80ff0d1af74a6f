"""In a dark palette, the words the keyboard owner lands on stay readable: a chosen action card
on the log. Measured on the painted pixels, at WCAG AA."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.standing.action_records import ActionKind
from tests.ui.shell.test_colours import dark_palette
from ui.shell.main_window import MainWindow
from ui.shell.status_colours import AA_CONTRAST, contrast_ratio


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield QApplication.palette()
    QApplication.setPalette(before)


def _best_contrast(picture: QImage, area: QRect, fill: QColor) -> float:
    """The strongest contrast any pixel in `area` makes with `fill`: the words' own colour,
    as antialiased edges only blend it towards the fill."""
    return max(
        contrast_ratio(picture.pixelColor(x, y), fill)
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    )


def test_a_chosen_action_card_reads_in_a_dark_palette(
    dark: QPalette, qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.select_customer(3)
    window.services.actions.log(3, ActionKind.WARNING, reference="W-7", note="Written warning")
    window.page.refresh()
    view, model = window.page.timeline, window.page.timeline_model
    row = next(
        r for r in range(model.rowCount()) if "Action taken" in str(model.index(r, 0).data())
    )
    view.setCurrentIndex(model.index(row, 0))
    view.scrollTo(model.index(row, 0))
    picture = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(row, 0))
    x = rect.left() + 12  # right of the card's blue edge
    fill = picture.pixelColor(x, rect.top() + rect.height() // 2)
    # The card is slimmer than its row: its rows of the fill colour, inside its border.
    inside = [y for y in range(rect.top(), rect.bottom()) if picture.pixelColor(x, y) == fill]
    words = QRect(x + 2, min(inside) + 2, rect.width() // 2, max(inside) - min(inside) - 4)
    assert _best_contrast(picture, words, fill) >= AA_CONTRAST
