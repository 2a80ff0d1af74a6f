"""The windows working on one log besides the main window (calm-reply editors): closed, so
they save what was typed, before that log is closed or rewritten."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from app.services import Services
from ui.shell.main_window import MainWindow


def windows_of(services: Services) -> list[QWidget]:
    """The other windows working on a log (calm-reply editors), to close with it."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if not isinstance(widget, MainWindow)
        and getattr(widget, "services", None) is services
        and widget.isVisible()
    ]


def close_windows_of(services: Services) -> list[QWidget]:
    """Close them (each saves its draft as it closes); returns any that stayed open."""
    for window in windows_of(services):
        window.close()
    return windows_of(services)
