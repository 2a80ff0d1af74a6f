"""After a crash or a power cut: the half-typed contact is offered back as soon as Steady
starts, not only when the owner happens to log another contact for that customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.core.errors import NotFoundError

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class DraftRecovery:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Asked once the window is on screen, so the question has something to sit on.
        QTimer.singleShot(0, window, self.offer)

    def offer(self) -> bool:
        """Ask about the newest kept draft; True if it was reopened."""
        for customer_id, draft in self.window.drafts.pending():
            try:
                name = self.window.services.customers.get(customer_id).name
            except NotFoundError:
                continue  # a draft from another log kept in the same folder
            answer = QMessageBox.question(
                self.window,
                "A contact was not saved",
                f"Steady closed while you were logging a contact for {name} "
                f"({draft.saved_at:%Y-%m-%d at %H:%M}). What you typed was kept. Open it now "
                "to finish and save it?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.window.log_contact_with_files([], customer_id)
            from ui.log.contact_dialog import LogContactDialog  # loaded when a draft is kept

            dialog = self.window.dialog
            if isinstance(dialog, LogContactDialog):
                dialog.restore_draft()
                return True
            return False
        return False


def install_draft_recovery(window: MainWindow) -> DraftRecovery:
    return DraftRecovery(window)
