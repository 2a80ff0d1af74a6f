"""Enter in Log a contact moves on and never saves: a half-typed phone call pressed Enter on
must not become a wordless email in the log for good. Only Ctrl+Enter or Save saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.core.domain import Channel
from app.services import Services
from ui.log.contact_dialog import LogContactDialog

ENTER_KEYS = [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier),
]


@pytest.fixture
def dialog(qtbot, services: Services, customer_id: int, message_boxes) -> LogContactDialog:
    opened = LogContactDialog(services, customer_id)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    return opened


def _logged(services: Services, customer_id: int) -> list[str]:
    return [c.summary for c in services.contacts.page_for_customer(customer_id, 0, 100)]


@pytest.mark.parametrize(("key", "modifiers"), ENTER_KEYS)
def test_enter_in_the_summary_moves_on_and_saves_nothing(
    dialog: LogContactDialog, services: Services, customer_id: int, key, modifiers
) -> None:
    summary = dialog.form.summary_edit
    summary.setFocus()
    QTest.keyClicks(summary, "He called again, shouting")
    QTest.keyClick(summary, key, modifiers)
    assert dialog.isVisible()
    assert _logged(services, customer_id) == []
    assert summary.text() == "He called again, shouting"
    assert dialog.focusWidget() is not summary


def _fields(dialog: LogContactDialog) -> list[QWidget]:
    form = dialog.form
    return [
        form.when_edit,
        form.channel_box,
        form.inbound_button,
        form.url_edit,
        form.staff_edit,
        form.minutes_spin,
        form.severity_box,
        form.category_boxes[next(iter(form.category_boxes))],
        dialog.evidence,
    ]


def test_enter_in_any_other_field_saves_nothing(
    dialog: LogContactDialog, services: Services, customer_id: int
) -> None:
    dialog.form.summary_edit.setText("He called again")
    for field in _fields(dialog):
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert dialog.isVisible(), type(field).__name__
    assert _logged(services, customer_id) == []


def test_enter_in_the_exact_words_starts_a_new_line(
    dialog: LogContactDialog, services: Services, customer_id: int
) -> None:
    words = dialog.form.words_edit
    words.setFocus()
    QTest.keyClicks(words, "You will regret this")
    QTest.keyClick(words, Qt.Key.Key_Return)
    QTest.keyClicks(words, "I know people")
    assert words.exact_text() == "You will regret this\nI know people"
    assert dialog.isVisible() and _logged(services, customer_id) == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_what_was_typed(
    qtbot, dialog: LogContactDialog, services: Services, customer_id: int, key
) -> None:
    dialog.form.channel_box.setCurrentIndex(dialog.form.channel_box.findData(Channel.PHONE.value))
    summary = dialog.form.summary_edit
    summary.setFocus()
    QTest.keyClicks(summary, "He called again, shouting")
    QTest.keyClick(summary, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [contact] = services.contacts.page_for_customer(customer_id, 0, 100)
    assert (contact.summary, contact.channel) == ("He called again, shouting", Channel.PHONE)


def test_enter_on_the_save_button_itself_saves(
    dialog: LogContactDialog, services: Services, customer_id: int
) -> None:
    dialog.form.summary_edit.setText("He called again")
    save = next(b for b in dialog.buttons.buttons() if b.text() == "Save to the log")
    save.setFocus()
    QTest.keyClick(save, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _logged(services, customer_id) == ["He called again"]
