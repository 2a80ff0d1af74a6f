"""A customer's name as long as an imported email's display name: cut with "…" on the page,
whole on hover, and the window never wider than a 1280x720 laptop."""

from __future__ import annotations

import pytest

from app.core.domain import Customer
from app.services import Services
from ui.shell.main_window import MainWindow
from ui.shell.screen_fit import SMALLEST_WINDOW

LONG = "Bartholomew-Maximilian Fortescue-Worthington, Example Holdings Limited"


@pytest.mark.parametrize("name", [LONG, "W" * 150, "<b>" + LONG + "</b>"])
def test_a_long_name_is_elided_and_the_window_fits_the_screen(
    qtbot, window: MainWindow, services: Services, name: str
) -> None:
    customer_id = services.customers.add(Customer(name=name))
    window.refresh_customers()
    window.select_customer(customer_id)
    window.resize(SMALLEST_WINDOW)
    window.layout().activate()
    assert window.minimumSizeHint().width() <= SMALLEST_WINDOW.width()
    qtbot.waitUntil(lambda: window.width() <= SMALLEST_WINDOW.width())
    label = window.page.name_label
    assert label.text() == name
    assert label.toolTip().endswith(name.replace("<", "&lt;").replace(">", "&gt;") + "</p>") or (
        label.toolTip() == name
    )
    shown = label.shown_text()  # type: ignore[attr-defined]
    assert shown.endswith("…") and len(shown) < len(name)
    # The buttons beside and beneath the name stay on the screen.
    edit = window.page.edit_button
    right_edge = edit.mapTo(window, edit.rect().topRight()).x()
    assert right_edge <= window.width()


def test_a_short_name_is_shown_whole(qtbot, window: MainWindow, services: Services) -> None:
    customer_id = services.customers.add(Customer(name="Victor Hale"))
    window.refresh_customers()
    window.select_customer(customer_id)
    window.resize(SMALLEST_WINDOW)
    label = window.page.name_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    assert label.shown_text() == "Victor Hale"  # type: ignore[attr-defined]
