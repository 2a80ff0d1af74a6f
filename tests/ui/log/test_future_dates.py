"""A contact dated in the future is refused, in the window as on the command line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.errors import InvalidInputError
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_form import to_qt


def test_the_window_refuses_2030_and_saves_nothing(
    qtbot,
    services: Services,
    customer_id: int,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    clock: FakeClock,
) -> None:
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "d"))
    qtbot.addWidget(dialog)
    dialog.form.words_edit.setPlainText("I will come to your shop.")
    dialog.form.when_edit.setDateTime(to_qt(clock().replace(year=2030)))
    dialog.save()
    assert dialog.contact_id is None
    assert services.contacts.count_for_customer(customer_id) == 0
    assert any("is in the future" in text for text in message_boxes.texts())
    dialog.form.when_edit.setDateTime(to_qt(clock() + timedelta(minutes=2)))
    dialog.save()
    assert dialog.contact_id is not None


def test_a_correction_into_the_future_is_refused(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    contact = services.contacts.log(customer_id, inbound("Hello", clock()))
    later = inbound("Hello", clock() + timedelta(days=400))
    with pytest.raises(InvalidInputError, match="in the future"):
        services.contacts.correct(contact, later, "typed the wrong year")
    assert len(services.contacts.revisions(contact)) == 1
