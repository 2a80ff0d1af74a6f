"""Saving a redacted packet with screenshots from the window: the owner is told the pictures
are printed as received before the copy is saved, and can still say no."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.packets.data import Redaction
from tests.ui.packets.test_packet_dialog import _preview
from ui.packets.packet_dialog import PacketDialog


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_saving_a_redacted_packet_warns_that_its_pictures_are_not_redacted(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch,
    answer: QMessageBox.StandardButton,  # type: ignore[no-untyped-def]
) -> None:
    dialog.redactions.add(Redaction("pat_rants", None, "the customer's handle"))
    _preview(qtbot, dialog)
    asked: list[str] = []

    def question(parent, title: str, text: str):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    (text,) = asked
    assert (
        "Screenshots and other pictures are printed as received and are not redacted: "
        "1 picture (Exhibit 2)." in text
    )
    assert "tick “Leave pictures out” on the Redactions tab" in text
    assert text.endswith("Save this copy anyway?")
    assert target.exists() is (answer == QMessageBox.StandardButton.Yes)


def test_an_unredacted_packet_is_saved_without_the_question(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    _preview(qtbot, dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert target.exists()


def test_exporting_the_bundle_of_a_redacted_packet_says_the_pictures_too(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    # The saved email (exhibit 1) holds "Robin": its original is named, and the picture too.
    dialog.redactions.add(Redaction("Robin", None, "a staff member"))
    _preview(qtbot, dialog)
    asked: list[str] = []

    def question(parent, title: str, text: str):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    target = tmp_path / "bundle.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_bundle()
    (text,) = asked
    assert "exhibit 1 still contains words you redacted" in text
    assert "not redacted: 1 picture (Exhibit 2)." in text
    assert not target.exists()
