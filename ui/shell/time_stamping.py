"""The daily time-stamp of the log's head, asked for in the background while Steady is open.

Only when the owner set a time-stamping service in Settings. Offline is normal on a laptop:
it is said once in the status bar and tried again an hour later; nothing waits on it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer

from app.services import Services
from ui.shell.background_work import WorkOnOwnConnection
from ui.shell.first_paint import after_first_paint
from ui.shell.main_window import MainWindow

RETRY_MS = 60 * 60 * 1000  # an hour: enough for a laptop to come back online


def _stamp_if_due(services: Services) -> str:
    """What to say in the status bar ("" when no stamp was due)."""
    stamp = services.time_stamps.stamp_if_due(datetime.now(UTC))
    return f"The log's head was time-stamped by {stamp.service}." if stamp else ""


class DailyTimeStamp(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: WorkOnOwnConnection | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.run_if_on)
        window.installEventFilter(self)  # a closing window waits for a stamp under way
        # A service set (or changed, or removed) in Settings is followed at once.
        window.settings_saved.connect(self._on_window_settings_saved)
        if window.services.time_stamps.enabled:
            # Not while the window is starting: the log is painted first.
            QTimer.singleShot(0, lambda: after_first_paint(self.run_if_on))
            self.timer.start()

    def _on_window_settings_saved(self) -> None:
        if not self.window.services.time_stamps.enabled:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
        self.run_if_on()

    def run_if_on(self) -> None:
        if self.task is not None or not self.window.services.time_stamps.enabled:
            return
        self.task = WorkOnOwnConnection(self.window.services.reopen, _stamp_if_due)
        self.task.done.connect(self._on_task_finished_with)
        self.task.failed.connect(lambda why: self._on_task_finished_with(f"Time-stamping: {why}"))
        self.task.finished.connect(self._on_task_finished)
        self.task.start()

    def _on_task_finished_with(self, message: str) -> None:
        if message:
            self.window.statusBar().showMessage(message, 10000)

    def _on_task_finished(self) -> None:
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
        self.task = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.wait()
        return False

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()


def install_time_stamping(window: MainWindow) -> list[object]:
    return [DailyTimeStamp(window)]
