"""A reply is open in one window at most: Reply calmly again, or Resume, brings that window to the
front, so no second window can write an older copy of the draft over the newer words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted
from ui.log.customer_tools import ReplyTools
from ui.reply import ReplyEditor
from ui.shell.main_window import MainWindow

FIRST = "Dear Morwenna, first paragraph written in the first window.\n"
SECOND = "Second paragraph: the refund went out today, reference R-77.\n"


def _windows() -> list[ReplyEditor]:
    """The reply windows the owner can see."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReplyEditor) and w.isVisible()
    ]


@pytest.fixture
def tools(window: MainWindow, angry_id: int) -> Iterator[ReplyTools]:
    window.refresh_customers()
    window.select_first_customer()
    found = next(t for t in window.customer_tools if isinstance(t, ReplyTools))
    yield found
    for editor in found.editors:
        editor.close()


def test_reply_calmly_again_brings_the_open_window_to_the_front(
    qtbot, tools: ReplyTools, business: Services
) -> None:
    tools.action.trigger()  # Ctrl+R
    [first] = _windows()
    drafted(first, qtbot, Step.DRAFT, FIRST)
    first.showMinimized()

    tools.action.trigger()  # Ctrl+R again, on the same message
    assert _windows() == [first]
    assert not first.isMinimized()
    assert len([e for e in tools.editors if e.is_open]) == 1

    # Resume in the customer's list of unfinished replies: the same window again.
    assert tools.unfinished.list.count() == 1
    tools.unfinished.resume.click()
    assert _windows() == [first]

    # And from every customer's list.
    tools.show_all_unfinished()
    assert tools.all_unfinished is not None
    tools.all_unfinished.replies.resume.click()
    tools.all_unfinished.close()
    assert _windows() == [first]

    first.draft.moveCursor(first.draft.textCursor().MoveOperation.End)
    first.draft.insertPlainText(SECOND)
    first.close()
    reply_id = first.state.id or 0
    assert business.replies.get(reply_id).draft == FIRST + SECOND
    assert _windows() == []

    # Once it is closed, Reply calmly opens it again, with every word.
    tools.action.trigger()
    [again] = _windows()
    assert again is not first and again.state.id == reply_id
    assert again.draft.toPlainText() == FIRST + SECOND
    again.close()
    assert business.replies.get(reply_id).draft == FIRST + SECOND
