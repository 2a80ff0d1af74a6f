"""With large text on a small laptop, the customer's message and the checklist at the draft
step wrap to their column instead of scrolling sideways (cut mid-word)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea

from app.reply.steps import Step
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    before = QFont(QApplication.font())
    large = QFont(before)
    large.setPointSizeF(15)
    QApplication.setFont(large)
    yield
    QApplication.setFont(before)


@pytest.mark.parametrize("step", [Step.CONSIDER, Step.DRAFT])
def test_the_left_column_wraps_instead_of_scrolling_sideways(
    qtbot, large_text: None, open_editor: Callable[..., ReplyEditor], angry_id: int, step: Step
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, step)
    editor.show()
    editor.resize(1180, 648)  # what it opens at on a 1280x720 laptop
    QApplication.processEvents()
    page = editor.pages.currentWidget()
    assert isinstance(page, QScrollArea)
    assert page.widget().minimumSizeHint().width() <= page.viewport().width()
    assert page.horizontalScrollBar().maximum() == 0
