"""The cooling-off notice for a reply whose window was closed during the wait: step 1 tells
the owner to step away, and closing the window is the natural way to do it, so the notice
must not depend on the window. While Steady runs, this watcher tells them when the time is
up, in a desktop notification where there is one and in a small note over Steady."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from app.core.errors import SteadyError
from app.services import Services
from ui.reply.notify import TITLE, notify_time_up

CHECK_EVERY_MS = 15_000
NAME = "cooling_notices"


class CoolingNotices(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        self.services = services
        self.waiting: dict[int, str] = {}  # reply id -> the customer's name
        self.shown: list[str] = []  # the notices given, in order
        self._trays: list[QSystemTrayIcon] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    @classmethod
    def for_app(cls, services: Services) -> CoolingNotices:
        """The one watcher of this running Steady (for these services)."""
        app = QApplication.instance()
        found = app.findChild(CoolingNotices, NAME) if app is not None else None
        if found is not None and found.services is services:
            return found
        if found is not None:
            found.stop()
        return cls(services, app)

    @classmethod
    def forget(cls, reply_id: int | None) -> None:
        """The reply's window is open again: it gives the notice itself."""
        app = QApplication.instance()
        found = app.findChild(CoolingNotices, NAME) if app is not None else None
        if found is not None and reply_id is not None:
            found.waiting.pop(reply_id, None)
            if not found.waiting:
                found._timer.stop()

    @classmethod
    def stop_watching(cls) -> None:
        app = QApplication.instance()
        found = app.findChild(CoolingNotices, NAME) if app is not None else None
        if found is not None:
            found.stop()

    def watch(self, reply_id: int, customer_name: str) -> None:
        self.waiting[reply_id] = customer_name
        self._timer.start()

    def stop(self) -> None:
        self.waiting.clear()
        self._timer.stop()
        for tray in self._trays:
            tray.hide()
        self.setObjectName("")
        self.deleteLater()

    def check(self) -> None:
        now = self.services.clock()
        for reply_id, name in list(self.waiting.items()):
            try:
                state = self.services.replies.get(reply_id)
            except SteadyError:  # the reply is gone
                self.waiting.pop(reply_id)
                continue
            except Exception:  # this log was closed (another one opened): nothing to tell
                self.stop()
                return
            if state.is_finished or state.override is not None:
                self.waiting.pop(reply_id)
            elif not state.is_cooling(now):
                self.waiting.pop(reply_id)
                self._tell(
                    f"You can now reply to {name}. Open the reply again from their page "
                    "(Unfinished replies) and take it one step at a time."
                )
        if not self.waiting:
            self._timer.stop()

    def _tell(self, message: str) -> None:
        self.shown.append(message)
        window = _steady_window()
        if window is None:
            return
        tray = notify_time_up(window, message)
        if tray is not None:
            self._trays.append(tray)
        note = QMessageBox(QMessageBox.Icon.Information, TITLE, message, parent=window)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note.setModal(False)
        note.show()


def _steady_window() -> QWidget | None:
    """Steady's main window (the first visible window that is not a dialog)."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    main = [w for w in windows if not isinstance(w, QMessageBox) and w.parent() is None]
    return (main or windows or [None])[0]
