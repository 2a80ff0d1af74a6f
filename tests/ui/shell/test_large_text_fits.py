"""With large text (15 pt) every dialog still fits the screen: what does not fit scrolls, and
the buttons (Save, Close, Correct…, Move…) stay on the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea, QWidget

from app.services import Services
from tests.ui.every_window import every_window
from ui.shell.main_window import MainWindow


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    before = QFont(QApplication.font())
    large = QFont(before)
    large.setPointSizeF(15)
    QApplication.setFont(large)
    yield
    QApplication.setFont(before)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _problems(name: str, dialog: QDialog) -> Iterator[str]:
    screen = dialog.screen().availableGeometry()
    if dialog.width() > screen.width() or dialog.height() > screen.height():
        yield f"{name}: {dialog.width()}x{dialog.height()} on a {screen.width()}x{screen.height()}"
    inside = QRect(QPoint(0, 0), dialog.size())
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisibleTo(dialog) or not button.text() or _scrolled(button, dialog):
            continue
        place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        if not inside.contains(place):
            yield f"{name}: {button.text()!r} at {place.getCoords()} outside {dialog.size()}"


def test_every_dialog_fits_the_screen_with_large_text(
    large_text: None, demo_window: MainWindow, demo_services: Services
) -> None:
    customer_id = demo_services.customers.page(0, 1)[0].id
    found: list[str] = []
    for name, top in every_window(demo_window, customer_id):
        if isinstance(top, QDialog):
            QApplication.processEvents()
            found += _problems(name, top)
    assert not found, "\n".join(found)


def test_a_dialog_opens_as_large_as_its_larger_text_needs_when_the_screen_has_room(
    qtbot,
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout

    from ui.shell.screen_fit import fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 300, 200)  # sized for the default text, before the content is built

    class Words(QPlainTextEdit):
        def sizeHint(self) -> QSize:  # what large text would like: more than the default
            return QSize(600, 450)

    words = Words()
    QVBoxLayout(dialog).addWidget(words)
    dialog.show()
    assert dialog.width() >= 600 and dialog.height() >= 450
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.findChild(QScrollArea) is None  # it fits: nothing scrolls
