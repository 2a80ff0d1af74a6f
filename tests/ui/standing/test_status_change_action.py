"""Log an action › Status changed: the new status is chosen in the form, in plain words."""

from __future__ import annotations

from app.core.domain import CustomerStatus
from app.services import Services
from app.standing.action_records import ActionKind
from ui.standing.action_dialog import ActionDialog


def test_a_status_change_is_chosen_in_the_form_and_saved(
    qtbot, services: Services, customer_id: int
) -> None:
    services.actions.log(customer_id, ActionKind.TERMINATE, note="Clicked by mistake")
    dialog = ActionDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActionKind.STATUS_CHANGE.value))
    assert dialog.status_box.isVisible()
    labels = [dialog.status_box.itemText(i) for i in range(dialog.status_box.count())]
    assert labels == [status.label for status in CustomerStatus]
    assert all("-" not in label for label in labels)
    assert dialog.status_box.currentText() == "Terminated"
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(CustomerStatus.WARNED.value))
    dialog.note_edit.setPlainText("Ended by mistake; back to warned.")
    dialog.save()
    assert dialog.action_id is not None
    assert not dialog.error_label.isVisible()
    assert services.customers.get(customer_id).status is CustomerStatus.WARNED


def test_the_status_field_shows_only_for_a_status_change(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = ActionDialog(services, customer_id, ActionKind.REFUND)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.status_box.isVisible()
