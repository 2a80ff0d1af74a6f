"""Small promises of the standing dialogs: a way to close, and no false impression of reporting."""

from __future__ import annotations

from app.services import Services
from app.standing.action_records import ActionKind
from ui.standing.action_dialog import ActionDialog
from ui.standing.policies_dialog import PoliciesDialog


def test_the_policies_dialog_closes(qtbot, services: Services, customer_id: int) -> None:
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_police_report_says_steady_only_records_it(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = ActionDialog(services, customer_id, ActionKind.POLICE_REPORT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.records_only.isVisible()
    assert "Steady does not contact the police" in dialog.records_only.text()
    assert dialog.note_edit.tabChangesFocus()
    refund = ActionDialog(services, customer_id, ActionKind.REFUND)
    qtbot.addWidget(refund)
    refund.show()
    assert not refund.records_only.isVisible()
