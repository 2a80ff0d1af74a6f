"""A draft set aside — by Start over, a template, or discarding the reply — is kept, and the owner
can see it and put it back from the editor; Start over and a template are undone by Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import CALM_REPLY, drafted, signed
from ui.reply import ReplyEditor
from ui.reply.earlier_drafts import EarlierDrafts

CAREFUL = (
    "Dear Morwenna,\n\nTwenty minutes of careful facts: the lamp left us on 4 March, tracked "
    "as LL-1042-7, and the courier's photo shows the box crushed on arrival.\n"
)


@pytest.fixture(autouse=True)
def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


def _open_earlier(editor: ReplyEditor) -> EarlierDrafts:
    assert editor.earlier.isVisible() or not editor.isVisible()
    editor.earlier.click()
    dialog = editor.earlier_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: EarlierDrafts) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def _undo(qtbot, editor: ReplyEditor) -> None:
    qtbot.keyClick(editor.draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_start_over_is_undone_by_ctrl_z(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, CAREFUL)
    editor.review_panel.start_over.click()
    assert editor.draft.toPlainText() == "" and editor.state.step is Step.DRAFT
    _undo(qtbot, editor)
    assert editor.draft.toPlainText() == CAREFUL
    editor.save_now()
    assert business.replies.get(editor.state.id or 0).draft == CAREFUL


def test_a_draft_set_aside_is_listed_and_put_back(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, CAREFUL)
    assert editor.earlier.text() == "Earlier drafts…"
    editor.review_panel.start_over.click()
    assert editor.earlier.text() == "Earlier drafts (1)…"
    editor.draft.setPlainText("Dear Morwenna, a second try.\n")

    dialog = _open_earlier(editor)
    [row] = _rows(dialog)
    assert "Set aside when you started over" in row and "“Dear Morwenna, Twenty minutes" in row
    assert dialog.text.toPlainText() == CAREFUL
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == CAREFUL
    dialog.put_back.click()
    assert not dialog.isVisible()
    assert editor.draft.toPlainText() == CAREFUL
    assert business.replies.get(editor.state.id or 0).draft == CAREFUL

    # The second try was not lost either: it is listed now, and Ctrl+Z brings it back too.
    assert editor.earlier.text() == "Earlier drafts (2)…"
    rows = _rows(_open_earlier(editor))
    assert "Replaced when you put an earlier draft back" in rows[0]
    assert "a second try" in rows[0] and "Twenty minutes" in rows[1]
    editor.earlier_dialog.reject()  # type: ignore[union-attr]
    _undo(qtbot, editor)
    assert editor.draft.toPlainText() == "Dear Morwenna, a second try.\n"
    assert business.verify().ok


def test_a_draft_replaced_by_a_template_is_listed(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, CAREFUL)
    editor.draft_panel.use_template.click()
    assert editor.draft.toPlainText() != CAREFUL
    [row] = _rows(_open_earlier(editor))
    assert "Replaced by a template" in row
    editor.earlier_dialog.put_back.click()  # type: ignore[union-attr]
    assert editor.draft.toPlainText() == CAREFUL


def test_a_discarded_reply_is_found_again_by_replying_to_the_same_message(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    first = drafted(open_editor(angry_id), qtbot, Step.DRAFT, CAREFUL)
    first.close()
    business.replies.discard(first.state.id or 0)

    again = open_editor(angry_id)
    assert again.state.id != first.state.id and again.state.step is Step.STOP
    assert again.earlier.text() == "Earlier drafts (1)…"  # to be seen while waiting, too
    dialog = _open_earlier(again)
    [row] = _rows(dialog)
    assert "An earlier reply to this message · Kept when the reply was discarded" in row
    assert not dialog.put_back.isEnabled() and dialog.copy.isEnabled()
    assert "from step 3" in dialog.put_back.toolTip()
    dialog.reject()

    drafted(again, qtbot, Step.DRAFT, "")
    _open_earlier(again).put_back.click()
    assert again.draft.toPlainText() == CAREFUL


def test_a_sent_reply_cannot_take_an_earlier_draft(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, CAREFUL)
    editor.draft.setPlainText("")
    editor.draft_panel.use_template.click()  # CAREFUL was empty by now: nothing kept
    editor.draft.setPlainText(CAREFUL)
    editor.draft_panel.use_template.click()
    editor.draft.setPlainText(CALM_REPLY)
    signed(editor, qtbot)
    editor.send_panel.copy.click()
    editor.send_panel.confirm_sent.click()
    dialog = _open_earlier(editor)
    rows = _rows(dialog)
    assert "As it was sent" in rows[0] and "Replaced by a template" in rows[1]
    assert len(rows) == 2
    assert not dialog.put_back.isEnabled()
    dialog.list.itemActivated.emit(dialog.list.item(1))  # a double-click does nothing either
    assert editor.draft.toPlainText().startswith(CALM_REPLY)
