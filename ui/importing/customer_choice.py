"""Asking the owner whose messages these are, when no customer has the sender's address."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Customer
from app.core.errors import SteadyError
from app.importing.batch_report import Unmatched
from app.services import Services
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_in_tone

PICK_LIMIT = 500


class CustomerPickerDialog(QDialog):
    """Pick an existing customer, or create one prefilled from the sender; or skip them."""

    def __init__(
        self, services: Services, items: list[Unmatched], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        first = items[0]
        self.setWindowTitle("Whose messages are these?")
        who = first.key or "these files"
        shown = "\n".join(f"• {item.label}" for item in items[:5])
        more = f"\n…and {len(items) - 5} more" if len(items) > 5 else ""
        explain = plain_label(
            f"No customer has {who}. Choose the customer for {len(items)} "
            f"item{'s' if len(items) != 1 else ''}:\n{shown}{more}"
        )
        explain.setWordWrap(True)
        self.existing = QRadioButton("An existing customer")
        self.customers = QComboBox()
        for summary in services.customers.page(0, PICK_LIMIT, order="name"):
            self.customers.addItem(summary.name, summary.id)
        self.create_new = QRadioButton("A new customer")
        self.name = QLineEdit(first.name or (first.key.split("@")[0] if first.key else ""))
        self.email = QLineEdit(first.key if "@" in first.key else "")
        self.handle = QLineEdit(first.key if first.key and "@" not in first.key else "")
        self.error = plain_label()
        show_in_tone(self.error, Tone.DANGER)
        form = QFormLayout()
        form.addRow(self.existing)
        form.addRow("Customer:", self.customers)
        form.addRow(self.create_new)
        form.addRow("Name:", self.name)
        form.addRow("Email:", self.email)
        form.addRow("Handle:", self.handle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import for this customer")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Skip these")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # A stranger's message must not land on whoever is first in the list by a hurried click.
        self.create_new.setChecked(True)
        self.existing.setEnabled(self.customers.count() > 0)
        self.customer_id: int | None = None

    def accept(self) -> None:
        if self.existing.isChecked():
            self.customer_id = int(self.customers.currentData())
        else:
            try:
                self.customer_id = self._services.customers.add(
                    Customer(
                        name=self.name.text(),
                        emails=(self.email.text(),) if self.email.text().strip() else (),
                        handles=(self.handle.text(),) if self.handle.text().strip() else (),
                    )
                )
            except SteadyError as error:
                self.error.setText(str(error))
                return
        super().accept()
