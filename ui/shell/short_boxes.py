"""Text boxes and lists that ask for a few lines and grow into the room there is.

Qt's own boxes ask for about 190 pixels each. In a step that scrolls inside a short laptop
screen (a scroll area sizes its page by what the boxes ask for), three of them made the page
taller than the window: the third answer box was cut at the bottom edge, "Start over…" in half.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QPlainTextEdit, QTextBrowser

if TYPE_CHECKING:  # the mixin is only ever put before one of Qt's scroll areas
    _ScrollArea = QAbstractScrollArea
else:
    _ScrollArea = object


def _lines_high(widget: QAbstractScrollArea, lines: int, hint: QSize) -> QSize:
    height = widget.fontMetrics().lineSpacing() * lines + 2 * widget.frameWidth() + 8
    return QSize(hint.width(), height)


class _Short(_ScrollArea):
    """Asks for `lines` lines of height; put it before the Qt class it shortens."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines

    def sizeHint(self) -> QSize:
        return _lines_high(self, self._lines, super().sizeHint())


class ShortPlainTextEdit(_Short, QPlainTextEdit):
    pass


class ShortListWidget(_Short, QListWidget):
    pass


class ShortTextBrowser(_Short, QTextBrowser):
    pass
