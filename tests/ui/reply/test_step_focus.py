"""Each step of a calm reply puts the keyboard on its first thing to do: never on Close, so
Space typed at once does not close the editor, and a screen reader names the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.reply.steps import OVERRIDE_PHRASE, Step
from tests.helpers.ui_fixtures import shown_active
from ui.reply import ReplyEditor


def test_each_step_starts_on_its_first_field(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = open_editor(angry_id)
    shown_active(qtbot, editor)
    assert editor.focusWidget() is editor.stop_panel.confirmation
    qtbot.keyClicks(editor.stop_panel.confirmation, OVERRIDE_PHRASE)
    qtbot.keyClick(editor.stop_panel.confirmation, Qt.Key.Key_Return)
    assert editor.state.step is Step.CONSIDER
    first = next(iter(editor.consider_panel.answers.values()))
    assert editor.focusWidget() is first
    assert first.accessibleName() == "Could I have written this myself on a bad day?"
    # Space right away is a space in the answer, not a press of Close.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert editor.isVisible() and first.toPlainText() == " "
    for edit in editor.consider_panel.answers.values():
        edit.setPlainText("A fair point.")
    editor.next.click()
    assert editor.state.step is Step.DRAFT
    assert editor.focusWidget() is editor.draft


def test_a_blocked_next_leaves_the_focus_where_the_owner_is(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = open_editor(angry_id)
    shown_active(qtbot, editor)
    qtbot.keyClicks(editor.stop_panel.confirmation, OVERRIDE_PHRASE)
    qtbot.keyClick(editor.stop_panel.confirmation, Qt.Key.Key_Return)
    second = list(editor.consider_panel.answers.values())[1]
    second.setFocus()
    assert not editor.go_to(Step.DRAFT)  # nothing answered yet
    assert editor.state.step is Step.CONSIDER
    assert editor.focusWidget() is second


def test_no_nameless_scroll_area_is_a_tab_stop(
    open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    from PySide6.QtWidgets import QScrollArea

    editor = open_editor(angry_id)
    stops = [
        area
        for area in editor.findChildren(QScrollArea)
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus and not area.accessibleName()
    ]
    assert stops == []
