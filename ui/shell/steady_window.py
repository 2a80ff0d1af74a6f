"""The main window with every feature plugged in: import, packets, replies, standing."""

from __future__ import annotations

from typing import Any

from app.services import Services
from ui.log.customer_tools import install_customer_tools
from ui.log.draft_recovery import install_draft_recovery
from ui.log.record_tools import RecordTools
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_tools import install_passphrase_tools
from ui.shell.shortcuts import install_help_menu
from ui.shell.time_stamping import install_time_stamping


def steady_window(services: Services, **options: Any) -> MainWindow:
    """The window the owner works in (MainWindow alone is the bare frame)."""

    def reopen(again: Services) -> MainWindow:
        window = steady_window(again, **options)
        window.select_first_customer()
        return window

    def tools(window: MainWindow) -> list[object]:
        return [
            *install_customer_tools(window),
            RecordTools(window),
            *install_time_stamping(window),
            *install_passphrase_tools(window, reopen),
            install_help_menu(window),
            install_draft_recovery(window),
        ]

    return MainWindow(services, tools=tools, **options)
