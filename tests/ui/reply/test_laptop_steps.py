"""On a 1280x720 or 1366x768 laptop each step of the calm reply fits its pane: the third
question's answer box is not cut at the bottom edge, and "Start over…" shows whole."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from app.reply.steps import Step
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

# What the window opens at on each laptop (90% of the screen's height).
LAPTOPS = [QSize(1180, 648), QSize(1180, 691)]
FLAGGED = (
    "Hi Morwenna, your lamp shipped on Monday and should arrive by Thursday. "
    "Obviously you never read our emails. I'm sorry it is late."
)


def _opened_at(editor: ReplyEditor, size: QSize) -> QScrollArea:
    editor.show()
    editor.resize(size)
    QApplication.processEvents()
    page = editor.pages.currentWidget()
    assert isinstance(page, QScrollArea)
    return page


def _whole_in_sight(page: QScrollArea, widget: QWidget) -> bool:
    viewport = page.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return widget.isVisible() and top >= 0 and bottom < viewport.height()


@pytest.mark.parametrize("size", LAPTOPS, ids=["1280x720", "1366x768"])
def test_every_answer_box_of_step_2_shows_whole(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, size: QSize
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.CONSIDER)
    page = _opened_at(editor, size)
    boxes = list(editor.consider_panel.answers.values())
    assert len(boxes) == 3
    line = boxes[0].fontMetrics().lineSpacing()
    for box in boxes:
        assert _whole_in_sight(page, box), box.accessibleName()
        assert box.height() >= 4 * line, box.accessibleName()  # room for a few honest words
    # Shared alike: no box takes the room another needs.
    heights = [box.height() for box in boxes]
    assert max(heights) - min(heights) <= 2
    # The customer's side (history, recent contacts, policy) fits beside them, unscrolled.
    assert page.verticalScrollBar().maximum() == 0
    assert _whole_in_sight(page, editor.consider_panel.policy)


@pytest.mark.parametrize("size", LAPTOPS, ids=["1280x720", "1366x768"])
def test_start_over_shows_whole_at_step_5(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, size: QSize
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, text=FLAGGED)
    page = _opened_at(editor, size)
    review = editor.review_panel
    assert review.flags.count() >= 2  # the draft's tone flags are listed
    for widget in (review.flags, review.calmer, review.accept, review.start_over):
        assert _whole_in_sight(page, widget), widget
