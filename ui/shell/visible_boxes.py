"""Tick boxes and round choice buttons on a form that can be seen in dark mode.

Fusion outlines them a shade darker than the window and fills them with the field colour: on
a dark palette an empty box is a grey square on a grey window (a contrast of about 1.2 to 1),
so a contact's categories read as a list of words with nothing to tick. Drawn from a lighter
outline (as lists' tick boxes are, ui/shell/visible_ticks.py), each box shows; a light palette
keeps Qt's own look.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

from ui.shell.status_colours import TICK_OUTLINE_BASE, is_dark

_FOLLOWS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.Show)


class _VisibleBoxes(QObject):
    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form

    def apply(self) -> None:
        dark = is_dark(QGuiApplication.palette())
        for box in [*self._form.findChildren(QCheckBox), *self._form.findChildren(QRadioButton)]:
            # Only the outline's colour is the box's own: the rest follows the window's.
            palette = QPalette()
            if dark:
                palette.setColor(QPalette.ColorRole.Window, TICK_OUTLINE_BASE)
            box.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOWS:
            self.apply()
        return False


def keep_boxes_visible(form: QWidget) -> None:
    """Draw the tick boxes and round buttons on `form` so an empty one shows in dark mode;
    again whenever the system turns dark or light."""
    follower = _VisibleBoxes(form)
    form.installEventFilter(follower)
    follower.apply()
