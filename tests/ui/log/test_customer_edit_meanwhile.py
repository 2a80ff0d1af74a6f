"""Edit customer writes back only what the owner changed in it, never an older status."""

from __future__ import annotations

from app.core.domain import Customer, CustomerStatus
from app.services import Services
from app.standing.action_records import ActionKind
from ui.log.customer_dialog import CustomerDialog
from ui.shell.main_window import MainWindow


def test_a_status_changed_while_the_form_is_open_is_not_put_back(
    qtbot, window: MainWindow, services: Services
) -> None:
    customer_id = services.customers.add(Customer(name="Victor Hale", notes="Rude on the phone."))
    window.refresh_customers()
    window.select_customer(customer_id)
    window.edit_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    # Meanwhile, from the calm-reply window: the relationship is ended.
    services.actions.log(customer_id, ActionKind.TERMINATE, note="Ended from the reply window")
    dialog.notes_edit.setPlainText("Rude on the phone. Prefers email.")
    dialog.save()

    saved = services.customers.get(customer_id)
    assert saved.status is CustomerStatus.TERMINATED
    assert saved.notes == "Rude on the phone. Prefers email."
    assert window.page.status_label.text() == CustomerStatus.TERMINATED.label


def test_a_status_the_owner_chose_in_the_form_is_saved(
    qtbot, services: Services, customer_id: int
) -> None:
    dialog = CustomerDialog(services, customer_id)
    qtbot.addWidget(dialog)
    services.customers.update(
        Customer(id=customer_id, name="Pat Example", emails=("pat@example.com",), notes="x")
    )
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(CustomerStatus.WARNED.value))
    dialog.save()
    saved = services.customers.get(customer_id)
    assert saved.status is CustomerStatus.WARNED
    # A note written elsewhere while the form was open stays.
    assert saved.notes == "x"


def test_renaming_asks_why_and_keeps_the_earlier_name(
    qtbot, services: Services, customer_id: int, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "ui.log.customer_dialog.tell_error", lambda _parent, error, *_: told.append(str(error))
    )
    dialog = CustomerDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Patricia Example")
    dialog.emails_edit.setPlainText("patricia@new.example")
    dialog.save()
    assert told == [
        "Say briefly why the customer's name and email addresses changed: the earlier details "
        "stay in the log with your reason."
    ]
    assert services.customers.get(customer_id).name == "Pat Example"
    dialog.reason_edit.setText("She married and wrote from a new address")
    dialog.save()
    assert services.customers.get(customer_id).name == "Patricia Example"
    [version] = services.customers.versions(customer_id)
    assert version.customer.name == "Pat Example"
    assert version.customer.emails == ("pat@example.com",)
    assert version.reason == "She married and wrote from a new address"
