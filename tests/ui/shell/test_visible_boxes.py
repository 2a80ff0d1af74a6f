"""A form's tick boxes and round buttons show in dark mode: on Qt's own outline an empty box
was a grey square on a grey window, and a contact's categories read as words with nothing to
tick. Measured on the painted pixels, for non-text contrast (3 to 1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from app.core.domain import Category
from tests.helpers.fixtures import FakeClock
from tests.ui.shell.test_colours import dark_palette
from ui.log.contact_form import ContactForm
from ui.shell.status_colours import contrast_ratio

NON_TEXT_CONTRAST = 3.0


@pytest.fixture
def dark_first(qapp: QApplication) -> Iterator[None]:
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


def _outline_contrast(button: QAbstractButton, element: QStyle.SubElement) -> float:
    """The strongest contrast any pixel of the box (or round button) makes with the window."""
    QApplication.processEvents()
    picture = button.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(button)
    box = button.style().subElementRect(element, option, button)
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return max(
        contrast_ratio(picture.pixelColor(QPoint(x, y)), window)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )


def _form(qtbot: QtBot) -> ContactForm:
    form = ContactForm(FakeClock()())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_an_unticked_category_shows_in_dark_mode(qtbot: QtBot, dark_first: None) -> None:
    form = _form(qtbot)
    box = form.category_boxes[Category.THREAT_CHARGEBACK]
    assert not box.isChecked()
    assert _outline_contrast(box, QStyle.SubElement.SE_CheckBoxIndicator) >= NON_TEXT_CONTRAST


def test_the_direction_not_chosen_shows_in_dark_mode(qtbot: QtBot, dark_first: None) -> None:
    form = _form(qtbot)
    other = form.outbound_button if form.inbound_button.isChecked() else form.inbound_button
    assert not other.isChecked()
    contrast = _outline_contrast(other, QStyle.SubElement.SE_RadioButtonIndicator)
    assert contrast >= NON_TEXT_CONTRAST


def test_turning_light_again_gives_qt_its_own_look_back(qtbot: QtBot, dark_first: None) -> None:
    form = _form(qtbot)
    box = form.category_boxes[Category.THREAT_CHARGEBACK]
    light = QPalette(QApplication.style().standardPalette())
    QApplication.setPalette(light)
    QApplication.processEvents()
    assert box.palette().color(QPalette.ColorRole.Window) == light.color(QPalette.ColorRole.Window)


def _new_window(qtbot: QtBot) -> tuple[QDialog, QCheckBox, QRadioButton]:
    """A window no one wrote anything for: its boxes show as every window's do."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    box, choice = QCheckBox("Keep a copy"), QRadioButton("By post")
    layout.addWidget(box)
    layout.addWidget(choice)
    layout.addWidget(QRadioButton("By email", checked=True))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not box.isChecked() and not choice.isChecked()
    return dialog, box, choice


def _both_show(box: QCheckBox, choice: QRadioButton) -> bool:
    return (
        _outline_contrast(box, QStyle.SubElement.SE_CheckBoxIndicator) >= NON_TEXT_CONTRAST
        and _outline_contrast(choice, QStyle.SubElement.SE_RadioButtonIndicator)
        >= NON_TEXT_CONTRAST
    )


def test_a_new_window_s_boxes_show_in_dark_mode(qtbot: QtBot, dark_first: None) -> None:
    _dialog, box, choice = _new_window(qtbot)
    assert _both_show(box, choice)


def test_the_boxes_still_show_after_the_system_turns_light_and_dark_again(
    qtbot: QtBot, dark_first: None
) -> None:
    _dialog, box, choice = _new_window(qtbot)
    dark = QApplication.palette()
    light = QPalette(QApplication.style().standardPalette())
    QApplication.setPalette(light)
    QApplication.processEvents()
    window = light.color(QPalette.ColorRole.Window)
    assert box.palette().color(QPalette.ColorRole.Window) == window
    assert choice.palette().color(QPalette.ColorRole.Window) == window
    QApplication.setPalette(dark)
    assert _both_show(box, choice)
    # A window opened after the switches too.
    _later, box, choice = _new_window(qtbot)
    assert _both_show(box, choice)


def test_a_light_palette_keeps_qt_s_own_look(qtbot: QtBot, qapp: QApplication) -> None:
    _dialog, box, choice = _new_window(qtbot)
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert box.palette().color(QPalette.ColorRole.Window) == window
    assert choice.palette().color(QPalette.ColorRole.Window) == window
