"""A calm reply typed while the disk holding the log fills up, on a real small filesystem: the
save the full disk refused at its commit is not taken, once space is back, for words written
in another Steady window; the owner's own words are not filed as another window's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.reply.steps import Step
from app.services import Services
from tests.helpers.small_disk import fill, small_disk_fixture  # noqa: F401 (the fixture)
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

START = "Dear Morwenna, thank you for writing. "
PASTED = "I have checked your order 4411 and the refund went out on Monday. " * 400


@pytest.fixture
def db_path(small_disk: Path) -> Path:
    return small_disk / "steady.db"


def test_a_save_the_full_disk_refused_is_not_taken_for_another_window(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    small_disk: Path,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, START)
    assert editor.save_now()
    filler = fill(small_disk)
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)
    editor.draft.insertPlainText(PASTED)

    assert not editor.save_now()
    assert editor.saved.text().startswith("Not saved: The disk is full")
    filler.unlink()
    editor._retry.stop()  # saved by hand below, not by the retry's timer
    editor.draft.insertPlainText("WORDS TYPED ONCE SPACE WAS BACK.")

    assert editor.save_now()
    assert editor.saved.text().startswith("All changes saved")
    assert "another Steady window" not in editor.saved.text()
    assert business.replies.earlier_drafts(editor.state) == []
    assert business.replies.get(editor.state.id or 0).draft == START + PASTED + (
        "WORDS TYPED ONCE SPACE WAS BACK."
    )
