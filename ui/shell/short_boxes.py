"""Text boxes and lists that ask for a few lines and grow into the room there is.

Qt's own boxes ask for about 190 pixels each. In a step that scrolls inside a short laptop
screen (a scroll area sizes its page by what the boxes ask for), three of them made the page
taller than the window: the third answer box was cut at the bottom edge, "Start over…" in half.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QPlainTextEdit, QTextBrowser


def _lines_high(widget: QAbstractScrollArea, lines: int, hint: QSize) -> QSize:
    height = widget.fontMetrics().lineSpacing() * lines + 2 * widget.frameWidth() + 8
    return QSize(hint.width(), height)


class ShortPlainTextEdit(QPlainTextEdit):
    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines

    def sizeHint(self) -> QSize:
        return _lines_high(self, self._lines, super().sizeHint())


class ShortListWidget(QListWidget):
    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines

    def sizeHint(self) -> QSize:
        return _lines_high(self, self._lines, super().sizeHint())


class ShortTextBrowser(QTextBrowser):
    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines

    def sizeHint(self) -> QSize:
        return _lines_high(self, self._lines, super().sizeHint())
