"""The main window with every feature plugged in: import, packets, replies, standing."""

from __future__ import annotations

from typing import Any

from app.services import Services
from ui.log.customer_tools import install_customer_tools
from ui.log.draft_recovery import install_draft_recovery
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts import install_help_menu


def _tools(window: MainWindow) -> list[object]:
    return [
        *install_customer_tools(window),
        install_help_menu(window),
        install_draft_recovery(window),
    ]


def steady_window(services: Services, **options: Any) -> MainWindow:
    """The window the owner works in (MainWindow alone is the bare frame)."""
    return MainWindow(services, tools=_tools, **options)
