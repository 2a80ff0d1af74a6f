"""What leaves Steady is the packet the dialog's choices describe, never one drawn before them:
a redaction added, the kind switched, a contact left out after the preview are in the saved
PDF, the printed copy and the bundle; words typed as a rule but not added are asked about."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.packets.data import PacketKind, Redaction
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text
from ui.packets.packet_dialog import PacketDialog


def _preview(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # A redacted packet that prints a picture asks first: the owner says yes.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _saved_text(qtbot, target: Path) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(target.exists, timeout=60000)
    return flat("\n".join(pdf_text(target.read_bytes())))


def test_a_rule_added_after_the_preview_is_in_the_saved_pdf(
    qtbot, dialog: PacketDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _preview(qtbot, dialog)
    assert "Elm Lane" in flat("\n".join(pdf_text(dialog.made.pdf.data)))  # type: ignore[union-attr]
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    assert "Your choices changed since the preview" in dialog.status.text()
    target = tmp_path / "packet.pdf"
    _saving_to(monkeypatch, target)
    dialog.save_pdf()
    text = _saved_text(qtbot, target)
    assert "Elm Lane" not in text and "[redacted]" in text
    assert dialog.made is not None and target.read_bytes() == dialog.made.pdf.data


def test_the_kind_switched_without_a_preview_saves_the_kind_chosen(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _preview(qtbot, dialog)  # the termination packet, as the dialog opens
    dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.LEGAL))
    target = tmp_path / "legal.pdf"
    _saving_to(monkeypatch, target)
    dialog.save_pdf()
    text = _saved_text(qtbot, target)
    assert "Legal referral packet" in text and "Termination packet" not in text
    # Only what was handed on is logged as handed on: the legal packet, once.
    actions = packet_subject.services.actions.for_customer(packet_subject.customer_id)
    handed = [a.details["packet"] for a in actions if a.kind.value == "packet"]
    assert handed == [PacketKind.LEGAL.value]


def test_a_contact_left_out_after_the_preview_is_left_out_of_the_bundle(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _preview(qtbot, dialog)
    greek = packet_subject.contact_ids["greek"]
    dialog.chooser.set_included(greek, False)
    bundle = tmp_path / "bundle.zip"
    _saving_to(monkeypatch, bundle)
    dialog.export_bundle()
    qtbot.waitUntil(bundle.exists, timeout=60000)
    contacts = zipfile.ZipFile(bundle).read("contacts.json").decode("utf-8")
    assert f'"id": {greek},' not in contacts
    assert dialog.made is not None and dialog.made.data.contact(greek) is None


def test_words_typed_as_a_rule_but_not_added_are_asked_about(
    qtbot, dialog: PacketDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _preview(qtbot, dialog)
    dialog.redactions.text.setText("Elm Lane")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.setProperty("answered", True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(
        QMessageBox, "clickedButton", lambda box: box.button(QMessageBox.StandardButton.Yes)
    )
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.save_pdf()
    assert asked == [
        "“Elm Lane” is typed on the Redactions tab but not added to the list. Add it before "
        "you save?"
    ]
    text = _saved_text(qtbot, target)
    assert "Elm Lane" not in text and "[redacted]" in text
    assert [r.text for r in dialog.redactions.redactions()] == ["Elm Lane"]
