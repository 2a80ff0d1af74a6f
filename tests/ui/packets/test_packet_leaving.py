"""The keys a desktop user presses in Prepare packet: Escape stops a drawing before it closes
the window, never drops typed words unasked, and Ctrl+S / Ctrl+P save and print from any field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.packets.data import Redaction
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.ui_fixtures import asked_before_closing
from ui.packets.packet_dialog import PacketDialog


def _shown(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()


def test_escape_stops_a_drawing_and_keeps_the_window(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    _shown(qtbot, dialog)
    dialog.preview()
    qtbot.keyClick(dialog.chooser.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.isVisible()
    assert dialog.made is None and dialog.status.text() == "Cancelled. Nothing was saved."
    qtbot.keyClick(dialog.chooser.tree, Qt.Key.Key_Escape)  # nothing typed: it closes
    assert not dialog.isVisible()


def test_escape_asks_before_an_edited_letter_is_lost(
    qtbot,
    dialog: PacketDialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    _shown(qtbot, dialog)
    dialog.letter.setPlainText("Dear Pat, your account is closed as of today.")
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    asked = asked_before_closing(monkeypatch, close=False)
    qtbot.keyClick(dialog.letter, Qt.Key.Key_Escape)
    assert asked == [["the termination letter you edited", "1 redaction"]]
    assert dialog.isVisible()
    assert dialog.letter.toPlainText() == "Dear Pat, your account is closed as of today."
    asked = asked_before_closing(monkeypatch, close=True)
    dialog.reject()  # the Close button, or the window's own
    assert asked and not dialog.isVisible()


def test_the_question_keeps_the_window_unless_the_owner_chooses_to_lose_the_words(
    qtbot,
    dialog: PacketDialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:  # Escape on the question: no button clicked
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _shown(qtbot, dialog)
    dialog.purpose.setText("For our solicitor")
    dialog.reject()
    assert dialog.isVisible()
    assert shown == [
        "Not yet in any saved, printed or exported packet: the purpose. Steady keeps none of "
        "it once this window closes."
    ]


def test_a_saved_packet_holds_the_words_so_escape_closes_unasked(
    qtbot,
    dialog: PacketDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    _shown(qtbot, dialog)
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.letter.setPlainText("Dear Pat, your account is closed. Goodbye from the whole team.")
    # Ctrl+S before any preview, from the letter: drawn with the letter, then saved, even
    # when the owner presses F5 while it draws.
    qtbot.keyClick(dialog.letter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog._worker is not None
    qtbot.keyClick(dialog.letter, Qt.Key.Key_F5)
    qtbot.waitUntil(target.exists, timeout=60000)
    assert "Goodbye from the whole team." in flat(" ".join(pdf_text(target.read_bytes())))
    asked = asked_before_closing(monkeypatch, close=False)
    qtbot.keyClick(dialog.letter, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_ctrl_p_prints_from_a_field(
    qtbot,
    dialog: PacketDialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    printed: list[bool] = []
    monkeypatch.setattr(
        QPrintDialog,
        "exec",
        lambda self: printed.append(True) or QDialog.DialogCode.Rejected,
    )
    _shown(qtbot, dialog)
    dialog.refund.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(dialog.refund, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(printed), timeout=60000)
    assert dialog.made is not None


def test_steady_closing_the_window_itself_never_asks(
    qtbot,
    dialog: PacketDialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    _shown(qtbot, dialog)
    dialog.purpose.setText("For our solicitor")
    asked = asked_before_closing(monkeypatch, close=False)
    dialog.done(0)
    assert asked == [] and not dialog.isVisible()
