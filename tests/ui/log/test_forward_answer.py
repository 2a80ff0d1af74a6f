"""An owner who pressed Done before ticking "Did you forward these?" answers from the contact's
window: the forwarded sender's words and date become the contact, her note kept apart, the
doubt settled and the correction in the ledger. A contact nobody doubted asks nothing."""

from __future__ import annotations

from pathlib import Path

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.services import Services
from tests.app.importing.test_forward_doubts import FORGED
from tests.app.importing.test_forward_pairs import REXS_OWN
from tests.app.importing.test_forwards_by_the_business import SHAPES, THREAT, _forward
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.hale_bikes import OWN
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_view import ContactDialog
from ui.shell.main_window import MainWindow

FORWARD = _forward(SHAPES["gmail"][0], f"For the log.\n\n{SHAPES['gmail'][1]}{THREAT}\n")


def _hale_bikes(services: Services) -> None:
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Anna Hale"}
    )
    services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    services.customers.add(Customer(name="Bob Stone", emails=("bob@mail.example",)))


def _imported(services: Services, tmp_path: Path) -> int:
    """Hale Bikes' own forward of Bob's complaint, which reached her through another server."""
    _hale_bikes(services)
    path = tmp_path / "forward.eml"
    path.write_text(FORGED.replace("Hale Bikes <", "Anna Hale <"))
    (item,) = services.imports.run([str(path)]).imported
    assert item.forward_doubted  # the import window asked, and she did not tick it
    return item.contact_id


def test_the_owner_says_she_forwarded_it_from_the_contacts_window(
    window: MainWindow, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    contact_id = _imported(services, tmp_path)
    window.refresh_customers()
    window.select_customer(2)
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    answer = dialog.forward_answer
    assert answer.isVisible()
    assert answer.why.text().startswith("Logged whole as Bob Stone's message")
    assert f"it says Anna Hale <{OWN}> forwarded it, but" in answer.why.text()
    assert dialog.form.words_edit.toPlainText().startswith("I will burn your shop down")
    assert "2026" in dialog.windowTitle()

    message_boxes.answer_yes = False
    answer.button.click()
    (asked,) = message_boxes.texts("confirm")
    assert "the message Bob Stone sent" in asked and "cannot be undone" in asked
    assert "kept apart" in asked
    assert len(services.contacts.revisions(contact_id)) == 1  # no: nothing changed
    assert answer.isVisible()

    message_boxes.answer_yes = True
    answer.button.click()
    assert not answer.isVisible()
    assert dialog.form.words_edit.toPlainText() == "The brakes squeak."
    assert dialog.form.staff_edit.text() == "Anna Hale"
    assert dialog.form.when_edit.dateTime().date().year() == 2020
    assert "2020" in dialog.windowTitle() and "2020" in dialog.version_label.text()
    assert "Current version (revision 1)" in dialog.version_label.text()
    assert dialog.history.count() == 2  # the contact as imported stays in its history
    doubt = services.store.imports.direction_doubts([contact_id])[contact_id]
    assert doubt.open == "" and doubt.settled == "confirmed forwarded by the business"
    settled = services.store.ledger.entries("direction_doubt")
    assert [e.action for e in settled][-1] == "direction_doubt.settled"
    [corrected] = [
        e
        for e in services.store.ledger.entries("contact", contact_id)
        if e.action == "contact.corrected"
    ]
    assert "You confirmed the business forwarded it" in str(corrected.detail["reason"])
    assert window.statusBar().currentMessage().startswith("Correction saved as revision 1")
    dialog.done(0)

    # Opened again, it asks no more.
    window.open_contact(contact_id)
    assert not window.dialog.forward_answer.isVisible()


def test_a_contact_nobody_doubted_asks_nothing(
    window: MainWindow, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    _imported(services, tmp_path)
    # "Did you send these?" is another question: a mail in the shop's name, forwarding nothing.
    sent = tmp_path / "sent.eml"
    sent.write_text(FORGED.split("---------- Forwarded")[0].replace("forged@", "sent@"))
    options = ImportOptions(customer_id=1, ask_about_senders=True)
    (asked,) = services.imports.run([str(sent)], options).imported
    assert asked.doubted and not asked.forward_doubted
    window.refresh_customers()
    window.open_contact(asked.contact_id)
    assert isinstance(window.dialog, ContactDialog)
    assert window.dialog.forward_answer.isHidden()
    window.dialog.done(0)

    victor = services.customers.add(Customer(name="Victor Vexed"))
    contact = services.contacts.log(victor, inbound("I'll smash your window.", clock()))
    window.refresh_customers()
    window.select_customer(victor)
    window.open_contact(contact)
    assert isinstance(window.dialog, ContactDialog)
    assert window.dialog.forward_answer.isHidden()
    assert window.dialog.forward_answer.why.text() == ""


def test_her_forward_of_a_message_logged_on_its_own_goes_with_it(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """Rex's threat was imported on its own too: her answer attaches the forward to that
    contact and withdraws this one, and the window says so."""
    _hale_bikes(services)
    ids = []
    for name, raw in (("rex.eml", REXS_OWN), ("forward.eml", FORWARD)):
        (tmp_path / name).write_text(raw)
        ids += [i.contact_id for i in services.imports.run([str(tmp_path / name)]).imported]
    rexs, forward = ids
    window.refresh_customers()
    window.select_customer(1)
    window.open_contact(forward)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog) and not dialog.withdrawn_label.isVisible()
    dialog.forward_answer.button.click()
    assert not dialog.forward_answer.isVisible()
    assert f"The same message as contact #{rexs}" in dialog.withdrawn_label.text()
    assert dialog.withdrawn_label.isVisible() and not dialog.withdraw_button.isEnabled()
    assert forward in services.contacts.withdrawals([forward])
    assert "forward.eml" in [a.filename for a in services.contacts.attachments(rexs)]
