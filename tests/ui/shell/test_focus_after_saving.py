"""After a contact is saved, the owner sees it: its row is selected and scrolled into view, so
Enter opens it and a screen reader starts from it (a backdated one too, deep in the log)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_form import to_qt
from ui.log.timeline_model import CONTACT_ID_ROLE
from ui.shell.main_window import MainWindow


@pytest.mark.parametrize("backdated", [False, True], ids=["today", "a year ago"])
def test_the_saved_contact_is_selected_and_visible(
    qtbot, window: MainWindow, services: Services, clock: FakeClock, backdated: bool
) -> None:
    customer = services.customers.add(Customer(name="Tasha Morrow"))
    for day in range(120):
        services.contacts.log(
            customer, inbound(f"Message {day}", clock() - timedelta(days=day, hours=1))
        )
    window.refresh_customers()
    window.select_customer(customer)
    timeline = window.page.timeline
    timeline.setCurrentIndex(timeline.model().index(3))
    timeline.scrollToBottom()
    window.log_contact_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    if backdated:
        dialog.form.when_edit.setDateTime(to_qt(clock() - timedelta(days=365)))
    dialog.form.summary_edit.setText("Said he would wait outside")
    dialog.form.words_edit.setPlainText("I'll be waiting outside")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QApplication.processEvents()

    current = timeline.currentIndex()
    assert current.isValid()
    assert current.data(CONTACT_ID_ROLE) == dialog.contact_id
    assert "Said he would wait outside" in current.data()
    shown = timeline.visualRect(current)
    assert QRect(timeline.viewport().rect()).intersects(shown) and shown.height() > 0
