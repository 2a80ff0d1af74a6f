"""The main window with every feature plugged in: import, packets, replies, standing."""

from __future__ import annotations

from typing import Any

from app.services import Services
from app.standing.action_text import action_title
from ui.log.log_warnings import LogWarnings
from ui.shell.bundled_fonts import add_bundled_fonts
from ui.shell.main_window import MainWindow


def steady_window(services: Services, **options: Any) -> MainWindow:
    """The window the owner works in (MainWindow alone is the bare frame).

    The log shows the customer's actions and its warnings from the first paint; the features
    around it (the assessment, import, replies, packets, the menus' tools) are built, and their
    modules loaded, just after that paint: the owner sees their customer first.
    """
    add_bundled_fonts()  # before any name is laid out (lent once, usually by the start)
    warnings = LogWarnings(services)

    def reopen(again: Services) -> MainWindow:
        window = steady_window(again, **options)
        window.select_first_customer()
        return window

    def tools(window: MainWindow) -> list[object]:
        from ui.log.customer_tools import install_customer_tools
        from ui.log.draft_recovery import install_draft_recovery
        from ui.log.record_tools import RecordTools
        from ui.shell.passphrase_tools import install_passphrase_tools
        from ui.shell.shortcuts import install_help_menu
        from ui.shell.time_stamping import install_time_stamping

        return [
            *install_customer_tools(window, warnings),
            RecordTools(window),
            *install_time_stamping(window),
            *install_passphrase_tools(window, reopen),
            install_help_menu(window),
            install_draft_recovery(window),
        ]

    window = MainWindow(services, tools=tools, **options)
    window.page.timeline_model.set_action_source(services.actions.for_customer, action_title)
    window.page.timeline_model.set_warning_source(warnings)
    return window
