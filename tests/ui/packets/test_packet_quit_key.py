"""Ctrl+Q typed inside "Prepare packet" quits Steady as the main window's Quit does: the owner is
asked before the packet's choices are lost, may stay, and quits when nothing would be lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.packets.packet_closing
from app.packets.data import Redaction
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.packets.packet_dialog import PacketDialog
from ui.shell.main_window import MainWindow

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def _asked(monkeypatch: pytest.MonkeyPatch, close: bool) -> list[list[str]]:
    asked: list[list[str]] = []

    def ask(_parent: object, typed: list[str]) -> bool:
        asked.append(typed)
        return close

    monkeypatch.setattr(ui.packets.packet_closing, "ask_before_closing", ask)
    return asked


def _packet_open(qtbot: QtBot, window: MainWindow, customer_id: int) -> PacketDialog:
    from ui.log.customer_tools import PacketTools

    services: Services = window.services
    services.contacts.log(customer_id, inbound("You will regret this.", AT, summary="Threat"))
    window.refresh_customers()
    window.select_customer(customer_id)
    tools = next(t for t in window.customer_tools if isinstance(t, PacketTools))
    tools.prepare()
    [dialog] = tools.dialogs
    qtbot.waitUntil(lambda: dialog.made is not None and dialog._worker is None, timeout=60000)
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
    asked = _asked(monkeypatch, close=False)
    _ctrl_q(qtbot, dialog)
    assert asked == [["the purpose", "1 redaction"]]
    assert window.isVisible() and dialog.isVisible()
    assert dialog.purpose.text() == "For our solicitor"
    asked = _asked(monkeypatch, close=True)
    _ctrl_q(qtbot, dialog)
    assert asked == [["the purpose", "1 redaction"]]  # asked once, not again on closing
    assert not dialog.isVisible() and not window.isVisible()


def test_ctrl_q_with_nothing_chosen_quits_without_asking(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    asked = _asked(monkeypatch, close=False)
    _ctrl_q(qtbot, dialog)
    assert asked == []
    assert not dialog.isVisible() and not window.isVisible()
