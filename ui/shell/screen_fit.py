"""Windows sized for the screen they open on: a 1280x720 laptop, or 200% scaling."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# The smallest screen Steady is made for, less a taskbar and a title bar: every window's
# least size fits in it (tests/ui/shell/test_small_screen.py).
SMALLEST_SCREEN = QSize(1280, 720)
PANEL_AND_TITLE = 80
SMALLEST_WINDOW = QSize(SMALLEST_SCREEN.width(), SMALLEST_SCREEN.height() - PANEL_AND_TITLE)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the preferred size, but never wider or taller than the screen allows."""
    screen = window.screen().availableGeometry()
    window.resize(
        max(window.minimumSizeHint().width(), min(width, int(screen.width() * 0.95))),
        max(window.minimumSizeHint().height(), min(height, int(screen.height() * 0.9))),
    )
