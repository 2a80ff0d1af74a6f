"""Withdraw a contact logged by mistake (the same call twice, a message of someone else's),
saying why. The contact stays in the log and the timeline, greyed with the reason; the
assessment and packets leave it out, and the legal packet lists it among the corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.services import Services
from ui.shell.dates import shown_when


def withdrawn_text(services: Services, contact_id: int) -> str:
    """ "Withdrawn as logged by mistake on …, because: …", or "" when it counts."""
    found = services.contacts.withdrawals([contact_id]).get(contact_id)
    if found is None:
        return ""
    return (
        f"Withdrawn as logged by mistake on {shown_when(found.withdrawn_at)}, because: "
        f"{found.reason}. It stays in the log; assessments and packets leave it out."
    )


class WithdrawContactDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.contact_id = contact_id
        self.withdrawn = False
        self.setWindowTitle("Logged by mistake")
        explain = QLabel(
            "Withdraw this contact if it should never have been logged (the same call logged "
            "twice, someone else's message). It is not deleted: it stays in the log with your "
            "reason, greyed, and is no longer counted in the assessment or packets. This "
            "cannot be undone."
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.reason = QLineEdit(placeholderText="e.g. “Logged the same call twice”")
        self.reason.setAccessibleName("Why it was logged by mistake")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Why:", self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Withdraw it")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        try:
            self._services.contacts.withdraw(self.contact_id, self.reason.text())
        except SteadyError as error:
            self.error.setText(str(error))
            return
        self.withdrawn = True
        super().accept()
