"""The "Find a customer" box compares as the owner types: case and accents left aside, a phone
number in any grouping, and `_ % [ "` as the characters they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.domain import Customer
from app.services import Services
from storage.customers import _searched
from ui.log.customer_list import PREPARE_FINDING_MS, CustomerListPanel
from ui.shell.main_window import MainWindow


@pytest.fixture
def book(services: Services) -> Services:
    services.customers.add(
        Customer(
            name="Renée Çelik-Straße",
            emails=("renee@shop.example",),
            phones=("+1 555 010 2233",),
            handles=("X: @renee_c",),
        )
    )
    services.customers.add(Customer(name="Émile Ødegård", phones=("5550102299",)))
    services.customers.add(Customer(name="Łukasz Żak"))
    services.customers.add(Customer(name="Bob Jones", emails=("bob@shop.example",)))
    return services


def _names(panel: CustomerListPanel, qtbot, text: str) -> list[str]:
    panel.filter_box.setText(text)
    qtbot.keyClick(panel.filter_box, Qt.Key.Key_Return)
    return sorted(str(panel.model.index(r, 0).data()) for r in range(panel.model.rowCount()))


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("émile", ["Émile Ødegård"]),
        ("EMILE", ["Émile Ødegård"]),
        ("odegard", ["Émile Ødegård"]),
        ("RENÉE", ["Renée Çelik-Straße"]),
        ("çelik", ["Renée Çelik-Straße"]),
        ("strasse", ["Renée Çelik-Straße"]),
        ("łukasz", ["Łukasz Żak"]),
        ("lukasz zak", ["Łukasz Żak"]),
        ("5550102233", ["Renée Çelik-Straße"]),
        ("(555) 010-2233", ["Renée Çelik-Straße"]),
        ("555 010 2299", ["Émile Ødegård"]),
        ("renee_c", ["Renée Çelik-Straße"]),
        ("_", ["Renée Çelik-Straße"]),
        ("%", []),
        ("[", []),
        ('"', []),
        ("shop.example", ["Bob Jones", "Renée Çelik-Straße"]),
    ],
)
def test_the_box_lists_who_the_owner_means(
    qtbot, book: Services, typed: str, listed: list[str]
) -> None:
    panel = CustomerListPanel(book.customers)
    qtbot.addWidget(panel)
    assert _names(panel, qtbot, typed) == listed


def test_a_lower_case_accented_name_is_shown_not_offered_as_new(
    qtbot, window: MainWindow, book: Services
) -> None:
    window.refresh_customers()
    window.customer_list.filter_box.setText("émile")
    qtbot.keyClick(window.customer_list.filter_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.right.currentWidget() is not window.empty_state)
    assert window.customer_list.model.index(0, 0).data() == "Émile Ødegård"
    assert window.right.currentWidget() is window.page


def _folds() -> int:
    info = _searched.cache_info()
    return info.hits + info.misses


def test_the_first_letter_typed_finds_without_folding_the_whole_book(qtbot, book: Services) -> None:
    """Folding every customer's details the first time took 50–100 ms on 5,000 customers, all
    of it on the first letter typed: the shown list does it before the owner types."""
    panel = CustomerListPanel(book.customers)
    qtbot.addWidget(panel)
    panel.show()
    before = _folds()
    qtbot.waitUntil(lambda: _folds() >= before + 4, timeout=3000)  # the four customers, once
    prepared = _folds()
    assert _names(panel, qtbot, "ÉMILE") == ["Émile Ødegård"]
    assert _folds() == prepared


def test_a_hidden_list_never_reads_the_log_for_it(qtbot, book: Services) -> None:
    """A list never shown (or its window closing, its log with it) leaves the log alone."""
    panel = CustomerListPanel(book.customers)
    qtbot.addWidget(panel)
    before = _folds()
    qtbot.wait(PREPARE_FINDING_MS + 300)
    assert _folds() == before
