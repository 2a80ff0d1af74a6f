"""The first email dropped on a new log makes its sender a customer: the window then shows
that customer, and never speaks of a search box the owner left empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.domain import Customer
from app.importing.batch_report import Unmatched
from tests.helpers.import_fixtures import email
from ui.importing.customer_choice import CustomerPickerDialog
from ui.importing.import_dialog import ImportDialog
from ui.shell.main_window import MainWindow


def _accept_the_new_customer(self: ImportDialog, items: list[Unmatched]) -> int | None:
    picker = CustomerPickerDialog(self._services, items, self)  # as offered: the sender
    picker.accept()
    return picker.customer_id


def test_the_first_dropped_email_shows_its_new_customer(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportDialog, "ask_customer", _accept_the_new_customer)
    angry = tmp_path / "angry.eml"
    angry.write_bytes(bytes(email("I will see you in court. You are idiots.")))
    window.files_dropped.emit([str(angry)], window.current_customer())
    dialog = window.findChildren(ImportDialog)[-1]
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert window.services.customers.count() == 1
    chosen = window.current_customer()
    assert chosen is not None
    assert window.services.customers.get(chosen).name == "Angry Person"
    assert window.right.currentWidget() is window.page
    assert window.log_contact_action.isEnabled()


def test_with_nobody_chosen_and_no_search_the_page_says_to_choose(window: MainWindow) -> None:
    window.services.customers.add(Customer(name="Dana Whitlock"))
    window.refresh_customers()
    assert window.current_customer() is None
    words = window.empty_state.text.text()
    assert "search box" not in words and "Choose a customer" in words
    # With words in the search box that match nobody, the box is named.
    window.customer_list.filter_box.setText("zzz-nobody")
    window.refresh_customers()
    assert "search box" in window.empty_state.text.text()
