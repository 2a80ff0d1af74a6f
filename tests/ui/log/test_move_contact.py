"""Moving a contact logged under the wrong customer, from the contact's window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.log.move_contact import MoveContactDialog
from ui.shell.main_window import MainWindow


def test_a_contact_moves_to_the_right_customer_and_says_so(
    qtbot, window: MainWindow, services: Services, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    pat = services.customers.add(Customer(name="Pat Example"))
    contact = services.contacts.log(victor, inbound("You will regret this.", clock()))
    window.refresh_customers()
    window.select_customer(victor)
    window.open_contact(contact)
    dialog = window.dialog

    def answer(move: MoveContactDialog) -> int:
        move.customers.setCurrentIndex(move.customers.findData(pat))
        move.reason.setText("It came from Pat's address")
        move.accept()
        return int(move.result())

    monkeypatch.setattr(MoveContactDialog, "exec", answer)
    dialog.move_button.click()
    assert services.contacts.get(contact).customer_id == pat
    assert "Moved from Victor Vexed to Pat Example" in dialog.moved_label.text()
    assert "It came from Pat's address" in dialog.moved_label.text()
    assert window.statusBar().currentMessage().startswith("Moved to Pat Example")
    assert window.page.timeline_model.rowCount() == 0  # Victor's log is empty now
    dialog.done(0)
    window.select_customer(pat)
    assert window.page.timeline_model.rowCount() == 1


def test_the_move_needs_a_reason(qtbot, services: Services, clock: FakeClock) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    services.customers.add(Customer(name="Pat Example"))
    contact = services.contacts.log(victor, inbound("Hello", clock()))
    move = MoveContactDialog(services, contact)
    qtbot.addWidget(move)
    move.accept()
    assert move.result() != QDialog.DialogCode.Accepted
    assert "why" in move.error.text()
    assert services.contacts.get(contact).customer_id == victor
