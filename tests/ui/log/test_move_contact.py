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


def test_an_unfinished_reply_to_the_contact_is_said_to_go_along(
    qtbot, services: Services, clock: FakeClock
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    renee = services.customers.add(Customer(name="Renée Delacroix", emails=("r@courriel.example",)))
    contact = services.contacts.log(victor, inbound("Where is my refund?", clock()))
    quiet = MoveContactDialog(services, contact)
    qtbot.addWidget(quiet)
    assert "unfinished reply" not in quiet.explain.text()

    reply = services.replies.start(contact)
    move = MoveContactDialog(services, contact)
    qtbot.addWidget(move)
    assert "Your unfinished reply to it goes with it" in move.explain.text()
    move.customers.setCurrentIndex(move.customers.findData(renee))
    move.reason.setText("Renée's email")
    move.accept()
    assert reply.id is not None
    moved = services.replies.get(reply.id)
    assert services.replies.outgoing_mail(moved).to == "r@courriel.example"
