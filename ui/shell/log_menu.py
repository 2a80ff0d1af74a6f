"""File › New log…, Open log…, and Switch to the demo / to my log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from app.core.paths import database_exists
from ui.shell.log_files import OpenLog
from ui.shell.main_window import MainWindow
from ui.shell.missing_log import LOG_FILTER

DEMO_BANNER_WITH_WAY_OUT = (
    "Demo — nothing here is real. Explore freely; your own log is kept separately. "
    '<a href="own">Switch to my log</a>'
)


def _with_suffix(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".db")


class LogMenu:
    """The File menu's log entries for one window; they act through the shared OpenLog."""

    def __init__(self, window: MainWindow, logs: OpenLog) -> None:
        self.window = window
        self.logs = logs
        is_demo = window.services.is_demo
        self.new_action = QAction("New log…", window)
        self.new_action.setToolTip("Start another log in a file of its own")
        self.new_action.triggered.connect(self.new_log)
        self.open_action = QAction("Open log…", window)
        self.open_action.setToolTip("Open a log kept in another file")
        self.open_action.triggered.connect(self.open_log)
        self.switch_action = QAction(
            "Switch to my log" if is_demo else "Switch to the demo", window
        )
        self.switch_action.setToolTip(
            "Leave the demo and open your own log (started now if you have none yet)"
            if is_demo
            else "Look around the demo; your own log stays as it is"
        )
        self.switch_action.triggered.connect(self.switch)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.new_action, self.open_action, self.switch_action])  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        if is_demo:
            window.demo_banner.setText(DEMO_BANNER_WITH_WAY_OUT)
            window.demo_banner.linkActivated.connect(lambda _link: self.switch())

    def _folder(self) -> str:
        return str(self.logs.own_log.parent)

    # The file dialogs and the message box are imported when used: Qt builds each class's
    # enums on first import, and none is needed to show the window.
    def new_log(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            "Start a new log",
            str(Path(self._folder()) / "my-log.db"),
            LOG_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = _with_suffix(chosen)
        if path == self.logs.places.demo:
            self.logs.switch_to_demo()
            return
        if database_exists(path):
            answer = QMessageBox.question(
                self.window,
                "That file already holds a log",
                f"{path.name} already holds a log. Open it? Nothing in it will be replaced.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.logs.switch_to(path, False)

    def open_log(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Open a log", self._folder(), LOG_FILTER
        )
        if chosen:
            path = Path(chosen)
            self.logs.switch_to(path, path == self.logs.places.demo)

    def switch(self) -> None:
        if self.window.services.is_demo:
            self.logs.switch_to_own()
        else:
            self.logs.switch_to_demo()


def install_log_menu(window: MainWindow, logs: OpenLog) -> None:
    window.log_menu = LogMenu(window, logs)  # type: ignore[attr-defined]
