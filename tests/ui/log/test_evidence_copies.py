"""Every stored file can be opened and saved as a copy, whatever the name it came with: too
long for the file system, "..", slashes, line breaks. The kept original never changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.contact_changes import NewAttachment
from app.log.copy_names import copy_name
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_view import ContactDialog

JAPANESE = "請求書の件について至急ご確認ください" * 5 + ".pdf"  # 94 characters, 274 bytes
ODD_NAMES = (JAPANESE, "..", ".", "x" * 300 + ".png", "a/b/../c\nd.txt", "CON", "invoice.pdf ")


@pytest.fixture
def dialog(qtbot, services: Services, customer_id: int, message_boxes: MessageBoxes):  # type: ignore[no-untyped-def]
    contact_id = services.contacts.log(
        customer_id, inbound("See attached.", datetime(2026, 10, 1, 9, 30, tzinfo=UTC))
    )
    services.contacts.attach(
        contact_id,
        [NewAttachment(name, f"bytes of {name}".encode(), "text/plain") for name in ODD_NAMES],
    )
    window = ContactDialog(services, contact_id)
    qtbot.addWidget(window)
    return window


def test_every_odd_name_opens_as_a_short_safe_copy_with_its_extension(
    dialog: ContactDialog, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        "ui.log.evidence_list.QDesktopServices.openUrl",
        lambda url: opened.append(Path(url.toLocalFile())),
    )
    tree = dialog.evidence.tree
    for row in range(tree.topLevelItemCount()):
        dialog.evidence._on_tree_item_activated(tree.topLevelItem(row))
    assert message_boxes.shown == []
    assert len(opened) == len(ODD_NAMES)
    for name, path in zip(ODD_NAMES, opened, strict=True):
        assert path.read_bytes() == f"bytes of {name}".encode()
        assert path.is_file() and len(path.name.encode()) <= 120
        assert path.name not in (".", "..") and "/" not in path.name and "\n" not in path.name
    assert opened[0].suffix == ".pdf" and opened[0].name.startswith("請求書の件")
    assert opened[3].suffix == ".png"
    assert opened[1].name == opened[2].name == "evidence"


def test_every_file_offers_save_a_copy_byte_for_byte(
    dialog: ContactDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def choose(_parent: object, _title: str, name: str, *_args: object) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr("ui.log.evidence_list.QFileDialog.getSaveFileName", choose)
    evidence = dialog.evidence
    assert evidence.save_button.text() == "Save a copy…" and evidence.save_button.isEnabled()
    evidence.tree.setCurrentItem(evidence.tree.topLevelItem(0))
    evidence.save_selected()
    assert suggested == [copy_name(JAPANESE)]
    assert (tmp_path / suggested[0]).read_bytes() == f"bytes of {JAPANESE}".encode()


def test_a_copy_that_cannot_be_written_is_one_clear_sentence(
    dialog: ContactDialog,
    message_boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = tmp_path / "no such folder" / "copy.pdf"
    monkeypatch.setattr(
        "ui.log.evidence_list.QFileDialog.getSaveFileName", lambda *_a: (str(gone), "")
    )
    dialog.evidence.tree.setCurrentItem(dialog.evidence.tree.topLevelItem(0))
    dialog.evidence.save_selected()
    [text] = message_boxes.texts("warning")
    assert text == (
        f"Cannot save a copy of “{JAPANESE}”: no such file or directory. "
        "The kept file is unchanged."
    )
    assert "Errno" not in text and str(tmp_path) not in text
