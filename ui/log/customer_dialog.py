"""Add or edit a customer: names, ways to reach them, what they paid, notes, status."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Customer, CustomerStatus
from app.core.errors import SteadyError
from app.log.customers import parse_money
from app.services import Services
from ui.log.contact_drafts import CUSTOMER_DETAILS, NEW_CUSTOMER
from ui.log.typing_drafts import keep_typing
from ui.shell.messages import may_discard, tell_error


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _list_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(placeholderText=placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


class CustomerDialog(QDialog):
    """Saving calls the customer book; a refused save keeps everything typed."""

    customer_saved = Signal(int)

    def __init__(
        self, services: Services, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._original = services.customers.get(customer_id) if customer_id else None
        self.customer_id = customer_id
        self.setWindowTitle("Edit customer" if customer_id else "New customer")
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit(placeholderText="Any name you know them by")
        self.emails_edit = _list_box("One email address per line")
        self.phones_edit = _list_box("One phone number per line")
        self.handles_edit = _list_box("One per line, e.g. “Instagram: @name”")
        self.reference_edit = QLineEdit(placeholderText="Account number or order reference")
        symbol = services.settings.currency_symbol.strip()
        self.paid_edit = QLineEdit(placeholderText=f"What they have paid you, in {symbol}")
        self.status_box = QComboBox()
        for status in CustomerStatus:
            self.status_box.addItem(status.label, status.value)
        self.notes_edit = QPlainTextEdit(placeholderText="Anything you want to remember")
        self.notes_edit.setTabChangesFocus(True)
        # An edit keeps the earlier details in the log; changing who the customer is (a name,
        # an address, a number, an account) asks why.
        self.reason_edit = QLineEdit(
            placeholderText="Needed when a name, address, number or account changes"
        )

        form = QFormLayout()
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Emails:", self.emails_edit)
        form.addRow("&Phones:", self.phones_edit)
        form.addRow("&Social media:", self.handles_edit)
        form.addRow("&Account / order:", self.reference_edit)
        form.addRow("Amount &paid:", self.paid_edit)
        form.addRow("S&tatus:", self.status_box)
        form.addRow("N&otes:", self.notes_edit)
        if customer_id:
            form.addRow("&Reason for the change:", self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # The form as first filled: what differs from it on Save is what the owner changed,
        # and only that is written (an action may change the status while this is open).
        self._as_shown: Customer | None = None
        if self._original:
            self._fill(self._original)
            self._as_shown = self.customer_from_fields()
        self._typed_at_start = self._typed()
        # What is typed here is offered back after a crash, as a contact's draft is.
        kind = CUSTOMER_DETAILS if customer_id else NEW_CUSTOMER
        self.kept = keep_typing(self, kind, customer_id or 0)

    def _typed(self) -> tuple[object, ...]:
        return (
            self.name_edit.text(),
            self.emails_edit.toPlainText(),
            self.phones_edit.toPlainText(),
            self.handles_edit.toPlainText(),
            self.reference_edit.text(),
            self.paid_edit.text(),
            self.status_box.currentIndex(),
            self.notes_edit.toPlainText(),
            self.reason_edit.text(),
        )

    def reject(self) -> None:
        what = "your changes to this customer" if self._original else "this new customer"
        if self._typed() != self._typed_at_start and not may_discard(self, what):
            return
        super().reject()

    def _fill(self, customer: Customer) -> None:
        self.name_edit.setText(customer.name)
        self.emails_edit.setPlainText("\n".join(customer.emails))
        self.phones_edit.setPlainText("\n".join(customer.phones))
        self.handles_edit.setPlainText("\n".join(customer.handles))
        self.reference_edit.setText(customer.account_ref)
        self.paid_edit.setText(f"{customer.amount_paid:.2f}" if customer.amount_paid else "")
        self.status_box.setCurrentIndex(self.status_box.findData(customer.status.value))
        self.notes_edit.setPlainText(customer.notes)

    def customer_from_fields(self) -> Customer:
        base = self._original or Customer(name="")
        return replace(
            base,
            name=self.name_edit.text(),
            emails=_lines(self.emails_edit),
            phones=_lines(self.phones_edit),
            handles=_lines(self.handles_edit),
            account_ref=self.reference_edit.text(),
            amount_paid=parse_money(self.paid_edit.text()),
            status=CustomerStatus(self.status_box.currentData()),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        try:
            customer = self.customer_from_fields()
            if self._original is None:
                self.customer_id = self._services.customers.add(customer)
            else:
                self._services.customers.update(
                    customer, read=self._as_shown, reason=self.reason_edit.text()
                )
        except SteadyError as error:
            tell_error(self, error)
            return
        assert self.customer_id is not None
        self.customer_saved.emit(self.customer_id)
        self.accept()
