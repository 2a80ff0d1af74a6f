"""With nobody shown on the right: the customer actions say to choose one, and the empty page
says why nobody is shown (the status filter, the search, or no customers at all)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.domain import Customer, CustomerStatus
from app.services import Services
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell.main_window import MainWindow


@pytest.mark.parametrize("keys", ["Ctrl+L", "Ctrl+P", "Ctrl+R"])
def test_customer_actions_with_nobody_chosen_say_choose_a_customer_first(
    qtbot, window: MainWindow, message_boxes: MessageBoxes, keys: str
) -> None:
    assert window.current_customer() is None
    actions = [
        action for action in window.customer_menu.actions() if action.shortcut().toString() == keys
    ]
    assert len(actions) == 1
    actions[0].trigger()
    assert window.statusBar().currentMessage().startswith("Choose the customer first")
    assert window.dialog is None
    assert message_boxes.shown == []


def _filter_by(window: MainWindow, status: CustomerStatus, qtbot) -> None:
    window.select_first_customer()
    assert window.right.currentWidget() is window.page
    box = window.customer_list.status_box
    box.setCurrentIndex(box.findData(status.value))
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.empty_state)


def test_a_status_nobody_has_is_named_and_no_first_customer_is_offered(
    qtbot, window: MainWindow, services: Services
) -> None:
    for name in ("Ana Ruiz", "Victor Hale", "Tasha Morrow", "Pat Example"):
        services.customers.add(Customer(name=name))
    window.refresh_customers()
    _filter_by(window, CustomerStatus.TERMINATED, qtbot)
    words = window.empty_text.text()
    assert "No customer is Terminated" in words
    assert "Choose “Every status” above the list to see all 4." in words
    assert "search box" not in words
    assert window.empty_button.text().startswith("New customer…")


def test_an_empty_log_still_offers_the_first_customer(window: MainWindow) -> None:
    assert "No customers yet" in window.empty_text.text()
    assert window.empty_button.text().startswith("Add the first customer…")


def test_a_search_and_a_status_together_name_both(
    qtbot, window: MainWindow, services: Services
) -> None:
    services.customers.add(Customer(name="Ana Ruiz"))
    window.refresh_customers()
    _filter_by(window, CustomerStatus.WARNED, qtbot)
    window.customer_list.filter_box.setText("zzz")
    qtbot.keyClick(window.customer_list.filter_box, Qt.Key.Key_Return)
    words = window.empty_text.text()
    assert "Nobody who is Warned matches what is in the search box" in words
    assert "the one customer" in words
    window.customer_list.filter_box.setText("")
    qtbot.keyClick(window.customer_list.filter_box, Qt.Key.Key_Return)
