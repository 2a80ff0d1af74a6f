"""A logged contact opens read-only and looks it: no boxes or arrows inviting a click, until
"Correct…" turns the fields back into fields."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox

from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.contact_view import ContactDialog
from ui.shell.main_window import MainWindow


def test_the_contact_view_does_not_look_editable(
    window: MainWindow, services: Services, customer_id: int, clock
) -> None:
    contact_id = services.contacts.log(customer_id, inbound("Refund me now.", clock()))
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    form = dialog.form
    no_buttons = QAbstractSpinBox.ButtonSymbols.NoButtons
    assert not form.summary_edit.hasFrame()
    assert form.when_edit.buttonSymbols() == no_buttons
    assert not form.channel_box.hasFrame()

    dialog.start_correction()
    assert form.summary_edit.hasFrame()
    assert form.when_edit.buttonSymbols() != no_buttons
    assert form.channel_box.hasFrame()
    dialog.cancel_correction()
    assert not form.summary_edit.hasFrame()
