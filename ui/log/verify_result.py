"""The answer to "Verify the log": one plain sentence, the counts and hash on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.ledger_records import VerifyReport
from app.log.restores import restore_line, restores_of, verdict_with_restores
from app.log.verify import describe, verdict


def show_verify_result(parent: QWidget, report: VerifyReport, database: str = "") -> QMessageBox:
    """`database`: the log's path, to say (as `steady verify` does) when an older backup was
    restored over it and what it no longer holds."""
    restores = restores_of(database) if database else []
    said = verdict_with_restores(verdict(report), report.ok, restores)
    box = QMessageBox(
        QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
        "The log verifies" if report.ok else "The log does not verify",
        said,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    told = [restore_line(restore) for restore in restores if restore.lost != 0]
    if told:
        box.setInformativeText("\n\n".join(told))
    details = describe(report)
    if len(report.problems) > 1:
        details += "\n\n" + "\n".join(report.problems[1:])
    box.setDetailedText(details)
    box.open()
    return box
