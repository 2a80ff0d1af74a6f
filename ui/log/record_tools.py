"""File-menu tools that keep the record: verify against a head printed on a packet, and put
a backup back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.core.errors import SteadyError
from app.log.anchors import parse_head
from app.log.printed_head import as_head_text
from app.log.restore_loss import lost_words

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class RecordTools:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.verify_head_action = QAction("Check the log against a packet…", window)
        self.verify_head_action.triggered.connect(lambda: self.verify_against_head())
        self.restore_action = QAction("Restore a backup…", window)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        menu = window.file_menu
        actions = menu.actions()
        after = actions.index(window.verify_action) + 1
        before = actions[after] if after < len(actions) else None
        for action in (self.verify_head_action, self.restore_action):
            menu.insertAction(before, action)  # type: ignore[arg-type]

    def verify_against_head(self) -> None:
        text, accepted = QInputDialog.getText(
            self.window,
            "Check the log against a packet",
            "Paste the head hash printed on the packet's first page, under “Log it was made "
            "from” (or in its bundle's manifest). It proves this log still holds everything "
            "the packet was made from:",
            QLineEdit.EchoMode.Normal,
        )
        if not accepted or not text.strip():
            return
        try:
            expected = parse_head(as_head_text(text))
        except ValueError as error:
            QMessageBox.warning(self.window, "Not a ledger head", str(error))
            return
        self.window.verify_log(expected)

    def restore_backup(self) -> None:
        services = self.window.services
        folder = services.backups.folder if services.files else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Restore a backup", folder, "Steady databases (*.db);;All files (*)"
        )
        if not chosen:
            return
        earlier: str | None = None
        if services.backup_needs_earlier_passphrase(chosen):
            earlier = self._earlier_passphrase(Path(chosen).name)
            if earlier is None:
                return
        # What it takes out of the log, by contact and packet number, before it is asked.
        lost = lost_words(services.restore_loss(chosen, earlier), "the log kept beside it")
        answer = QMessageBox.question(
            self.window,
            "Restore this backup?",
            f"Put {Path(chosen).name} back in place of the log?\n\n"
            + (f"{lost}\n\n" if lost else "")
            + "It is verified first. The "
            "log as it is now is kept beside it, renamed, not deleted. Steady then closes; "
            "open it again to work in the restored log.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = services.restore_from(chosen, earlier)
        except SteadyError as error:
            QMessageBox.warning(self.window, "The backup was not restored", str(error))
            return
        # Not written down beside the log: said as a warning, not as a plain success.
        say = QMessageBox.warning if restored.unrecorded else QMessageBox.information
        say(
            self.window,
            "Backup restored",
            f"The backup is back in place. The log it replaced is kept as "
            f"{restored.set_aside or 'nothing (there was none)'}."
            + "".join(f"\n\n{text}" for text in (restored.unrecorded, restored.note) if text)
            + "\n\nSteady closes now; open "
            "it again to continue.",
        )
        self.window.close()

    def _earlier_passphrase(self, name: str) -> str | None:
        """The passphrase a backup made before the passphrase was changed is locked with."""
        typed, ok = QInputDialog.getText(
            self.window,
            "Backup locked with an earlier passphrase",
            f"{name} is locked with the passphrase the log had before it was changed, not the "
            "current one.\n\nType the passphrase it was made with. The restored log will be "
            "locked with your current passphrase.",
            QLineEdit.EchoMode.Password,
        )
        return typed if ok and typed else None
