"""A screen reader can name every control: fields, lists, tables, buttons, in every window.

Help text is ordinary text (a disabled label is announced as "unavailable").
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import Services
from tests.ui.every_window import every_window
from tests.ui.window_walk import accessible_name, interactive_widgets
from ui.shell.main_window import MainWindow


def test_every_control_in_every_window_has_a_name(
    demo_window: MainWindow, demo_services: Services
) -> None:
    customer_id = demo_services.customers.page(0, 1)[0].id
    nameless: list[str] = []
    greyed: list[str] = []
    for window_name, top in every_window(demo_window, customer_id):
        for widget in interactive_widgets(top):
            if not accessible_name(widget):
                nameless.append(
                    f"{window_name}: {type(widget).__name__} {widget.objectName()!r} "
                    f"under {type(widget.parentWidget()).__name__}"
                )
        for label in top.findChildren(QLabel):
            parent = label.parentWidget()
            if label.text() and not label.isEnabled() and parent is not None and parent.isEnabled():
                greyed.append(f"{window_name}: {label.text()[:60]!r}")
    assert not nameless, "\n".join(nameless)
    assert not greyed, "\n".join(greyed)
