"""Asking the owner whose messages these are: no customer has the sender's address, or the
address belongs to another customer than the one the files were given to."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from ui.shell.screen_fit import fit_to_screen
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
        shown = "\n".join(f"• {item.label}" for item in items[:5])
        more = f"\n…and {len(items) - 5} more" if len(items) > 5 else ""
        count = f"{len(items)} item{'s' if len(items) != 1 else ''}"
        these = "this item" if len(items) == 1 else f"these {len(items)} items"
        on_screen = services.customers.get(first.on_screen) if first.on_screen else None
        known_as = services.customers.get(first.known_as) if first.known_as else None
        if on_screen is not None and known_as is not None:
            question = (
                f"{first.key} is {known_as.name}'s address in your log, not "
                f"{on_screen.name}'s. Whose {'is' if len(items) == 1 else 'are'} {these}?"
            )
        elif on_screen is not None:
            who = first.key or "the sender"
            question = (
                f"No customer has {who} yet. {'Is' if len(items) == 1 else 'Are'} {these} from "
                f"{on_screen.name}, someone else in your log, or a new customer?"
            )
        else:
            question = (
                f"No customer has {first.key or 'these files'}. Choose the customer for {count}:"
            )
        explain = plain_label(f"{question}\n{shown}{more}")
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.this_customer = QRadioButton(
            f"This customer: {on_screen.name}" if on_screen is not None else "This customer"
        )
        self.this_customer.setVisible(on_screen is not None)
        self._on_screen = first.on_screen
        self.existing = QRadioButton("Another customer" if on_screen else "An existing customer")
        self.customers = QComboBox()
        for summary in services.customers.page(0, PICK_LIMIT, order="name"):
            if summary.id != first.on_screen:
                self.customers.addItem(summary.name, summary.id)
        if known_as is not None:
            self.customers.setCurrentIndex(max(self.customers.findData(known_as.id), 0))
        self.create_new = QRadioButton("A new customer")
        self.name = QLineEdit(first.name or (first.key.split("@")[0] if first.key else ""))
        self.email = QLineEdit(first.key if "@" in first.key else "")
        self.handle = QLineEdit(first.key if first.key and "@" not in first.key else "")
        self.error = plain_label()
        show_in_tone(self.error, Tone.DANGER)
        form = QFormLayout()
        form.addRow(self.this_customer)
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
        # A stranger's message must not land on whoever is first in the list by a hurried click;
        # a known address goes, unless the owner says otherwise, to the customer who owns it.
        self.existing.setEnabled(self.customers.count() > 0)
        (self.existing if known_as is not None else self.create_new).setChecked(True)
        self.customer_id: int | None = None
        # Wide enough that the question reads in a line or two, not squeezed into a column as
        # narrow as its buttons.
        fit_to_screen(self, 480, 0)

    def accept(self) -> None:
        if self.this_customer.isChecked() and self._on_screen is not None:
            self.customer_id = self._on_screen
        elif self.existing.isChecked():
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
