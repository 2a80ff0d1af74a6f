"""Step 4 by keyboard: Space on "Use …" puts the suggestion in and keeps the keyboard on the
next misspelt word's "Use …" button, never on "Add to dictionary" (a second Space there would
teach Steady the next misspelling as a word)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from app.reply.steps import Step
from tests.helpers.ui_fixtures import shown_active
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

TWO_MISSPELT = "Dear Morwenna,\n\nWe recieved your mesage today.\n"


def _use_by_space(qtbot, editor: ReplyEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Space)


def test_space_on_use_moves_on_to_the_next_misspelt_word(
    qtbot,  # type: ignore[no-untyped-def]
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.CHECK, TWO_MISSPELT)
    shown_active(qtbot, editor)
    panel = editor.check_panel
    assert [issue.words for _, issue in editor.draft.spelling] == ["recieved", "mesage"]
    panel.issues.setCurrentRow(0)
    assert panel.fix.text() == "Use “received”"
    panel.fix.setFocus(Qt.FocusReason.TabFocusReason)
    _use_by_space(qtbot, editor)
    assert "We received your mesage" in editor.draft.toPlainText()
    assert editor.focusWidget() is panel.fix
    assert panel.fix.text() == "Use “message”"
    # The second Space fixes the second word; nothing was added to the dictionary.
    _use_by_space(qtbot, editor)
    assert "We received your message today." in editor.draft.toPlainText()
    assert editor.replies.personal_words() == []
    # Nothing left to fix: the keyboard goes on to the step's way forward, not to the
    # dictionary button (disabled now) nor to Close.
    assert editor.focusWidget() is not panel.learn
    assert editor.focusWidget() is editor.next
