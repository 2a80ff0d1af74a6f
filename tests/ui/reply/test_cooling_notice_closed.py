"""Step 1 says to step away; closing the reply window is how. The notice that the cooling-off
time is up still comes while Steady is running, once, and not for a reply reopened meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.reply.steps import OVERRIDE_PHRASE
from app.services import Services
from tests.helpers.fixtures import FakeClock
from ui.reply import ReplyEditor
from ui.reply.cooling_notices import CoolingNotices

NOTICE = (
    "You can now reply to Morwenna Quillfeather. Open the reply again from their page "
    "(Unfinished replies) and take it one step at a time."
)


def _steady(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_notice_comes_after_the_reply_window_was_closed(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    clock: FakeClock,
) -> None:
    steady = _steady(qtbot)
    editor = open_editor(angry_id)
    assert "You can close this window: while Steady is running, it tells you when the time" in (
        editor.stop_panel.explain.text()
    )
    editor.close()
    notices = CoolingNotices.for_app(business)
    clock.advance(minutes=10)
    notices.check()
    assert notices.shown == []  # not yet
    clock.advance(minutes=6)
    notices.check()
    notices.check()
    assert notices.shown == [NOTICE]  # once
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [(w.text(), w.parent()) for w in shown if w.isVisible()] == [(NOTICE, steady)]
    for box in shown:
        box.close()


def test_no_notice_for_a_reply_reopened_or_started_early(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    clock: FakeClock,
) -> None:
    steady = _steady(qtbot)
    first = open_editor(angry_id)
    first.close()
    again = open_editor(angry_id)  # its own window tells the owner
    notices = CoolingNotices.for_app(business)
    assert notices.waiting == {}
    reply = again.state
    again.close()
    business.replies.override_cooling(reply, OVERRIDE_PHRASE)
    clock.advance(minutes=16)
    notices.check()
    assert notices.shown == []
    assert steady.isVisible()
