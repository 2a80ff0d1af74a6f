"""An action logged with a wrong date is corrected from its row: Enter (or a double-click, or
"Correct…") opens it as saved; saving logs a new action that names it, the old one kept."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services import Services
from app.standing.action_records import ActionKind
from ui.standing.action_dialog import ActionDialog
from ui.standing.action_list import ActionList

WRONG = datetime(2026, 10, 1, 18, 41, tzinfo=UTC)  # the test clock says 2 November 2026


def _list(qtbot: QtBot, services: Services, customer_id: int) -> ActionList:
    actions = ActionList(services, customer_id)
    qtbot.addWidget(actions)
    actions.show()
    qtbot.waitExposed(actions)
    with qtbot.waitActive(actions):
        actions.activateWindow()
    return actions


def test_enter_on_an_action_row_corrects_its_date_as_a_new_action(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    first = services.actions.log(
        customer_id, ActionKind.BLOCK_EMAIL, occurred_at=WRONG, reference="TCK-1", by="Jo"
    )
    actions = _list(qtbot, services, customer_id)
    actions.tree.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(actions.tree, Qt.Key.Key_Down)
    qtbot.keyClick(actions.tree, Qt.Key.Key_Return)
    dialog = actions.dialog
    assert isinstance(dialog, ActionDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "Correct an action — Pat Example"
    assert dialog.reference_edit.text() == "TCK-1"
    dialog.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    assert dialog.when_edit.text() == WRONG.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog.focusWidget() is dialog.reason_edit
    qtbot.keyClicks(dialog.reason_edit, "Blocked on the 1st, not in October")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.when_edit
    qtbot.keyClicks(dialog.when_edit, "202611011841")
    assert dialog.when_edit.text() == "2026-11-01 18:41"
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Save the correction"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    old, new = services.actions.for_customer(customer_id)
    assert old.id == first and old.occurred_at == WRONG  # kept as it was saved
    assert new.occurred_at.astimezone() == datetime(2026, 11, 1, 18, 41).astimezone()
    assert (new.kind, new.reference, new.by) == (ActionKind.BLOCK_EMAIL, "TCK-1", "Jo")
    assert new.details["reason"] == "Blocked on the 1st, not in October"
    assert [a.id for a in services.actions.current_for_customer(customer_id)] == [new.id]
    assert [row[1] for row in actions.rows()] == [
        "Blocked email / helpdesk — corrected later",
        f"Blocked email / helpdesk (corrects action {first})",
    ]


def test_correct_is_offered_only_for_a_chosen_row_and_needs_a_reason(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    actions = _list(qtbot, services, customer_id)
    assert actions.correct_button.isHidden()
    services.actions.log(customer_id, ActionKind.WARNING, occurred_at=WRONG)
    actions.refresh()
    assert not actions.correct_button.isEnabled()
    actions.tree.setCurrentItem(actions.tree.topLevelItem(0))
    assert actions.correct_button.isEnabled()
    qtbot.mouseClick(actions.correct_button, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert dialog is not None
    dialog.save()
    assert dialog.isVisible()
    assert "why" in dialog.error_label.text().lower()
    assert len(services.actions.for_customer(customer_id)) == 1
    dialog.done(0)
