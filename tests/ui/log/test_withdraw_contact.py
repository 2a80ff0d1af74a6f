"""Withdrawing a contact logged by mistake from its window: it asks why, keeps the contact in
the timeline greyed with the reason, and the window says so from then on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.log.timeline_text import WITHDRAWN_ROLE
from ui.log.withdraw_contact import WithdrawContactDialog
from ui.shell.main_window import MainWindow


def test_a_contact_logged_twice_is_withdrawn_from_its_window(
    qtbot, window: MainWindow, services: Services, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    services.contacts.log(victor, inbound("I'll smash your window.", clock()))
    again = services.contacts.log(victor, inbound("I'll smash your window.", clock()))
    window.refresh_customers()
    window.select_customer(victor)
    window.open_contact(again)
    dialog = window.dialog
    assert not dialog.withdrawn_label.isVisible()

    def answer(withdraw: WithdrawContactDialog) -> int:
        withdraw.accept()  # no reason: refused, nothing saved
        assert "why" in withdraw.error.text()
        assert services.contacts.withdrawals() == {}
        withdraw.reason.setText("Logged the same call twice")
        withdraw.accept()
        return int(withdraw.result())

    monkeypatch.setattr(WithdrawContactDialog, "exec", answer)
    dialog.withdraw_button.click()
    assert "Withdrawn as logged by mistake" in dialog.withdrawn_label.text()
    assert "Logged the same call twice" in dialog.withdrawn_label.text()
    assert not dialog.withdraw_button.isEnabled()
    assert window.statusBar().currentMessage().startswith("Withdrawn as logged by mistake")
    dialog.done(0)

    model = window.page.timeline_model
    assert model.rowCount() == 2  # kept in the timeline, not hidden
    marks = {model.index(row).data(WITHDRAWN_ROLE) for row in range(2)}
    assert "" in marks
    [mark] = marks - {""}
    assert mark.startswith("Withdrawn as logged by mistake on ")
    assert mark.endswith(": Logged the same call twice")


def test_a_withdrawn_contact_opens_saying_so(qtbot, services: Services, clock: FakeClock) -> None:
    from ui.log.contact_view import ContactDialog

    victor = services.customers.add(Customer(name="Victor Vexed"))
    contact = services.contacts.log(victor, inbound("Hello", clock()))
    services.contacts.withdraw(contact, "a test entry")
    dialog = ContactDialog(services, contact)
    qtbot.addWidget(dialog)
    assert "because: a test entry" in dialog.withdrawn_label.text()
    assert not dialog.withdraw_button.isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_page_and_the_list_count_what_is_live(
    qtbot, window: MainWindow, services: Services, clock: FakeClock
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    for _ in range(3):
        kept = services.contacts.log(victor, inbound("I'll smash your window.", clock()))
    services.contacts.withdraw(kept, "Logged the same call twice")
    window.refresh_customers()
    window.select_customer(victor)
    assert window.page.timeline_model.rowCount() == 3  # shown, marked withdrawn
    assert window.page.timeline_title.text() == (
        "Log — 2 contacts (1 withdrawn contact shown too), newest first"
    )
    model = window.customer_list.model
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "Victor Vexed"]
    assert model.index(row, 2).data() == "2"
