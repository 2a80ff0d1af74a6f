"""“Leave pictures out” on the Redactions tab, driven as the owner would: by the keyboard, seen
warning beside the rules while pictures would print, reaching the packet, and remembered for
the next packet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.packets.data import Redaction
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text
from tests.helpers.pdf_reading import reader
from tests.ui.packets.test_packet_dialog import _preview
from ui.packets.packet_dialog import PacketDialog


def _images(pdf: bytes) -> int:
    return sum(
        1
        for page in reader(pdf).pages
        for ref in ((page.get("/Resources") or {}).get("/XObject") or {}).values()
        if ref.get_object().get("/Subtype") == "/Image"
    )


def test_the_option_is_off_until_ticked_and_reaches_the_packet(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.redactions.leave_pictures_out
    assert not box.isChecked() and dialog.options().leave_pictures_out is False
    _preview(qtbot, dialog)
    assert dialog.made is not None and _images(dialog.made.pdf.data) == 1
    # Reached from the keyboard: the Redactions tab, then the box's Alt+L.
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.redactions)
    # Tab from the list of rules reaches the box; Alt+L ticks it from anywhere on the tab.
    dialog.redactions.list.setFocus()
    QTest.keyClick(dialog.redactions.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box
    dialog.redactions.text.setFocus()
    QTest.keyClick(dialog.redactions.text, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.isChecked)  # a mnemonic clicks the box as a mouse would, animated
    assert dialog.options().leave_pictures_out is True
    assert "Your choices changed since the preview" in dialog.status.text()
    _preview(qtbot, dialog)
    assert dialog.made is not None and dialog.made.data.pictures_left_out
    assert _images(dialog.made.pdf.data) == 0
    assert "2 exhibits (1 picture left out)." in dialog.status.text()
    text = flat(" ".join(pdf_text(dialog.made.pdf.data)))
    assert "Picture left out of this packet: “post.png”" in text


def test_the_tab_warns_while_a_redacted_packet_would_print_pictures(
    qtbot, dialog: PacketDialog, packet_subject: PacketSubject
) -> None:  # type: ignore[no-untyped-def]
    redactions = dialog.redactions
    dialog.show()
    dialog.tabs.setCurrentWidget(redactions)
    assert redactions.pictures_warning.isHidden()  # no rule: nothing is said to be redacted
    redactions.add(Redaction("pat_rants", None, "the customer's handle"))
    assert redactions.pictures_warning.isVisible()
    said = redactions.pictures_warning.text()
    assert said.startswith("1 picture in this packet would be printed as received")
    assert "Tick “Leave pictures out”" in said
    # The contact that holds the picture unticked: no picture would print, nothing to say.
    dialog.chooser.set_included(packet_subject.contact_ids["post"], False)
    assert redactions.pictures_warning.isHidden()
    dialog.chooser.set_included(packet_subject.contact_ids["post"], True)
    assert redactions.pictures_warning.isVisible()
    # A period that ends before the post: the packet holds no picture.
    dialog.whole_log.setChecked(False)
    dialog.date_from.setDate(QDate(2026, 3, 1))
    dialog.date_to.setDate(QDate(2026, 3, 5))
    assert redactions.pictures_warning.isHidden()
    dialog.whole_log.setChecked(True)
    assert redactions.pictures_warning.isVisible()
    redactions.leave_pictures_out.setChecked(True)
    assert redactions.pictures_warning.isHidden()


def test_a_redacted_packet_leaving_pictures_out_is_saved_without_the_pictures_question(
    qtbot, dialog: PacketDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog.redactions.add(Redaction("pat_rants", None, "the customer's handle"))
    dialog.redactions.leave_pictures_out.setChecked(True)
    _preview(qtbot, dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert target.exists()


def test_the_pictures_question_names_the_option(qtbot, dialog: PacketDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog.redactions.add(Redaction("pat_rants", None, "the customer's handle"))
    _preview(qtbot, dialog)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    dialog.print_packet()
    (text,) = asked
    assert "tick “Leave pictures out” on the Redactions tab and preview again" in text


def test_the_bundle_of_a_packet_leaving_pictures_out_says_it_holds_them(
    qtbot, dialog: PacketDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog.redactions.leave_pictures_out.setChecked(True)
    _preview(qtbot, dialog)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    target = tmp_path / "bundle.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_bundle()
    (text,) = asked
    assert "original of every picture left out of the PDF (Exhibit 2)" in text
    assert not target.exists()


def test_the_choice_is_remembered_for_the_next_packet(
    qtbot, dialog: PacketDialog, packet_subject: PacketSubject
) -> None:  # type: ignore[no-untyped-def]
    dialog.redactions.leave_pictures_out.setChecked(True)
    services = packet_subject.services
    assert services.settings.text("packet_pictures") == "Leave them out"
    again = PacketDialog(services, packet_subject.customer_id)
    qtbot.addWidget(again)
    try:
        assert again.redactions.leave_pictures_out.isChecked()
        again.redactions.leave_pictures_out.setChecked(False)
        assert services.settings.text("packet_pictures") == "Print them"
    finally:
        again.done(0)
