"""Start the Qt application: crash handling, the first-run choice, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.errors import SteadyError
from app.core.paths import data_folder, database_exists
from app.services import Services
from ui.shell import first_run
from ui.shell.crash_report import CrashHandler, enable_fault_log
from ui.shell.first_run import FirstRunChoice
from ui.shell.main_window import MainWindow
from ui.shell.steady_window import steady_window

ORGANIZATION = "Steady"


def choose_database(path: Path, demo_path: Path, start_with_demo: bool) -> tuple[Path, bool] | None:
    """Which database to open and whether it is the demo; None if the owner walked away."""
    if start_with_demo:
        return demo_path, True
    if database_exists(path):
        return path, False
    choice = first_run.ask_first_run()
    if choice is None:
        return None
    return (demo_path, True) if choice is FirstRunChoice.DEMO else (path, False)


def open_window(
    path: Path,
    *,
    demo_path: Path,
    open_services: Callable[..., Services],
    start_with_demo: bool,
    ui_state: QSettings | None = None,
) -> MainWindow | None:
    """Everything launch does short of running the event loop (so tests can drive it)."""
    chosen = choose_database(path, demo_path, start_with_demo)
    if chosen is None:
        return None
    database, is_demo = chosen
    database.parent.mkdir(parents=True, exist_ok=True)
    try:
        services = open_services(database, is_demo=is_demo)
        if is_demo and services.customers.count() == 0:
            from app.demo.fill import fill_demo

            fill_demo(services)
    except SteadyError as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot open its database", str(error))
        return None
    window = steady_window(services, ui_state=ui_state)
    window.select_first_customer()
    return window


def launch(
    path: Path,
    *,
    demo_path: Path,
    open_services: Callable[..., Services],
    start_with_demo: bool,
) -> int:
    logs = data_folder() / "logs"
    enable_fault_log(logs)
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(ORGANIZATION)
    qt_app.setApplicationVersion(__version__)
    CrashHandler(logs).install()
    window = open_window(
        path,
        demo_path=demo_path,
        open_services=open_services,
        start_with_demo=start_with_demo,
        ui_state=QSettings(),
    )
    if window is None:
        return 0
    window.show()
    if os.environ.get("STEADY_SELF_CHECK"):  # the built bundle checks itself (see self_check)
        from ui.shell.self_check import SelfCheck

        check = SelfCheck(qt_app, window, os.environ["STEADY_SELF_CHECK"])
        QTimer.singleShot(0, check.start)
    try:
        return qt_app.exec()
    finally:
        window.services.close()
