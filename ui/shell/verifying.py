"""Verify the log from the window: off the UI thread, with the answer in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dialogs load when first opened: the window starts with the log alone
    from app.core.ledger_records import VerifyReport
    from app.log.verify import LedgerHead


class VerifyingWindow:
    """Verify the log from the window: off the UI thread, with the answer in plain words."""

    def verify_log(self, expected: LedgerHead | str | None = None) -> None:
        """Check the ledger chain, every record and every file, with a busy indicator; with
        `expected` (a head printed on a packet), also that the file still holds it."""
        if self.verify_task is not None:
            return
        from PySide6.QtWidgets import QProgressDialog

        from ui.log.verify_task import VerifyTask

        self.verify_task = VerifyTask(self.services.reopen, expected)
        self.verify_progress = QProgressDialog(
            "Checking every entry and file in the log…", "", 0, 0, self
        )
        self.verify_progress.setCancelButton(None)  # type: ignore[arg-type]
        self.verify_progress.setWindowTitle("Verifying the log")
        self.verify_progress.setMinimumDuration(300)
        self.verify_task.verified.connect(self._on_verify_task_verified)
        self.verify_task.failed.connect(self._on_verify_task_failed)
        self.verify_task.finished.connect(self._on_verify_task_finished)
        self.verify_task.start()

    def _on_verify_task_verified(self, report: VerifyReport) -> None:
        from ui.log.verify_result import show_verify_result

        self.verify_result = show_verify_result(self, report, self.services.store.path)

    def _on_verify_task_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, "The log could not be checked", message)

    def _on_verify_task_finished(self) -> None:
        if self.verify_progress is not None:
            self.verify_progress.close()
            self.verify_progress.deleteLater()
        self.verify_progress = None
        if self.verify_task is not None:
            self.verify_task.deleteLater()
        self.verify_task = None
