"""Step 7 logs each thing once: "Log these and move on" and "Log the call" are done after use."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services import Services
from app.standing.action_records import ActionKind
from tests.ui.reply.test_editor import no_unexpected_warning, signed  # noqa: F401
from ui.reply import ReplyEditor


def test_log_these_and_move_on_cannot_log_a_second_refund(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    panel = editor.send_panel
    panel.refund.setText("19.95")
    panel.reference.setText("R-77")
    panel.cancel.setChecked(True)
    panel.settle.click()
    qtbot.mouseDClick(panel.settle, Qt.MouseButton.LeftButton)  # the impatient second click
    panel.settle.click()
    actions = business.actions.for_customer(editor.state.customer_id)
    assert [(a.kind, a.amount) for a in actions] == [
        (ActionKind.REFUND, Decimal("19.95")),
        (ActionKind.CANCEL, None),
    ]
    assert not panel.settle.isEnabled() and panel.settle.text() == "Logged"
    assert not panel.refund.isEnabled()
    assert panel.result.text().startswith("Logged: refund, cancel.")


def test_log_the_call_cannot_log_a_second_call(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    panel = editor.send_panel
    panel.call_notes.setPlainText("Spoke for ten minutes; replacement agreed.")
    panel.call_minutes.setValue(12)
    panel.log_call.click()
    panel.log_call.click()
    assert business.contacts.count_for_customer(editor.state.customer_id) == 2
    assert not panel.log_call.isEnabled()
    assert panel.log_call.text() == "The answer to this message is logged"
    assert not panel.confirm_sent.isEnabled()


def test_after_the_reply_is_sent_no_call_can_be_logged_for_it(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    editor.send_panel.copy.click()
    editor.send_panel.confirm_sent.click()
    assert not editor.send_panel.log_call.isEnabled()


def test_the_settle_box_says_a_mailing_list_removal_marks_them_blocked(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    panel = editor.send_panel
    assert panel.unsubscribe.text() == "Remove from mailing lists (marks them Blocked)"
    panel.refund.setText("19.95")
    panel.reference.setText("R-77")
    panel.unsubscribe.setChecked(True)
    panel.settle.click()
    assert business.customers.get(editor.state.customer_id).status.label == "Blocked"
    assert panel.result.text() == (
        "Logged: refund, unsubscribe. Morwenna Quillfeather is now marked Blocked: taking "
        "them off the mailing lists is one of the steps of blocking them. You can close this "
        "window and move on."
    )
    assert [a.reference for a in business.actions.for_customer(editor.state.customer_id)] == [
        "R-77",
        "",
    ]


def test_a_refund_alone_leaves_the_status_as_it_was(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    editor.send_panel.refund.setText("19.95")
    editor.send_panel.settle.click()
    assert business.customers.get(editor.state.customer_id).status.label == "Active"
    assert editor.send_panel.result.text() == (
        "Logged: refund. You can close this window and move on."
    )


@pytest.mark.parametrize("words", ["The refund went out today. " * 60, "Возврат отправлен. " * 25])
def test_a_reply_too_long_for_a_mail_link_is_said_to_be_on_the_clipboard(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, monkeypatch, words: str
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.reply.editor_finishing.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    editor = signed(open_editor(angry_id), qtbot)
    reply = editor.draft.toPlainText()
    editor.draft.setReadOnly(False)
    editor.draft.setPlainText(reply.replace("Thank you for writing.", words))
    editor.send_panel.mail.click()
    result = editor.send_panel.result.text()
    assert "Your mail program has the reply" not in result
    assert result.startswith(
        "Your reply is too long to hand to your mail program in one piece. The new mail holds "
        "only a note; your reply is on the clipboard"
    )
    assert QGuiApplication.clipboard().text() == editor.state.draft
    assert "Paste your reply from Steady here" in unquote(opened[0])
    assert words.split()[1] not in unquote(opened[0])
