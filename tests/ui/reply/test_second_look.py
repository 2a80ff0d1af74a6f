"""Hostile words added after the tone review are caught before the reply goes out: typed at step
6, added after “I have read every flag” was ticked, or found only at step 7."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import CALM_REPLY, drafted, wait_checked
from ui.reply import ReplyEditor

INSULT = "P.S. You are an idiot and a liar, and frankly your business is pathetic.\n"


def _end(editor: ReplyEditor) -> None:
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)


def test_words_typed_at_the_signing_step_are_checked_before_sending(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN)  # no flags at the review
    _end(editor)
    editor.draft.insertPlainText(INSULT)
    editor.sign_panel.insert.click()
    # Straight on, before the background check has looked at the new words.
    assert not editor.go_to(Step.SEND)
    assert editor.state.step is Step.SIGN
    assert "Since the review the draft has" in editor.blocked.text()
    assert "idiot" in editor.blocked.text()
    wait_checked(qtbot, editor)
    assert not editor.next.isEnabled()
    assert "go back to step 5" in editor.blocked.text()

    # Taking the words out again lets the reply go.
    editor.draft.setPlainText(editor.draft.toPlainText().replace(INSULT, ""))
    assert editor.go_to(Step.SEND)
    editor.send_panel.copy.click()
    assert "idiot" not in QGuiApplication.clipboard().text()


def test_ticking_i_have_read_every_flag_covers_only_the_flags_read(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(
        open_editor(angry_id), qtbot, Step.REVIEW, "Obviously it shipped.\n" + CALM_REPLY
    )
    panel = editor.review_panel
    assert not editor.next.isEnabled()
    panel.accept.setChecked(True)
    assert editor.next.isEnabled()

    # Back to the draft, where the same mild word comes once more and an insult is added.
    editor.go_to(Step.DRAFT)
    _end(editor)
    editor.draft.insertPlainText("Obviously. " + INSULT)
    assert not editor.go_to(Step.SIGN)
    assert editor.state.step is Step.REVIEW
    wait_checked(qtbot, editor)
    assert "new since you ticked" in editor.blocked.text()
    assert "idiot" in editor.blocked.text()
    assert not panel.accept.isChecked()  # the tick was for the flags read then
    assert not editor.next.isEnabled()

    # The hostile variant: only the mild word, once more.
    editor.draft.setPlainText(editor.draft.toPlainText().replace(INSULT, ""))
    wait_checked(qtbot, editor)
    assert "“Obviously”" in editor.blocked.text() and not editor.next.isEnabled()

    # Read and ticked again: the owner keeps their wording, knowingly.
    panel.accept.setChecked(True)
    assert editor.next.isEnabled()
    assert editor.go_to(Step.SIGN)


def test_a_reply_waiting_at_step_seven_with_flagged_words_does_not_go_out(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    # Saved at the last step by an earlier version of Steady, whose tone check let these pass.
    state = business.replies.start(angry_id)
    state.step = Step.SEND
    state.draft = CALM_REPLY + INSULT + "Kind regards,\nJordan Ellis\n"
    business.replies.save(state)
    editor = open_editor(reply_id=state.id)
    QGuiApplication.clipboard().setText("before")
    editor.send_panel.copy.click()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Since the review the draft has" in editor.send_panel.result.text()
    assert not editor.send_panel.confirm_sent.isEnabled()
    assert editor.confirm_sent() is None
    assert business.contacts.count_for_customer(state.customer_id) == 1  # nothing logged
