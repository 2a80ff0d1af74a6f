"""When a customer agreed to a policy: passing through the field changes nothing; only what
the owner types or chooses is recorded, never a date that appeared on its own."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.services import Services
from ui.standing.agreement_date import NOT_CHOSEN_TEXT
from ui.standing.policies_dialog import PoliciesDialog


def _dialog(qtbot, services: Services, customer_id: int) -> PoliciesDialog:  # type: ignore[no-untyped-def]
    policy = services.policies.add_policy("Refund policy")
    services.policies.add_version(policy, "Refunds within 30 days.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):  # focus comes and goes, with its events, as for the owner
        dialog.activateWindow()
    return dialog


def _tab_from(qtbot, dialog: PoliciesDialog, start: QWidget, stop: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    """Tab from `start` until `stop` has the focus; what When showed at each press."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    shown = [dialog.agreed_edit.text()]
    for _ in range(20):
        if dialog.focusWidget() is stop:
            return shown
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        shown.append(dialog.agreed_edit.text())
    raise AssertionError(f"Tab never reached {stop!r}; When showed {shown}")


def test_tabbing_through_the_form_leaves_when_unchosen(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = _dialog(qtbot, services, customer_id)
    shown = _tab_from(qtbot, dialog, dialog.method_box, dialog.record_button)
    assert set(shown) == {NOT_CHOSEN_TEXT}
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Backtab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.agreed_edit
    assert dialog.agreed_edit.text() == NOT_CHOSEN_TEXT
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text().startswith("Choose when they agreed")
    assert services.policies.agreements(customer_id) == []


def test_tabbing_through_keeps_the_date_the_owner_chose(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = _dialog(qtbot, services, customer_id)
    dialog.agreed_edit.setDateTime(QDateTime(2025, 6, 1, 9, 0, 0))
    _tab_from(qtbot, dialog, dialog.method_box, dialog.record_button)
    assert isinstance(dialog.focusWidget(), QPushButton)
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Space)
    [agreement] = services.policies.agreements(customer_id)
    assert agreement.agreed_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2025-06-01 09:00"


def test_a_click_in_the_field_or_opening_the_calendar_chooses_nothing(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = _dialog(qtbot, services, customer_id)
    when = dialog.agreed_edit
    qtbot.mouseClick(when.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert when.text() == NOT_CHOSEN_TEXT
    qtbot.mouseClick(when, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))  # on its frame
    assert when.text() == NOT_CHOSEN_TEXT
    # The calendar's arrow, at the field's right end: it opens on the customer's first month.
    qtbot.mouseClick(when, Qt.MouseButton.LeftButton, pos=QPoint(when.width() - 6, 10))
    calendar = when.calendarWidget()
    first_day = services.customers.get(customer_id).created_at.astimezone()  # type: ignore[union-attr]
    try:
        assert calendar.isVisible()
        assert (calendar.yearShown(), calendar.monthShown()) == (first_day.year, first_day.month)
        assert when.text() == NOT_CHOSEN_TEXT
        calendar.setSelectedDate(QDate(2025, 6, 1))  # the owner picks a day
        assert when.date() == QDate(2025, 6, 1)
    finally:
        calendar.window().hide()


def test_an_arrow_key_or_typing_starts_at_the_customers_first_day(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = _dialog(qtbot, services, customer_id)
    when = dialog.agreed_edit
    first_day = services.customers.get(customer_id).created_at.astimezone()  # type: ignore[union-attr]
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(when, Qt.Key.Key_Down)
    chosen = when.chosen()
    assert chosen is not None
    assert chosen.replace(second=0, microsecond=0) == first_day.replace(second=0, microsecond=0)
    when.clear_choice()
    # Typed as it reads: the first part of the date is replaced by what the owner types.
    when.setDisplayFormat("yyyy-MM-dd HH:mm")  # as where no date format was chosen
    qtbot.keyClicks(when, "2025")
    assert when.text() == f"2025-{first_day:%m-%d %H:%M}"
