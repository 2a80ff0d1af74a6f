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


PASTED = (
    "From: Dana Whitlock <dana.w@example.com>\n"
    "Sent: Friday, November 27, 2026 4:05 PM\n"
    "To: shop@bakers.example\n"
    "Subject: RE: your order\n\n"
    "I am DONE waiting. You people are a joke. Refund me $19.95 today.\n"
)


def test_a_pasted_email_shows_in_the_window_at_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+V imports a copied thread inside the dialog's start: the window must be
    listening by then, or it says "No customers yet" right after importing the threat."""
    from PySide6.QtGui import QAction, QGuiApplication

    monkeypatch.setattr(ImportDialog, "ask_customer", _accept_the_new_customer)
    clipboard = QGuiApplication.clipboard()
    before = clipboard.text()
    clipboard.setText(PASTED)
    try:
        [paste] = [a for a in window.findChildren(QAction) if a.text() == "Paste evidence"]
        paste.trigger()
        dialog = window.findChildren(ImportDialog)[-1]
        qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    finally:
        clipboard.setText(before)
    assert window.services.customers.count() == 1
    assert window.customer_list.model.rowCount() == 1
    chosen = window.current_customer()
    assert chosen is not None
    assert window.services.customers.get(chosen).name == "Dana Whitlock"
    assert window.page.timeline_model.rowCount() == 1


def test_a_paste_from_another_customer_is_not_logged_under_the_one_on_screen(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction, QGuiApplication

    victor = window.services.customers.add(Customer(name="Victor Vexed"))
    window.refresh_customers()
    window.select_customer(victor)
    asked: list[Unmatched] = []

    def skip(self: ImportDialog, items: list[Unmatched]) -> int | None:
        asked.extend(items)
        return None  # "Skip these"

    monkeypatch.setattr(ImportDialog, "ask_customer", skip)
    clipboard = QGuiApplication.clipboard()
    before = clipboard.text()
    clipboard.setText(PASTED)
    try:
        [paste] = [a for a in window.findChildren(QAction) if a.text() == "Paste evidence"]
        paste.trigger()
        dialog = window.findChildren(ImportDialog)[-1]
        qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    finally:
        clipboard.setText(before)
    assert [(a.key, a.on_screen) for a in asked] == [("dana.w@example.com", victor)]
    assert window.services.contacts.page_for_customer(victor, 0, 10) == []


def test_done_in_the_import_window_clears_not_reviewed_from_the_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Done records the owner's review of the suggested categories after the import ended;
    the list said "Not reviewed" and the signs "nobody has reviewed them yet" until restart."""
    dana = window.services.customers.add(
        Customer(name="Dana Whitlock", emails=("angry@example.com",))
    )
    window.refresh_customers()
    window.select_customer(dana)
    angry = tmp_path / "angry.eml"
    angry.write_bytes(bytes(email("I will smash your shop window and see you in court.")))
    window.files_dropped.emit([str(angry)], dana)
    dialog = window.findChildren(ImportDialog)[-1]
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    model = window.customer_list.model
    assert model.index(0, 1).data() == "Not reviewed"  # suggested, as the import ends
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert window.services.imports.suggestions.waiting(dana) == []
    assert model.index(0, 1).data() == "Active"
