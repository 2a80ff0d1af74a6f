"""Money on the customer page is written as the owner's locale writes it, like the dates
beside it, and without a minor unit for a currency that has none."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.core.domain import Customer
from app.services import Services
from tests.ui.log.test_first_screen import _panel
from ui.shell.main_window import MainWindow
from ui.shell.money_text import money


@pytest.fixture
def locale_of() -> Iterator[object]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _page(qtbot, window: MainWindow, services: Services, currency: str, paid: str, rate: int):  # type: ignore[no-untyped-def]
    services.settings.update({"currency": currency, "hourly_rate": rate})
    customer_id = services.customers.add(Customer(name="Dana Whitlock", amount_paid=Decimal(paid)))
    window.refresh_customers()
    window.select_customer(customer_id)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.picture is not None and "paid" in panel.cost_label.text())
    return window.page, panel


def test_euros_in_german_read_as_a_german_owner_writes_them(
    qtbot, locale_of, window: MainWindow, services: Services
) -> None:
    locale_of("de_DE")
    page, panel = _page(qtbot, window, services, "EUR", "1234.50", 1250)
    assert page.paid_label.text() == "1.234,50\u00a0€"
    assert page.time_label.text() == "0 min, worth 0,00\u00a0€ at 1.250,00\u00a0€/hour"
    assert "€1,234.50" not in panel.cost_label.text()
    assert panel.cost_label.text() == "No messages from them yet; 1.234,50\u00a0€ paid."


def test_yen_have_no_minor_unit_with_or_without_a_locale(
    qtbot, locale_of, window: MainWindow, services: Services
) -> None:
    locale_of("C")
    page, _ = _page(qtbot, window, services, "JPY", "4500", 3000)
    assert page.paid_label.text() == "¥4,500"
    assert page.time_label.text().endswith("at ¥3,000/hour")
    locale_of("en_US")
    assert money(Decimal("4500"), "¥", "jpy") == "¥4,500"
    assert money(Decimal("4500.50"), "₩", "KRW") == "₩4,501"


def test_a_currency_of_letters_stands_apart_from_the_figure(locale_of) -> None:
    locale_of("en_US")
    assert money(Decimal("12"), "CHF ", "CHF") == "CHF\u00a012.00"
    assert money(Decimal("1234.5"), "$", "USD") == "$1,234.50"
    locale_of("C")
    assert money(Decimal("1234.5"), "$", "USD") == "$1,234.50"  # no locale: as before


def test_an_empty_customer_is_not_zero_messages_over_zero_days(
    qtbot, locale_of, window: MainWindow, services: Services
) -> None:
    locale_of("C")
    _, panel = _page(qtbot, window, services, "USD", "0", 40)
    assert panel.cost_label.text() == "No messages from them yet; nothing paid."


def _first_inked_column(label: QLabel) -> int:
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    label.render(image)
    for x in range(image.width()):
        if any(image.pixelColor(x, y).alpha() for y in range(image.height())):
            return x
    return image.width()


@pytest.mark.parametrize("name", ["he_IL", "ar_SA"])
def test_in_a_hebrew_or_arabic_locale_the_amount_stays_beside_its_label(
    qtbot, locale_of, window: MainWindow, services: Services, name: str
) -> None:
    """The locale wrapped the figure in right-to-left marks: the label was laid out right to
    left, "Paid:" a window's width from its amount, and written two ways on one screen."""
    locale_of(name)
    window.resize(1280, 720)
    page, panel = _page(qtbot, window, services, "USD", "39000", 40)
    shown = page.paid_label.text()
    assert not set(shown) & {"\u200e", "\u200f", "\u061c"}
    assert page.paid_label.width() > 150
    assert _first_inked_column(page.paid_label) < 10
    assert shown in panel.cost_label.text()
