"""Enter on a row of a list in a dialog opens that row, and nothing else.

A list leaves Enter to its window after opening the row, and a dialog then clicks its default
button: "Include all", "Discard…", "Save to the log", whatever came first. A keyboard user
presses Enter to look at a row, so the key stops at the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_plain_enter(event: QKeyEvent) -> bool:
    """Return or Enter without Ctrl (Ctrl+Enter is the dialogs' Save)."""
    return event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier


class _RowTakesEnter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractItemView):
            return False
        if not isinstance(event, QKeyEvent) or event.key() not in ENTER_KEYS:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False  # Ctrl+Enter keeps meaning "save" where a window says so
        if watched.state() == QAbstractItemView.State.EditingState:
            return False
        current = watched.currentIndex()
        if current.isValid():
            watched.activated.emit(current)
        return True


def rows_take_enter(*views: QAbstractItemView) -> None:
    """Enter on a row of these lists opens the row; the dialog's default button stays still."""
    for view in views:
        guard = _RowTakesEnter(view)
        view.installEventFilter(guard)


def never_default(*buttons: QPushButton) -> None:
    """Buttons that change many things at once, or throw something away, are never pressed by
    an Enter meant for a field or a row."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)
