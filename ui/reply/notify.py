"""Telling the owner the cooling-off time is up: a desktop notification where the platform has
one, and always in the window itself."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

TITLE = "Cooling-off time is up"


def notify_time_up(window: QWidget, message: str) -> QSystemTrayIcon | None:
    """Show a tray message if a tray exists (returns the icon to keep), and flash the window."""
    QApplication.alert(window)
    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return None
    icon = window.windowIcon()
    if icon.isNull():
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(QIcon(icon), window)
    tray.setToolTip("Steady — calm reply")
    tray.show()
    tray.showMessage(TITLE, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
    return tray
