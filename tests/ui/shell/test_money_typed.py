"""Money typed in the window: a decimal comma read as meant, an absurd rate refused or survived."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.application import open_services
from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.app.cli.test_cli import steady
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.customer_dialog import CustomerDialog
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.steady_window import steady_window
from ui.standing.action_dialog import ActionDialog


def test_an_amount_paid_with_a_decimal_comma_is_not_read_100_times_larger(
    qtbot, window: MainWindow, services: Services
) -> None:
    window.new_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name_edit, "Lena Vogt")
    dialog.paid_edit.setText("19,95")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert window.page.paid_label.text() == "$19.95"


def test_an_ambiguous_amount_paid_is_asked_about_and_nothing_is_saved(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    window.new_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name_edit, "Lena Vogt")
    dialog.paid_edit.setText("1.234")
    dialog.save()
    assert message_boxes.texts("warning")[0].startswith("“1.234” — did you mean 1234 or 1.23?")
    assert dialog.isVisible()
    assert services.customers.count() == 0


def test_a_refund_with_a_decimal_comma_is_logged_as_typed(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = ActionDialog(services, customer_id, ActionKind.REFUND)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("1.234,50")
    dialog.save()
    assert dialog.action_id is not None
    (action,) = services.actions.for_customer(customer_id)
    assert action.amount == Decimal("1234.50")


def test_settings_refuse_an_absurd_hourly_rate_with_a_clear_message(
    qtbot, services: Services, message_boxes: MessageBoxes
) -> None:
    for typed in ("1e30", "inf", "nan", "-5", "9" * 40):
        dialog = SettingsDialog(services)
        qtbot.addWidget(dialog)
        dialog.editors["hourly_rate"].widget.setText(typed)  # type: ignore[attr-defined]
        dialog.save()
        assert dialog.result() != dialog.DialogCode.Accepted
        said = message_boxes.texts("warning")[-1]
        assert said.startswith("Your hourly rate"), said
    assert services.settings.hourly_rate == Decimal("40.00")


def test_an_absurd_rate_already_in_the_log_does_not_break_the_window(
    qtbot, services: Services, db_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    services.store.settings.save({"hourly_rate": "1e30"})
    services.close()
    reopened = open_services(db_path)
    try:
        main = steady_window(reopened, drafts_folder=tmp_path / "drafts")
        qtbot.addWidget(main)
        main.select_customer(customer)
        main.page.refresh()
        assert main.page.time_label.text() == "0 min, worth $0.00 at $40.00/hour"
    finally:
        reopened.close()


def test_an_absurd_rate_already_in_the_log_does_not_break_assess(db_path: Path) -> None:
    assert steady(db_path, "demo").returncode == 0
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE settings SET value = '\"1e30\"' WHERE key = 'hourly_rate'")
    shown = steady(db_path, "assess", "3")
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr


def test_the_command_line_reads_a_decimal_comma_as_meant(db_path: Path) -> None:
    added = steady(db_path, "customer", "add", "--name", "Lena Vogt", "--paid", "12,50")
    assert added.returncode == 0, added.stderr
    shown = steady(db_path, "customer", "show", added.stdout.strip())
    assert "12.50" in shown.stdout and "1250" not in shown.stdout
