"""The customer list says which customers have suggested categories waiting for review, in
words a screen reader hears too, and the mark goes once the owner has reviewed them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.domain import Category, Customer
from app.importing.review import SuggestionReview
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own
from ui.log.contact_view import ContactDialog
from ui.shell.main_window import MainWindow


def _status_cells(window: MainWindow, role: int) -> dict[str, str]:
    model = window.customer_list.model
    return {
        model.index(row, 0).data(): model.index(row, 1).data(role)
        for row in range(model.rowCount())
    }


def test_a_customer_with_suggestions_waiting_is_marked_until_they_are_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    # The owner's own flag is never a suggestion: no mark for that customer.
    calm = services.customers.add(Customer(name="Calm Carol"))
    log_owners_own(services, calm)
    window.refresh_customers()

    shown = _status_cells(window, Qt.ItemDataRole.DisplayRole)
    assert shown == {"Vic Menace": "Not reviewed", "Calm Carol": "Active"}
    heard = _status_cells(window, Qt.ItemDataRole.AccessibleTextRole)
    assert heard["Vic Menace"].startswith("Active. Not reviewed: Steady's word check suggested")
    assert heard["Calm Carol"] == "Active"
    tip = _status_cells(window, Qt.ItemDataRole.ToolTipRole)["Vic Menace"]
    assert tip.startswith("Status: Active\n")
    assert "open each message marked “Not reviewed” on their log, and keep or clear" in tip

    window.select_customer(customer_id)
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.suggestions.keep_buttons[Category.THREAT_LEGAL].click()

    assert _status_cells(window, Qt.ItemDataRole.DisplayRole) == {
        "Vic Menace": "Active",
        "Calm Carol": "Active",
    }
    assert window.customer_list.selected_customer() == customer_id


def test_cleared_with_the_command_line_review_the_mark_goes_on_the_next_reading(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    _, contact_id = customer_with_waiting(services, name="Émile <b>Bold</b>")
    window.refresh_customers()
    assert _status_cells(window, Qt.ItemDataRole.DisplayRole) == {
        "Émile <b>Bold</b>": "Not reviewed"
    }
    SuggestionReview(services.store).decide(contact_id, keep=())
    window.refresh_customers()
    assert _status_cells(window, Qt.ItemDataRole.DisplayRole) == {"Émile <b>Bold</b>": "Active"}
