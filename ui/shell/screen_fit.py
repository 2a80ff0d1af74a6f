"""Windows sized for the screen they open on: a 1280x720 laptop, or 200% scaling, at any size
of text the owner chose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# The smallest screen Steady is made for, less a taskbar and a title bar: every window's
# least size fits in it (tests/ui/shell/test_small_screen.py).
SMALLEST_SCREEN = QSize(1280, 720)
PANEL_AND_TITLE = 80
SMALLEST_WINDOW = QSize(SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height() - PANEL_AND_TITLE)
SCROLLED = "steady_scrolled"
SCROLL_BAR_WIDTH = QStyle.PixelMetric.PM_ScrollBarExtent


def _room(window: QWidget) -> QSize:
    screen = window.screen().availableGeometry()
    return QSize(int(screen.width() * 0.95), int(screen.height() * 0.9))


def _size(window: QWidget, width: int, height: int) -> QSize:
    """The preferred size, grown to what large text needs, within the screen, never below the
    window's least size."""
    room, hint, least = _room(window), window.sizeHint(), window.minimumSizeHint()
    return QSize(
        max(least.width(), min(max(width, hint.width()), room.width())),
        max(least.height(), min(max(height, hint.height()), room.height())),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the preferred size, but never wider or taller than the screen allows; a dialog
    whose content cannot fit (large text on a small laptop) scrolls, its buttons kept below."""
    window.resize(_size(window, width, height))
    if window.findChild(_FitWhenShown, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return
    window.installEventFilter(_FitWhenShown(window, width, height))


class _FitWhenShown(QObject):
    """Measured again when the window first shows: its constructor may fit it before its
    content is built."""

    def __init__(self, window: QWidget, width: int, height: int) -> None:
        super().__init__(window)
        self._preferred = (width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            layout = watched.layout()
            if (
                isinstance(watched, QDialog)
                and layout is not None
                and not watched.property(SCROLLED)
            ):
                least, room = watched.minimumSizeHint(), _room(watched)
                if least.width() > room.width() or least.height() > room.height():
                    margins = layout.contentsMargins()  # they move to the dialog's new layout
                    content = scroll_contents(watched, layout)
                    # As wide as the content needs, so it scrolls sideways only when it must.
                    width = (
                        content.minimumSizeHint().width()
                        + watched.style().pixelMetric(SCROLL_BAR_WIDTH)
                        + margins.left()
                        + margins.right()
                    )
                    self._preferred = (max(self._preferred[0], width), room.height())
            watched.resize(_size(watched, *self._preferred))
        return False


def _is_button_row(item: QLayoutItem) -> bool:
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.LeftToRight,
        QBoxLayout.Direction.RightToLeft,
    ):
        return False
    items = [layout.itemAt(i) for i in range(layout.count())]
    shown = [w for item in items if item is not None and (w := item.widget()) is not None]
    return bool(shown) and all(isinstance(w, QAbstractButton) for w in shown)


def scroll_contents(dialog: QDialog, layout: QLayout) -> QWidget:
    """Put the dialog's content (its `layout`) in a scroll area; its row of buttons stays in
    sight below. Returns the scrolled content."""
    dialog.setProperty(SCROLLED, True)
    buttons: QLayoutItem | None = None
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    fits = last is not None and last.minimumSize().width() <= _room(dialog).width()
    if last is not None and fits and _is_button_row(last):
        buttons = layout.takeAt(layout.count() - 1)
    content = QWidget()
    content.setLayout(layout)  # takes the layout, and its widgets, off the dialog
    area = QScrollArea()
    area.setObjectName("fit_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own for Tab
    area.setWidget(content)
    dialog.setMinimumSize(0, 0)  # the old layout had set its own least size on the dialog
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(layout.contentsMargins())
    layout.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    if buttons is not None:
        row_widget, row_layout = buttons.widget(), buttons.layout()
        if row_widget is not None:
            outer.addWidget(row_widget)
        elif row_layout is not None:
            outer.addLayout(row_layout)
    outer.activate()
    if dialog.isVisible():
        area.show()  # added while the dialog shows: at once, not after the next events
    return content
