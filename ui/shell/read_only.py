"""A log that cannot be written (a read-only file or folder, a locked-down drive): said at
opening, with what still works — reading, searching, verifying — and a writable copy one click
away. Without this the first save failed with the generic "Steady hit a problem"."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from app.core.errors import SteadyError
from app.services import Services
from ui.shell.log_files import OpenLog
from ui.shell.main_window import MainWindow
from ui.shell.plain_text import escaped
from ui.shell.status_colours import Tone, show_as_banner

# What writes to the log; everything else (reading, search, verify, printing) still works.
WRITING_ACTIONS = frozenset(
    {
        "New customer…",
        "Edit customer…",
        "Log a contact…",
        "Import evidence…",
        "Paste evidence",
        "Log an action…",
        "Reply calmly…",
        "Prepare packet…",
        "Settings…",
        "Policies…",
    }
)


def read_only_reason(services: Services) -> str:
    """Why this log cannot be written, in a few words; "" when it can."""
    flag = getattr(services, "read_only", None)  # the storage's own answer, where it gives one
    if flag is not None:
        return str(getattr(services, "read_only_reason", "") or "it is read-only") if flag else ""
    path = services.store.path
    if path == ":memory:":
        return ""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
        return "its folder is read-only"
    return ""


# How storage ends its reason for refusing a log changed outside Steady (a trigger it never
# makes), before the way out it gives in command-line words.
_CHANGED_OUTSIDE = "; keep the file as it is"


def changed_outside(reason: str) -> bool:
    """Read-only because something Steady never makes was put in the file: a copy would carry
    it too, and be just as read-only."""
    return _CHANGED_OUTSIDE in reason


def banner_text(reason: str, can_copy: bool) -> str:
    """The banner's words (rich text), with the way out in the window's own menu paths."""
    if changed_outside(reason):
        what = reason.split(_CHANGED_OUTSIDE, 1)[0]
        return (
            f"<b>This log is read-only</b>: {escaped(what)}. Keep the file as it is. You can "
            "read and search it; File › Verify the log names what else was changed. To go on "
            "working, put a good backup back with File › Restore a backup…"
        )
    return (
        f"<b>This log is read-only</b> ({escaped(reason)}). You can read, search and verify it, "
        "and copy it, but not add to it. "
        + ('<a href="copy">Make a copy to work on…</a>' if can_copy else "")
    )


class ReadOnlyNotice:
    def __init__(self, window: MainWindow, logs: OpenLog | None, reason: str) -> None:
        self.window = window
        # A copy of a log changed outside Steady keeps what was put in it: no way out.
        self.logs = None if changed_outside(reason) else logs
        self.banner = QLabel(banner_text(reason, self.logs is not None))
        self.banner.setObjectName("read_only_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        show_as_banner(self.banner, Tone.DANGER)
        self.banner.linkActivated.connect(lambda _link: self.make_copy())
        window.centralWidget().layout().insertWidget(0, self.banner)  # type: ignore[union-attr]
        window.setWindowTitle(f"{window.windowTitle()} (read-only)")
        window.setAcceptDrops(False)
        # The window re-enables some actions whenever a customer is chosen; follow it.
        window.customer_selected.connect(lambda _id: self.disable_writing())
        window.tools_installed.connect(self.disable_writing)  # they come after the first paint
        self.disable_writing()

    def disable_writing(self) -> None:
        for action in self.window.findChildren(QAction):
            if action.text() in WRITING_ACTIONS:
                action.setEnabled(False)
        buttons = [b for b in self.window.findChildren(QPushButton) if b.text() in WRITING_ACTIONS]
        from ui.standing.panel import AssessmentPanel

        for panel in self.window.findChildren(AssessmentPanel):
            buttons += [*panel.step_buttons, panel.link_button]  # each of these logs something
        for button in buttons:
            button.setEnabled(False)

    def make_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # built when used, not at start

        if self.logs is None:
            return
        current = Path(self.window.services.store.path)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            "Save a copy to work on",
            str(Path.home() / f"{current.stem}-copy.db"),
            "Steady logs (*.db)",
        )
        if not chosen:
            return
        try:
            self.window.services.store.backup_to(chosen)
        except (SteadyError, OSError) as error:
            QMessageBox.warning(self.window, "The copy was not made", str(error))
            return
        self.logs.switch_to(Path(chosen), False)


def install_read_only_notice(window: MainWindow, logs: OpenLog | None = None) -> None:
    reason = read_only_reason(window.services)
    if reason:
        window.read_only_notice = ReadOnlyNotice(window, logs, reason)  # type: ignore[attr-defined]
