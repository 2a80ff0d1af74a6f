"""Log a contact: while its draft cannot be written (a full disk, a read-only folder), the
dialog says so in one line that stays, since a crash now would lose the typing; the line goes
once a draft is written again, and no half-written file is left in the drafts folder."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts


def _said(dialog: LogContactDialog) -> list[str]:
    """What the dialog says about its draft, as the owner sees it."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Not kept")
    ]


WORDS = "He rang at 9:40 and said he would wait outside the shop for Sam."


def _refusing(monkeypatch: pytest.MonkeyPatch, code: int) -> list[int]:
    """Every draft write fails with `code` until the returned list is emptied."""
    import ui.log.contact_drafts as module

    real = module._write_owner_only
    failing = [code]

    def write(path: Path, data: bytes) -> None:
        if failing:
            path.write_bytes(data[: len(data) // 2])  # what a full disk leaves half-way
            raise OSError(failing[0], "refused")
        real(path, data)

    monkeypatch.setattr(module, "_write_owner_only", write)
    return failing


@pytest.mark.parametrize(
    ("code", "line"),
    [
        (errno.ENOSPC, "Not kept on disk: the disk is full. Save the contact to keep it."),
        (
            errno.EROFS,
            "Not kept on disk: the drafts folder cannot be written to. Save the contact to "
            "keep it.",
        ),
    ],
)
def test_a_draft_that_cannot_be_written_is_said_until_one_is(
    qtbot,
    services: Services,
    customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes,
    code: int,
    line: str,
) -> None:
    drafts = ContactDrafts(tmp_path / "drafts")
    failing = _refusing(monkeypatch, code)
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.words_edit, WORDS)
    qtbot.waitUntil(lambda: bool(_said(dialog)), timeout=10_000)  # the autosave's own tick
    assert _said(dialog) == [line]
    # Nothing half-written left behind (only the window's hold on its draft).
    assert [p.suffix for p in drafts.folder.iterdir()] == [".lock"]
    dialog.save_draft()  # the next tick: still refused, still said
    assert _said(dialog) == [line]

    failing.clear()  # space freed
    qtbot.keyClicks(dialog.form.words_edit, " Again.")
    qtbot.waitUntil(lambda: not _said(dialog), timeout=10_000)
    [kept] = [p for p in drafts.folder.iterdir() if p.suffix != ".lock"]
    assert json.loads(kept.read_text())["fields"]["text"] == WORDS + " Again."
    dialog._forget_own_draft()


def test_a_screenshot_cut_short_by_a_full_disk_is_not_kept_as_if_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.contact_changes import NewAttachment

    drafts = ContactDrafts(tmp_path / "drafts")
    slot = drafts.new_slot(1)
    failing = _refusing(monkeypatch, errno.ENOSPC)
    shot = NewAttachment("pasted.png", b"\x89PNG" + bytes(range(256)) * 40, "image/png", "")
    with pytest.raises(OSError):
        slot.save({"text": WORDS}, [(shot, None)])
    assert [p.suffix for p in drafts.folder.iterdir()] == [".lock"]
    failing.clear()
    slot.save({"text": WORDS}, [(shot, None)])
    [png] = drafts.folder.glob("*.png")
    assert png.read_bytes() == shot.data  # written whole the next time, not skipped
    slot.discard()
