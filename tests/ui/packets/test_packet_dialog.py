"""The Prepare packet dialog, driven as the owner would: preview, edit, redact, save, print."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

import ui.packets.printing
from app.packets.data import PacketKind, Redaction
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text
from ui.packets.packet_dialog import PacketDialog


def _preview(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()


def test_preview_draws_the_packet_inside_the_app(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.LEGAL))
    _preview(qtbot, dialog)
    made = dialog.made
    assert made is not None and made.data.kind is PacketKind.LEGAL
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == made.pdf.pages
    assert f"{made.pdf.pages} pages" in dialog.status.text()
    assert "Pat Example" in dialog.narrative.toPlainText()  # Steady's draft, ready to edit
    assert dialog.save_button.isEnabled() and dialog.letters_button.isEnabled()


def test_save_and_bundle_write_the_previewed_file_and_log_it(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    _preview(qtbot, dialog)
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert dialog.made is not None
    assert target.read_bytes() == dialog.made.pdf.data
    bundle = tmp_path / "bundle.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    dialog.export_bundle()
    assert "manifest.json" in zipfile.ZipFile(bundle).namelist()
    actions = packet_subject.services.actions.for_customer(packet_subject.customer_id)
    logged = [a.details["sha256"] for a in actions if a.kind.value == "packet"]
    assert logged == [dialog.made.pdf.sha256]  # logged once
    assert packet_subject.services.verify().ok


def test_edited_letter_chosen_examples_and_redactions_reach_the_pdf(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,  # type: ignore[no-untyped-def]
) -> None:
    ids = packet_subject.contact_ids
    _preview(qtbot, dialog)
    assert "Dear Pat Example" in dialog.letter.toPlainText()
    dialog.letter.setPlainText("Dear Pat, your account is closed. Goodbye from the whole team.")
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    dialog.chooser.set_included(ids["greek"], False)
    _preview(qtbot, dialog)
    assert dialog.made is not None
    text = flat("\n".join(pdf_text(dialog.made.pdf.data)))
    assert "Goodbye from the whole team." in text
    assert "Elm Lane" not in text and "[redacted]" in text
    assert dialog.made.data.contact(ids["greek"]) is None


def test_owner_chooses_the_examples_and_the_packet_says_so(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,  # type: ignore[no-untyped-def]
) -> None:
    ids = packet_subject.contact_ids
    _preview(qtbot, dialog)
    assert dialog.made is not None and dialog.made.data.examples_chosen_by == "steady"
    assert "Chosen by Steady" in flat("\n".join(pdf_text(dialog.made.pdf.data)))
    dialog.chooser.set_example(ids["after"], False)
    _preview(qtbot, dialog)
    assert dialog.made.data.examples_chosen_by == "owner"
    assert ids["after"] not in dialog.made.data.examples
    assert "Chosen by the owner" in flat("\n".join(pdf_text(dialog.made.pdf.data)))


def test_cancel_stops_the_drawing(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.preview()
    dialog._on_cancel_clicked()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is None or "pages" in dialog.status.text()
    if dialog.made is None:
        assert "Cancelled" in dialog.status.text()
        assert not dialog.save_button.isEnabled()


def test_print_renders_every_page_to_the_printer(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    _preview(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(out))
        return made

    monkeypatch.setattr(ui.packets.printing, "make_printer", printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ui.packets.printing, "PRINT_DPI", 40)
    dialog.print_packet()
    assert dialog.made is not None
    assert len(pdf_text(out.read_bytes())) == dialog.made.pdf.pages


def test_a_failed_save_says_why_and_keeps_the_packet(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    _preview(qtbot, dialog)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    missing = tmp_path / "no-such-folder" / "x" / "packet.pdf"
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    dialog.save_pdf()
    assert warnings and "Cannot write packet.pdf" in warnings[0]
    assert dialog.made is not None and dialog.save_button.isEnabled()


def _alter_outside_steady(path: str, contact_id: int) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE contacts SET text = 'I am sorry, thank you' WHERE id = ?", [contact_id])
    conn.commit()
    conn.close()


def test_a_packet_from_a_log_that_does_not_verify_warns_before_it_is_saved(
    qtbot,
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    altered = min(packet_subject.contact_ids.values())
    _alter_outside_steady(packet_subject.services.store.path, altered)
    _preview(qtbot, dialog)
    assert (
        f"This log does NOT verify: Contact {altered} was changed outside Steady (it no longer "
        "matches its ledger entry). The packet says so on its cover"
    ) in dialog.status.text()
    assert dialog.made is not None
    assert "This log does NOT verify — see the integrity statement." in flat(
        pdf_text(dialog.made.pdf.data)[0]
    )


def test_a_packet_from_a_read_only_log_says_it_is_not_recorded(
    qtbot,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import os

    from app.application import open_services

    path = packet_subject.services.store.path
    packet_subject.services.close()
    os.chmod(path, 0o444)
    services = open_services(path)
    try:
        opened = PacketDialog(services, packet_subject.customer_id)
        qtbot.addWidget(opened)
        _preview(qtbot, opened)
        assert opened.made is not None and opened.made.data.number.endswith("-unrecorded")
        assert (
            "This log is read-only: the packet is saved but not recorded as handed on"
            in opened.status.text()
        )
        target = tmp_path / "packet.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        opened.save_pdf()
        assert target.read_bytes() == opened.made.pdf.data
        assert "and logged it" not in opened.status.text()
        assert "not recorded as handed on" in opened.status.text()
        opened.done(0)
    finally:
        services.close()
        os.chmod(path, 0o644)


def test_letters_to_the_platform_name_the_account_a_redacted_packet_hides(  # type: ignore[no-untyped-def]
    qtbot, dialog: PacketDialog, monkeypatch
) -> None:
    """The platform cannot act on "Account: @[redacted]": its letters are written in full,
    and the owner is told so."""
    shown: list[tuple[str, bool]] = []

    def exec_(letters) -> int:  # type: ignore[no-untyped-def]
        shown.append((letters.text.toPlainText(), letters.unredacted.isVisibleTo(letters)))
        return 0

    monkeypatch.setattr("ui.packets.letters.LettersDialog.exec", exec_)
    dialog.redactions.add(Redaction("pat_rants", None, "the handle"))
    _preview(qtbot, dialog)
    assert "pat_rants" not in flat("\n".join(pdf_text(dialog.made.pdf.data)))
    dialog._on_letters_clicked()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)  # read again on a worker's thread
    ((letter, told),) = shown
    assert "Account / handle: X: @pat_rants" in letter and "[redacted]" not in letter
    assert told
