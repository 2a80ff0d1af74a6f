"""A row of buttons that wraps onto more lines when its window is narrow, as words do.

An owner who puts a window beside another (760 px wide on a laptop) still sees every button
whole: none is cut off at the edge and nothing has to be scrolled sideways to be reached. On a
wide window the row reads as before: one line, the buttons after `add_stretch()` on the right.

A label that wraps its words (a hint) shares a line with the buttons after it only when they
all fit beside it with room for its words; else it has a line of its own above them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

# The least width a wrapping label keeps beside buttons before it takes a line of its own.
WORDS_BESIDE = 240


@dataclass
class _Placed:
    item: QLayoutItem
    index: int
    width: int
    height: int


class ButtonFlow(QLayout):
    """Buttons left to right, wrapping; `add_stretch()` marks where a line's spare room goes
    (the buttons after it sit on the right, as in a dialog's row of buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: int | None = None
        self._laid_height = 0
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # QLayout's own interface (camelCase where Qt calls it).
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretch(self) -> None:
        self._stretch_at = len(self._items)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        if self._stretch_at is not None and index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        gap = self._gap(Qt.Orientation.Horizontal)
        width = sum(item.sizeHint().width() for item in shown) + gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        shown = self._shown()
        width = max((self._least_width(item) for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        least = QSize(width, height) + self._margin_size()
        # Wrapped onto more lines, the row asks for their height: a widget that holds it
        # without asking its height for each width (a list that gives way) makes room.
        return QSize(least.width(), max(least.height(), self._laid_height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        if height != self._laid_height:
            self._laid_height = height
            self.invalidate()  # asked again for its least size, now that it wrapped

    # How the row is laid out.
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        found = parent.style().pixelMetric(metric, None, parent)
        return found if found >= 0 else 6

    @staticmethod
    def _least_width(item: QLayoutItem) -> int:
        # A button is read whole; words wrap down to their own least width.
        if item.hasHeightForWidth():
            return item.minimumSize().width()
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _lines(self, width: int) -> list[list[_Placed]]:
        gap = self._gap(Qt.Orientation.Horizontal)
        shown = self._shown()
        lines: list[list[_Placed]] = [[]]
        used = 0
        for number, item in enumerate(shown):
            line = lines[-1]
            if item.hasHeightForWidth():
                after = shown[number + 1 :]
                beside = sum(self._least_width(i) for i in after) + gap * len(after)
                room = width - used - (gap if line else 0) - beside
                if room >= WORDS_BESIDE:
                    own = room  # the words take what the buttons leave, in as few lines
                else:
                    own = width
                    if line:
                        lines.append([])
                        line, used = lines[-1], 0
                own = max(own, self._least_width(item))
                line.append(_Placed(item, number, own, item.heightForWidth(own)))
                used += own + (gap if len(line) > 1 else 0)
                if own >= width:
                    lines.append([])
                    used = 0
                continue
            own = min(self._least_width(item), width)
            if line and used + gap + own > width:
                lines.append([])
                line, used = lines[-1], 0
            line.append(_Placed(item, number, own, item.sizeHint().height()))
            used += own + (gap if len(line) > 1 else 0)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        gap_x = self._gap(Qt.Orientation.Horizontal)
        gap_y = self._gap(Qt.Orientation.Vertical)
        shown = self._shown()
        stretch = self._stretch_index(shown)
        lines = self._lines(max(inner.width(), 1))
        y = inner.top()
        for line in lines:
            height = max(placed.height for placed in line)
            used = sum(placed.width for placed in line) + gap_x * (len(line) - 1)
            spare = max(0, inner.width() - used)
            x = inner.left()
            for placed in line:
                # The buttons from the stretch on sit on the right, on the lines they wrap to too.
                if stretch is not None and (
                    placed.index == stretch or (placed is line[0] and placed.index > stretch)
                ):
                    x += spare
                if place:
                    top = y + (height - placed.height) // 2
                    placed.item.setGeometry(
                        QRect(QPoint(x, top), QSize(placed.width, placed.height))
                    )
                x += placed.width + gap_x
            y += height + gap_y
        if lines:
            y -= gap_y
        return y - inner.top() + margins.top() + margins.bottom()

    def _stretch_index(self, shown: list[QLayoutItem]) -> int | None:
        """The first shown item at or after the stretch: from it on, a line's spare room is
        put before the buttons."""
        if self._stretch_at is None:
            return None
        after = [id(item) for item in self._items[self._stretch_at :]]
        return next((n for n, item in enumerate(shown) if id(item) in after), None)
