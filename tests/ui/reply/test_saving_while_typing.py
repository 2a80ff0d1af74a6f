"""The draft reaches the database while the owner is still typing, not only after a pause: a
crash or a power cut in the middle of a long burst of typing loses about a second of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.reply.steps import Step
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

START = "Dear Morwenna,\n"
TYPED = "Your refund went out today, and I have asked the courier why the lamp broke. " * 3
KEY_GAP_MS = 100  # a brisk typist: never a one-second pause


def _on_disk(services: Services, reply_id: int) -> str:
    """The draft as a second connection reads it: what survives if Steady is killed now."""
    return services.replies.get(reply_id).draft


def test_a_steady_typist_is_saved_before_any_pause(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, START)
    reply_id = editor.state.id or 0
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)
    # A long paste first: it must not wait for the typing after it to stop.
    pasted = "I am sorry it arrived broken. " * 200
    editor.draft.insertPlainText(pasted)
    other = open_services(db_path, clock)
    try:
        saved, keys = "", 0
        while keys < len(TYPED) and len(saved) <= len(START + pasted):
            qtbot.keyClicks(editor.draft, TYPED[keys])
            keys += 1
            qtbot.wait(KEY_GAP_MS)
            saved = _on_disk(other, reply_id)
        # Stopped typing only now: what was saved came while the keys were still coming.
        assert keys < len(TYPED), "nothing typed was saved until the owner paused"
        assert saved.startswith(START + pasted)
        assert TYPED.startswith(saved[len(START + pasted) :])
        editor.checker.stop()  # the process dies here: no close, no final save

        reopened = ReplyEditor(other, reply_id=reply_id, grammar=False, tts_engine="none")
        qtbot.addWidget(reopened)
        try:
            assert reopened.draft.toPlainText() == saved
            assert reopened.title.text() == "Step 3 of 7 · Draft"
        finally:
            reopened.shutdown()
    finally:
        other.close()


def test_leaving_the_draft_saves_at_once(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, START)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.draft.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.draft)
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.draft, "The lamp")
    assert business.replies.get(editor.state.id or 0).draft == START  # not yet
    editor.draft_panel.templates.setFocus()  # the owner moves on to the templates
    assert business.replies.get(editor.state.id or 0).draft == START + "The lamp"
    assert editor.saved.text().startswith("All changes saved")
