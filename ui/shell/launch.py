"""Start the Qt application: crash handling, the choice of log, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.core.clock import use_day_style
from app.core.compiled_once import save_compiled_records
from app.core.paths import data_folder, empty_private_temporary_folder
from app.services import Services
from ui.shell.collector import collect_on_this_thread
from ui.shell.crash_report import CrashHandler, enable_fault_log
from ui.shell.daily_backup import DailyBackup
from ui.shell.dates import sentence_day
from ui.shell.first_paint import (
    after_first_paint,
    hold_until_first_paint,
    release_after_first_paint,
    run_held_work,
)
from ui.shell.log_files import LogPlaces, OpenLog, RestoreBackup, choose_database
from ui.shell.log_menu import install_log_menu
from ui.shell.main_window import MainWindow
from ui.shell.opening_note import install_opening_note
from ui.shell.read_only import install_read_only_notice
from ui.shell.status_colours import keep_boxes_visible

ORGANIZATION = "Steady"


def _dress(window: MainWindow, logs: OpenLog, *, daily_backup: bool = False) -> None:
    """What a window on a log file gets besides the features: the log menu, a read-only notice
    and (when Steady is started, not in tests) today's backup once the window is painted."""
    install_log_menu(window, logs)
    install_read_only_notice(window, logs)
    install_opening_note(window)
    if daily_backup and not window.services.store.read_only:
        window.daily_backup = DailyBackup(window, window.services)  # type: ignore[attr-defined]


def open_window(
    path: Path,
    *,
    demo_path: Path,
    open_services: Callable[..., Services],
    start_with_demo: bool,
    explicit: bool = False,
    ui_state: QSettings | None = None,
    daily_backup: bool = False,
    restore_backup: RestoreBackup | None = None,
) -> MainWindow | None:
    """Everything launch does short of running the event loop (so tests can drive it)."""
    dress = partial(_dress, daily_backup=daily_backup)
    logs = OpenLog(
        LogPlaces(path, demo_path),
        open_services,
        ui_state,
        on_window=dress,
        restore_backup=restore_backup,
    )
    chosen = choose_database(
        logs.places,
        start_with_demo=start_with_demo,
        explicit=path if explicit else None,
        ui_state=ui_state,
    )
    if chosen is None:
        return None
    return logs.open(*chosen)


def _lend_bundled_fonts() -> None:
    """Chinese, Arabic, emoji… where the system lacks them, lent before any window (the choice
    of log included) lays out a name: a name painted before them stays empty boxes on X11 even
    when painted again, as the font fallback chosen for it is kept."""
    from ui.shell.bundled_fonts import add_bundled_fonts

    add_bundled_fonts()


def _english_time_words() -> None:
    """Qt sets the C library's locale from the environment as the application starts: Python's
    strftime and strptime would then write "Mo 4 Mai" into Steady's English sentences and
    packets, and fail to read "4 May 2026" or "9:40 PM" in a pasted thread, on a laptop set to
    German, as the command line never does. Dates the owner reads in their own form are
    written by Qt (ui/shell/dates.py), which this leaves alone. Set before any worker starts:
    the locale is shared by every thread."""
    import locale

    locale.setlocale(locale.LC_TIME, "C")


def launch(
    path: Path,
    *,
    demo_path: Path,
    open_services: Callable[..., Services],
    start_with_demo: bool,
    explicit: bool = False,
    daily_backup: bool = False,
    restore_backup: RestoreBackup | None = None,
) -> int:
    logs = data_folder() / "logs"
    enable_fault_log(logs)
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    _english_time_words()
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName(ORGANIZATION)
    qt_app.setApplicationVersion(__version__)
    CrashHandler(logs).install()
    keep_boxes_visible(qt_app)  # every window's, the choice of log's included
    # The first customer's log is painted first; their assessment and the like follow.
    hold_until_first_paint()
    after_first_paint(save_compiled_records)  # the record classes the start made, for next time
    _lend_bundled_fonts()
    collect_on_this_thread(qt_app)  # never a Qt object freed on a worker's thread
    # Sentences Steady writes in the window ("Warned on …") use the window's own date form,
    # in English as the sentences are.
    use_day_style(sentence_day)
    empty_private_temporary_folder()  # copies a crash left behind
    window = open_window(
        path,
        demo_path=demo_path,
        open_services=open_services,
        start_with_demo=start_with_demo,
        explicit=explicit,
        ui_state=QSettings(),
        daily_backup=daily_backup,
        restore_backup=restore_backup,
    )
    if window is None:
        run_held_work()
        return 0
    release_after_first_paint(window)
    window.show()
    if os.environ.get("STEADY_SELF_CHECK"):  # the built bundle checks itself (see self_check)
        from ui.shell.self_check import SelfCheck

        check = SelfCheck(qt_app, window, os.environ["STEADY_SELF_CHECK"])
        QTimer.singleShot(0, check.start)
    try:
        return qt_app.exec()
    finally:
        # After a switch the log open now is another one; OpenLog knows which.
        window.log_menu.logs.close()  # type: ignore[attr-defined]
        empty_private_temporary_folder()
