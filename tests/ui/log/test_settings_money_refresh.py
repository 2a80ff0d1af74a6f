"""A new hourly rate or currency saved in Settings shows at once on the customer on screen:
one currency and one cost everywhere on the page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.standing.panel import AssessmentPanel


def _money_on_screen(window: MainWindow) -> str:
    panel = next(iter(window.findChildren(AssessmentPanel)))
    return " | ".join(
        label.text()
        for label in (window.page.paid_label, window.page.time_label, panel.cost_label)
        if isinstance(label, QLabel)
    )


def test_rate_and_currency_saved_show_at_once_in_the_cost_line(
    demo_window: MainWindow, demo_ids: dict, qtbot
) -> None:  # type: ignore[no-untyped-def]
    demo_window.select_customer(demo_ids["hale"])
    panel = next(iter(demo_window.findChildren(AssessmentPanel)))
    qtbot.waitUntil(lambda: "$" in panel.cost_label.text(), timeout=10000)
    dialog = SettingsDialog(demo_window.services, demo_window)
    dialog.accepted.connect(demo_window._on_settings_saved)
    dialog.editors["hourly_rate"].edit.setText("200")  # type: ignore[attr-defined]
    dialog.editors["currency"].box.setCurrentText("EUR")  # type: ignore[attr-defined]
    dialog.save()
    picture = demo_window.services.assessor.picture(int(demo_ids["hale"]))
    expected = picture.assessment.cost.sentence + "."
    assert "€" in expected and "$" not in expected
    qtbot.waitUntil(lambda: panel.cost_label.text() == expected, timeout=10000)
    shown = _money_on_screen(demo_window)
    assert "$" not in shown and "€200.00/hour" in shown
