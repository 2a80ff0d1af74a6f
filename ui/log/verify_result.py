"""The answer to "Verify the log": one plain sentence, the counts and hash on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.ledger_records import VerifyReport
from app.log.verify import describe, verdict


def show_verify_result(parent: QWidget, report: VerifyReport) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
        "The log verifies" if report.ok else "The log does not verify",
        verdict(report),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    details = describe(report)
    if len(report.problems) > 1:
        details += "\n\n" + "\n".join(report.problems[1:])
    box.setDetailedText(details)
    box.open()
    return box
