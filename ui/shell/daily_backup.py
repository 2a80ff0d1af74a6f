"""Today's automatic backup, taken once the window has been painted, off the window's thread.

Copying a log and verifying the copy takes seconds on a big one (about 2 s for 20,000 contacts,
growing with the ledger). Taken while the log opened, the first start of each day kept the owner
waiting for it before the window even appeared. Now the log shows at once; the status bar says
while the backup is taken and when it is done, and a banner says so if it could not be taken.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread
from PySide6.QtWidgets import QLabel, QMainWindow

from app.services import Services
from ui.shell.background_work import WorkOnOwnConnection
from ui.shell.first_paint import after_first_paint
from ui.shell.status_colours import Tone, show_as_banner


def _take_daily_backup(services: Services) -> str:
    return services.backups.daily() or ""


class DailyBackup(QObject):
    """Takes today's backup of the window's log, unless one was taken in the last day."""

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.thread: WorkOnOwnConnection | None = None
        self.banner: QLabel | None = None
        self.done = False  # the backup's outcome has been shown
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        after_first_paint(self.start)

    def start(self) -> None:
        if self.services.is_demo or self.thread is not None:
            return
        # Its path, or "" when one was already taken in the last day.
        self.thread = WorkOnOwnConnection(self.services.reopen, _take_daily_backup)
        self.thread.done.connect(self._on_taken)
        self.thread.failed.connect(self._on_failed)
        self.window.statusBar().showMessage("Taking today's backup…")
        self.thread.start(QThread.Priority.LowPriority)

    @property
    def busy(self) -> bool:
        return self.thread is not None and not self.done

    def stop(self) -> None:
        """Wait for a backup under way: half a copy is never left for a backup."""
        if self.thread is not None and self.thread.isRunning():
            # On a big log this can take seconds: the window says why it has not gone yet.
            status = self.window.statusBar()
            status.showMessage("Finishing today's backup before Steady closes…")
            status.repaint()
            self.thread.wait()
            self.done = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _on_taken(self, path: str) -> None:
        self.done = True
        status = self.window.statusBar()
        if path:
            # Named, so an owner who pointed it at a stick sees it went there.
            folder = os.path.dirname(path)
            status.showMessage(f"Today's backup is taken and verified, in {folder}.", 8000)
        else:
            status.clearMessage()

    def _on_failed(self, reason: str) -> None:
        self.done = True
        self.window.statusBar().clearMessage()
        # Not needed to paint the window.
        from app.log.backups import DAILY_NOT_RECORDED, LOG_DOES_NOT_VERIFY

        if reason.startswith(DAILY_NOT_RECORDED):
            # Taken, so "could not be taken" would be false; its record is what is missing.
            text, tone = reason, Tone.WARNING
        elif reason.startswith(LOG_DOES_NOT_VERIFY):
            # The copy failed because the log itself was altered: not the drive's fault, and
            # the one moment the window learns of it.
            text, tone = f"{reason}\nToday's automatic backup was not taken.", Tone.DANGER
        else:
            text = (
                f"Today's automatic backup could not be taken. {reason}\nYour log itself is "
                "fine; Steady tries again the next time it starts."
            )
            tone = Tone.WARNING
        self.banner = QLabel(text)
        self.banner.setObjectName("backup_problem_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        show_as_banner(self.banner, tone)
        self.window.centralWidget().layout().insertWidget(0, self.banner)  # type: ignore[union-attr]
