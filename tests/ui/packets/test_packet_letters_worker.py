"""Letters from a redacted packet: the log is read again in full on a worker's thread, with
progress and cancel, and the window's thread stays free."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import app.packets.assembly
from app.core.errors import StorageError
from app.packets.data import PacketKind, Redaction
from tests.helpers.packet_fixtures import flat, pdf_text
from ui.packets.letters import LettersDialog
from ui.packets.packet_dialog import PacketDialog

HANDLE = "pat_rants"


def _redacted_preview(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.LEGAL))
    dialog.redactions.add(Redaction(HANDLE, None, "the handle"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()
    assert HANDLE not in flat("\n".join(pdf_text(dialog.made.pdf.data)))


def _reading_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread each reading of the packet's contacts ran on."""
    threads: list[threading.Thread] = []
    read = app.packets.assembly.all_contacts

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return read(*args, **kwargs)

    monkeypatch.setattr(app.packets.assembly, "all_contacts", recorded)
    return threads


def test_the_letters_of_a_redacted_packet_are_read_off_the_window_thread_in_full(  # type: ignore[no-untyped-def]
    qtbot, dialog: PacketDialog, monkeypatch, tmp_path: Path
) -> None:
    _redacted_preview(qtbot, dialog)
    threads = _reading_threads(monkeypatch)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []

    def exec_(letters: LettersDialog) -> int:
        letters._on_save_clicked()
        shown.append(letters.text.toPlainText())
        return 0

    monkeypatch.setattr(LettersDialog, "exec", exec_)
    dialog._on_letters_clicked()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert threads and threading.main_thread() not in threads
    letter = flat("\n".join(pdf_text(target.read_bytes())))
    assert f"@{HANDLE}" in letter and "[redacted]" not in letter  # the platform needs it
    assert HANDLE not in flat("\n".join(pdf_text(dialog.made.pdf.data)))  # the packet keeps it
    assert dialog.letters_button.isEnabled() and dialog.preview_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog)


def test_drafting_the_letters_shows_progress_and_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, dialog: PacketDialog, monkeypatch
) -> None:
    _redacted_preview(qtbot, dialog)
    before = dialog.status.text()
    reading, go_on = threading.Event(), threading.Event()
    read = app.packets.assembly.all_contacts

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        reading.set()
        go_on.wait(60)
        return read(*args, **kwargs)

    monkeypatch.setattr(app.packets.assembly, "all_contacts", held)
    monkeypatch.setattr(LettersDialog, "exec", lambda letters: pytest.fail("letters shown"))
    dialog._on_letters_clicked()
    qtbot.waitUntil(reading.is_set, timeout=60000)
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    assert dialog.status.text() == "Drafting the letters from the log in full…"
    assert not dialog.letters_button.isEnabled()
    dialog.cancel_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.status.text() == before
    assert dialog.letters_button.isEnabled() and not dialog.progress.isVisibleTo(dialog)


def test_letters_that_cannot_be_drafted_say_why(  # type: ignore[no-untyped-def]
    qtbot, dialog: PacketDialog, monkeypatch
) -> None:
    _redacted_preview(qtbot, dialog)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The drive holding the log was unplugged.")

    monkeypatch.setattr(app.packets.assembly, "all_contacts", broken)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(LettersDialog, "exec", lambda letters: pytest.fail("letters shown"))
    dialog._on_letters_clicked()
    qtbot.waitUntil(lambda: dialog._worker is None and bool(warned), timeout=60000)
    assert warned == ["The drive holding the log was unplugged."]
    assert dialog.status.text() == "The drive holding the log was unplugged."
    assert dialog.letters_button.isEnabled()
