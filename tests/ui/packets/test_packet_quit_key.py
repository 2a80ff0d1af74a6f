"""Ctrl+Q typed inside "Prepare packet" quits Steady as the main window's Quit does: the owner is
asked before the packet's choices are lost, may stay, and quits when nothing would be lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.packets.data import Redaction
from tests.helpers.ui_fixtures import asked_before_closing, packet_open
from ui.packets.packet_dialog import PacketDialog
from ui.shell.main_window import MainWindow


def _packet_open(qtbot: QtBot, window: MainWindow, customer_id: int) -> PacketDialog:
    dialog = packet_open(qtbot, window, customer_id, "You will regret this.")
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _ctrl_q(qtbot: QtBot, dialog: PacketDialog) -> None:
    dialog.purpose.setFocus()
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_q_in_the_packet_asks_and_the_owner_can_stay(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    dialog.purpose.setText("For our solicitor")
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    asked = asked_before_closing(monkeypatch, close=False)
    _ctrl_q(qtbot, dialog)
    assert asked == [["the purpose", "1 redaction"]]
    assert window.isVisible() and dialog.isVisible()
    assert dialog.purpose.text() == "For our solicitor"
    asked = asked_before_closing(monkeypatch, close=True)
    _ctrl_q(qtbot, dialog)
    assert asked == [["the purpose", "1 redaction"]]  # asked once, not again on closing
    assert not dialog.isVisible() and not window.isVisible()


def test_ctrl_q_with_nothing_chosen_quits_without_asking(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    asked = asked_before_closing(monkeypatch, close=False)
    _ctrl_q(qtbot, dialog)
    assert asked == []
    assert not dialog.isVisible() and not window.isVisible()
