"""The passphrase in the window: File › Lock with a passphrase…, Change…, Remove…, and the
lock that hides the log after the owner has left the laptop unused for a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME
from app.core.errors import SteadyError
from app.services import Services
from ui.shell.first_paint import after_first_paint
from ui.shell.log_windows import close_windows_of
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_prompt import ask_passphrase

# What counts as the owner using Steady; timers and repaints do not.
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Hides every window of a locked log after `minutes` unused, until the passphrase is typed.

    Nothing is closed: a half-typed reply or contact is still there when the log is unlocked.
    """

    def __init__(self, services: Services, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        self.watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        active = minutes > 0 and self._services.store.locked
        if active:
            self.timer.setInterval(minutes * 60 * 1000)
            self.timer.start()
        else:
            self.timer.stop()
        # At start-up the owner cannot be idle before the log is even painted.
        after_first_paint(self._watch_activity)

    def _watch_activity(self) -> None:
        """Watch the application's events only while a lock can come: every event any object
        gets passes through this filter, and PySide6 then builds a Python wrapper (and the
        classes and enums of its type) for each object that gets one."""
        app = QApplication.instance()
        watch = self.minutes > 0 and self._services.store.locked
        if app is None or watch == self.watching:
            return
        if watch:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.watching = watch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        active = not self.locked and self.minutes > 0 and event.type() in ACTIVITY
        if active and self._services.store.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or not self._services.store.locked:
            return
        self.locked = True
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for window in hidden:
            window.hide()
        problem = ""
        while True:
            typed = ask_passphrase(
                f"{APP_NAME} is locked",
                "Steady hid your log because it was not used for a while. Type your "
                "passphrase to carry on where you left off.",
                problem,
            )
            if typed is not None and self._services.store.passphrase_matches(typed):
                break
            problem = "That is not the passphrase of this log." if typed is not None else ""
        for window in hidden:
            window.show()
        self.locked = False
        self.timer.start()


class PassphraseTools:
    """File › Lock with a passphrase… / Change passphrase… / Remove passphrase…"""

    def __init__(self, window: MainWindow, reopen_window: Callable[[Services], MainWindow]) -> None:
        self.window = window
        self._reopen_window = reopen_window
        services = window.services
        self.lock_action = QAction("Lock with a &passphrase…", window)
        self.change_action = QAction("Change pass&phrase…", window)
        self.remove_action = QAction("Remove passphrase…", window)
        self.lock_action.triggered.connect(self.set_passphrase)
        self.change_action.triggered.connect(self.change_passphrase)
        self.remove_action.triggered.connect(self.remove_passphrase)
        locked = services.store.locked
        self.lock_action.setVisible(not locked)
        self.change_action.setVisible(locked)
        self.remove_action.setVisible(locked)
        menu = window.file_menu
        before = menu.actions()[-1] if menu.actions() else None  # keep Quit last
        for action in (self.lock_action, self.change_action, self.remove_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.idle = IdleLock(services, services.settings.lock_after_minutes, window)
        # Settings › Lock after applies on Save, not at the next start.
        window.settings_saved.connect(
            lambda: self.idle.set_minutes(services.settings.lock_after_minutes)
        )

    def _parent(self) -> QWidget:
        return self.window

    def set_passphrase(self) -> MainWindow | None:
        typed = ask_passphrase(
            "Lock your log with a passphrase",
            "Steady will encrypt your log and its future backups, so nobody who takes this "
            "laptop can read them. You will type the passphrase each time you open Steady.",
            new=True,
            parent=self._parent(),
        )
        if typed is None:
            return None
        return self._rewrite(lambda lock, path: lock.set(path, typed), typed, None)

    def change_passphrase(self) -> MainWindow | None:
        old = ask_passphrase(
            "Change passphrase", "Type the passphrase you use now.", parent=self._parent()
        )
        if old is None:
            return None
        if not self.window.services.store.passphrase_matches(old):
            QMessageBox.warning(self._parent(), APP_NAME, "That is not the passphrase of this log.")
            return None
        new = ask_passphrase(
            "Change passphrase", "Choose the new passphrase.", new=True, parent=self._parent()
        )
        if new is None:
            return None
        return self._rewrite(lambda lock, path: lock.change(path, old, new), new, old)

    def remove_passphrase(self) -> MainWindow | None:
        old = ask_passphrase(
            "Remove the passphrase",
            "Without a passphrase anyone with this laptop can read your log. Type the "
            "passphrase to remove it.",
            parent=self._parent(),
        )
        if old is None:
            return None
        if not self.window.services.store.passphrase_matches(old):
            QMessageBox.warning(self._parent(), APP_NAME, "That is not the passphrase of this log.")
            return None
        return self._rewrite(lambda lock, path: lock.remove(path, old), None, old)

    def _rewrite(
        self, change: Callable[..., None], new: str | None, old: str | None
    ) -> MainWindow | None:
        """Close the log, rewrite the file, and reopen it in a fresh window."""
        services = self.window.services
        lock, open_with = services.passphrases, services.open_with
        if lock is None or open_with is None:
            QMessageBox.warning(self._parent(), APP_NAME, "This copy of Steady cannot do that.")
            return None
        # A calm-reply window on this log saves its draft as it closes; left open, it would
        # write to a closed file. One that will not close (its owner kept it) stops the change.
        if close_windows_of(services):
            QMessageBox.warning(
                self._parent(),
                APP_NAME,
                "Close the calm-reply window first: the log is rewritten while it changes "
                "passphrase. Nothing was changed.",
            )
            return None
        path = services.store.path
        # Today's backup, the assessment and a time-stamp read the log on connections of their
        # own, stopped by the window's close: they must end before the file is rewritten under
        # them (a backup still copying would leave a readable copy of a log just locked). The
        # window itself stays until the new one shows.
        QCoreApplication.sendEvent(self.window, QCloseEvent())
        services.close()
        try:
            change(lock, path)
        except SteadyError as error:
            QMessageBox.warning(self._parent(), APP_NAME, str(error))
            new = old  # nothing changed: open it as it was
        reopened = open_with(new)
        window = self._reopen_window(reopened)
        # The File menu's logs, the read-only notice and the day's backup, as at a start.
        log_menu = getattr(self.window, "log_menu", None)
        if log_menu is not None:
            log_menu.logs.adopt(window)
        window.show()
        self.idle.set_minutes(0)  # the old window's lock ends with it
        self.window.close()
        return window


def install_passphrase_tools(
    window: MainWindow, reopen_window: Callable[[Services], MainWindow]
) -> list[object]:
    return [PassphraseTools(window, reopen_window)]
