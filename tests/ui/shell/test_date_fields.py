"""Every date field lets Tab and Shift+Tab leave it, as the owner expects of any field:
keys meant for the next field never change a date that packets print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from app.standing.action_records import ActionKind
from app.standing.blocking import ChecklistItem
from tests.helpers.fixtures import log_post_screenshot
from tests.helpers.import_fixtures import write_image
from ui.importing.screenshot_facts import ScreenshotDetailsDialog
from ui.log.contact_form import ContactForm
from ui.log.evidence_facts import PostDetailsDialog
from ui.standing.action_dialog import ActionDialog
from ui.standing.checklist import BlockDialog
from ui.standing.policies_dialog import PoliciesDialog


def _shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # focus comes and goes with its events, as for the owner
        window.activateWindow()
    return window


def _leaves(qtbot: QtBot, field: QAbstractSpinBox) -> None:
    """Tab and Shift+Tab each take the focus out of `field` and change nothing in it."""
    before = field.text()
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        assert field.hasFocus()
        qtbot.keyClick(field, key)
        assert not field.hasFocus(), f"{key.name} stayed in the date"
        assert field.text() == before


def _action(services: Services, customer_id: int) -> tuple[QWidget, str]:
    return ActionDialog(services, customer_id), "when_edit"


def _contact(services: Services, customer_id: int) -> tuple[QWidget, str]:
    return ContactForm(datetime(2026, 11, 27, 9, 5, tzinfo=UTC)), "when_edit"


def _policy(services: Services, customer_id: int) -> tuple[QWidget, str]:
    return PoliciesDialog(services), "effective_edit"


def _post_time(services: Services, customer_id: int) -> tuple[QWidget, str]:
    contact_id = log_post_screenshot(services, customer_id, datetime(2026, 10, 1, 12, tzinfo=UTC))
    dialog = PostDetailsDialog(services, contact_id)
    dialog.time_known.setChecked(True)
    return dialog, "posted"


def _check_again(services: Services, customer_id: int) -> tuple[QWidget, str]:
    item = ChecklistItem("email", "Email / helpdesk", ActionKind.BLOCK_EMAIL)
    return BlockDialog(item, undo=False, owner="Jo"), "check_edit"


@pytest.mark.parametrize("field", [_action, _contact, _policy, _post_time, _check_again])
def test_tab_and_shift_tab_leave_every_date_field(
    qtbot: QtBot,
    services: Services,
    customer_id: int,
    field: Callable[[Services, int], tuple[QWidget, str]],
) -> None:
    window, name = field(services, customer_id)
    _shown(qtbot, window)
    _leaves(qtbot, getattr(window, name))


def test_the_parts_of_a_date_are_still_walked_with_left_and_right(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    dialog = ActionDialog(services, customer_id)
    _shown(qtbot, dialog)
    when = dialog.when_edit
    when.setDisplayFormat("yyyy-MM-dd HH:mm")
    when.setDateTime(QDateTime.fromString("2026-11-27 18:43", "yyyy-MM-dd HH:mm"))
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(when, Qt.Key.Key_Home)
    for _ in range(len("2026-11-")):
        qtbot.keyClick(when, Qt.Key.Key_Right)
    qtbot.keyClick(when, Qt.Key.Key_Up)
    assert when.text() == "2026-11-28 18:43"


def test_a_reference_and_note_typed_after_tab_are_saved_and_the_date_is_kept(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    """As the owner types it: When → By → Reference, the ticket number, Tab, the note, Save."""
    dialog = ActionDialog(services, customer_id, ActionKind.BLOCK_EMAIL)
    _shown(qtbot, dialog)
    opened = dialog.when_edit.text()
    dialog.when_edit.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "TCK-1")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Blocked at helpdesk")
    assert dialog.when_edit.text() == opened
    dialog.save()
    (action,) = services.actions.for_customer(customer_id)
    assert (action.reference, action.note) == ("TCK-1", "Blocked at helpdesk")
    assert action.occurred_at == services.clock().replace(second=0, microsecond=0)


def test_the_screenshot_dialog_opens_on_its_first_question_not_the_capture_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Space ticks "a post", Tab Tab to the URL, Tab, the handle: the capture time is kept."""
    form = ScreenshotDetailsDialog(str(write_image(tmp_path / "post.png", "2026:10:20 09:05:00")))
    _shown(qtbot, form)
    captured = form.captured.text()
    assert form.focusWidget() is form.is_post
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Space)
    for _ in range(2):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "https://x.com/angry/status/1842")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "@angry")
    details = form.details()
    assert form.captured.text() == captured
    assert details.is_post
    assert (details.post.url, details.post.handle) == ("https://x.com/angry/status/1842", "@angry")
