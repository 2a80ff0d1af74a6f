"""Step 5 by keyboard: Space on "Use the calmer wording" keeps the keyboard on the next flag's
button, never on "I have read every flag and keep my wording" (a second Space there would
accept the hostile wording still in the reply)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from app.reply.steps import Step
from tests.helpers.ui_fixtures import shown_active
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

TWO_FLAGS = (
    "Frankly your behaviour is ridiculous. As I said before, we will not tolerate threats to "
    "our staff.\n"
)


def test_space_on_the_calmer_wording_stays_on_the_calmer_button(
    qtbot,  # type: ignore[no-untyped-def]
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, TWO_FLAGS)
    shown_active(qtbot, editor)
    panel = editor.review_panel
    assert len(editor.flags) >= 2
    panel.flags.setCurrentRow(0)
    first = editor.flags[0].words
    panel.calmer.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        qtbot.keyClick(panel.calmer, Qt.Key.Key_Space)
    assert first not in editor.draft.toPlainText()
    assert editor.focusWidget() is panel.calmer
    assert panel.calmer.isEnabled()
    # The second Space uses the next flag's wording; the flags are not accepted.
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Space)
    assert not panel.accept.isChecked()
    assert not editor.state.flags_accepted
    assert editor.focusWidget() is not panel.accept
