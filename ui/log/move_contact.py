"""Move a contact logged under the wrong customer to the right one, saying why.

The move is kept in the log (who it was under, who it is under now, why, when); the
contact's words, versions and files stay exactly as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import show_local
from app.core.errors import SteadyError
from app.services import Services

PICK_LIMIT = 2000


def moves_text(services: Services, contact_id: int) -> str:
    """One line per move, oldest first, for the contact's history."""
    lines = []
    for move in services.contacts.moves(contact_id):
        before = services.customers.get(move.from_customer_id).name
        after = services.customers.get(move.to_customer_id).name
        lines.append(
            f"Moved from {before} to {after} on {show_local(move.moved_at)}, because: {move.reason}"
        )
    return "\n".join(lines)


def _reply_goes_along(services: Services, customer_id: int, contact_id: int) -> str:
    open_replies = [r for r in services.open_replies(customer_id) if r.contact_id == contact_id]
    if not open_replies:
        return ""
    return (
        " Your unfinished reply to it goes with it: it will be to the customer you move it to, "
        "at their address, and logged under them when you send it."
    )


class MoveContactDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.contact_id = contact_id
        self.moved_to: int | None = None
        contact = services.contacts.get(contact_id)
        current = services.customers.get(contact.customer_id)
        self.setWindowTitle("Move to another customer")
        self.explain = explain = QLabel(
            f"This contact is logged under {current.name}. Move it to the customer it really "
            "belongs to. Its words, versions and files stay as they are, and the move is kept "
            "in the log with your reason."
            + _reply_goes_along(services, contact.customer_id, contact_id)
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.customers = QComboBox()
        self.customers.setAccessibleName("Customer to move it to")
        for row in services.customers.page(0, PICK_LIMIT, order="name"):
            if row.id != current.id:
                self.customers.addItem(row.name, row.id)
        self.reason = QLineEdit(placeholderText="e.g. “It came from Pat's address”")
        self.reason.setAccessibleName("Why it belongs to them")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Move to:", self.customers)
        form.addRow("Why:", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Move it")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if self.customers.count() == 0:
            self.error.setText("There is no other customer yet. Add the right customer first.")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        target = self.customers.currentData()
        try:
            self._services.contacts.move(self.contact_id, int(target), self.reason.text())
        except SteadyError as error:
            self.error.setText(str(error))
            return
        self.moved_to = int(target)
        super().accept()
