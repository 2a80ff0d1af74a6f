"""Log a contact on a 1280x720 laptop: the category boxes keep their height whatever banners
show, and the empty evidence list is what gives way."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts

THREAD = """[10:02] Tasha: where is my account
[10:03] Tasha: hello??? anyone
[10:05] Support: We are looking into it.
[10:06] Tasha: you people are useless, I will post this everywhere
[10:07] Tasha: answer me NOW
"""


@pytest.mark.parametrize("height", [648, 700])
def test_the_category_boxes_are_never_pressed_together(
    qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes, height: int
) -> None:
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "drafts"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.words_edit.setPlainText(THREAD)  # the thread banner and the suggestions show
    qtbot.waitUntil(dialog.thread_banner.isVisible)
    qtbot.waitUntil(dialog.form.suggestion_label.isVisible)
    dialog.resize(900, height)  # what fits a 1280x720 screen's work area
    qtbot.wait(50)
    boxes = sorted(dialog.form.category_boxes.values(), key=lambda b: (b.x(), b.y()))
    for box in boxes:
        assert box.height() >= box.sizeHint().height(), box.text()
    columns: dict[int, list[int]] = {}
    for box in boxes:
        columns.setdefault(box.x(), []).append(box.y())
    for tops in columns.values():
        gaps = [below - above for above, below in itertools.pairwise(tops)]
        assert min(gaps) >= boxes[0].sizeHint().height()
    assert dialog.evidence.height() < dialog.evidence.sizeHint().height()
