"""The evidence list says what each file is (from its bytes) and the note kept with it; a file
added by hand that is not what its name says is kept, named right, and the owner told."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.contact_changes import NewAttachment
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_view import ContactDialog
from ui.log.evidence_list import EvidenceList

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
NOTE = (
    "He wrote <b>YOU WILL PAY</b> on the shop door.\nPhoto taken the morning after; the "
    "police reference is 4471 and the officer asked for the original."
)


def _zip_with(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, b"MZ\x90\x00 not a real program")
    return out.getvalue()


@pytest.fixture
def logged(services: Services, customer_id: int) -> int:
    return services.contacts.log(customer_id, inbound("See attached.", AT, summary="Door"))


@pytest.fixture
def log_dialog(qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes):  # type: ignore[no-untyped-def]
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "drafts"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_file_shows_its_kind_and_its_note(qtbot, services: Services, logged: int) -> None:  # type: ignore[no-untyped-def]
    services.contacts.attach(
        logged,
        [
            NewAttachment("door.jpg", JPEG, "image/jpeg", NOTE),
            NewAttachment("invoice.pdf", PDF, "application/pdf"),
            NewAttachment("receipt.pdf", _zip_with("a.txt"), "application/zip", "Sent zipped"),
        ],
    )
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    evidence = dialog.evidence
    shown = {row[0]: row[1:3] for row in evidence.rows()}
    assert shown["door.jpg"] == [
        "JPEG photo",
        "He wrote <b>YOU WILL PAY</b> on the shop door. Photo taken the morning after; the "
        "police reference is 4471 and the officer asked for the original.",
    ]
    assert shown["invoice.pdf"] == ["PDF document", ""]
    assert shown["receipt.pdf"] == ["ZIP archive", "Sent zipped"]
    door = next(
        evidence.tree.topLevelItem(i)
        for i in range(evidence.tree.topLevelItemCount())
        if evidence.tree.topLevelItem(i).text(0) == "door.jpg"
    )
    # The whole note on hover, as typed: the owner's "<b>" is words, not bold.
    tip = door.toolTip(EvidenceList.NOTE)
    assert "&lt;b&gt;YOU WILL PAY&lt;/b&gt;" in tip and "white-space:pre-wrap" in tip
    assert "image/jpeg" in door.toolTip(1)
    # A long note gives way at its end, where the codes beside it give way in the middle.
    option = QStyleOptionViewItem()
    index = evidence.tree.indexFromItem(door, EvidenceList.NOTE)
    evidence.tree.itemDelegateForColumn(EvidenceList.NOTE).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideRight


def _file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_add_files_names_a_disguised_archive_and_program_and_keeps_them(
    log_dialog: LogContactDialog, services: Services, tmp_path: Path
) -> None:
    archive = _zip_with("setup.exe")
    program = b"MZ\x90\x00\x03\x00\x00\x00 a windows program"
    evidence = log_dialog.evidence
    evidence.add_paths(
        [
            _file(tmp_path, "receipt.pdf", archive),
            _file(tmp_path, "photo.jpg", program),
            _file(tmp_path, "door.jpg", JPEG),
        ]
    )
    shown = {row[0]: row[1] for row in evidence.rows()}
    assert shown == {
        "receipt.pdf": "ZIP archive",
        "photo.jpg": "Windows program",
        "door.jpg": "JPEG photo",
    }
    assert evidence.kind_warning.isVisibleTo(log_dialog)
    assert evidence.kind_warning.text() == (
        "2 files are not what their names say: kept as evidence under what the bytes are "
        "(see the Note column)."
    )
    notes = {row[0]: row[2] for row in evidence.rows()}
    warning = evidence.kind_warning.toolTip()
    assert notes["receipt.pdf"] in warning and notes["photo.jpg"] in warning
    assert "receipt.pdf is named as a PDF document, but its bytes are a zip archive" in warning
    assert "holding a program (setup.exe)" in warning
    assert "photo.jpg is named as a picture, but its bytes are a Windows program" in warning
    assert "door.jpg" not in warning
    log_dialog.form.summary_edit.setText("Files from the customer")
    log_dialog.save()
    kept = {a.filename: a for a in services.contacts.attachments(log_dialog.contact_id)}
    assert kept["receipt.pdf"].mime == "application/zip"
    assert kept["photo.jpg"].mime == "application/x-msdownload"
    assert kept["door.jpg"].mime == "image/jpeg" and kept["door.jpg"].note == ""
    assert "its bytes are a Windows program" in kept["photo.jpg"].note
    assert kept["receipt.pdf"].sha256 == hashlib.sha256(archive).hexdigest()
    _, data = services.contacts.attachment_data(kept["photo.jpg"].id)
    assert data == program


def test_adding_a_disguised_file_to_a_logged_contact_says_so_before_asking(
    qtbot,
    services: Services,
    logged: int,
    tmp_path: Path,
    message_boxes: MessageBoxes,  # type: ignore[no-untyped-def]
) -> None:
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    dialog.evidence.add_paths([_file(tmp_path, "receipt.pdf", _zip_with("notes.txt"))])
    [(kind, _title, question)] = message_boxes.shown
    assert kind == "confirm"
    assert "receipt.pdf is named as a PDF document, but its bytes are a zip archive." in question
    [kept] = services.contacts.attachments(logged)
    assert kept.mime == "application/zip"
    assert dialog.evidence.rows()[0][1] == "ZIP archive"


def test_a_plain_text_file_keeps_its_kind_without_a_warning(
    log_dialog: LogContactDialog, tmp_path: Path
) -> None:
    log_dialog.evidence.add_paths([_file(tmp_path, "voicemail.txt", b"transcript of the call")])
    assert log_dialog.evidence.rows()[0][1:3] == ["Text", ""]
    assert not log_dialog.evidence.kind_warning.isVisibleTo(log_dialog)
