"""A one-line label for a name of any length: cut with "…" to the room it has, whole in its
tooltip, so a 70-character display name never widens the window past the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.shell.plain_text import plain_tooltip

# Room always kept for the start of a name, in average characters.
SHORTEST_CHARACTERS = 12


class ElidedLabel(QLabel):
    """text() is the whole name (for tests and screen readers); only the painting is cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().averageCharWidth() * SHORTEST_CHARACTERS
        return QSize(min(hint.width(), shortest), hint.height())

    def shown_text(self) -> str:
        """What is painted: the name cut with "…" to the label's width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
