"""Quitting Steady (Ctrl+Q, or closing the main window) while "Prepare packet" is open with the
owner's choices in it asks first, as closing that window does: nothing chosen is lost unasked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.packets.data import Redaction
from tests.helpers.ui_fixtures import asked_before_closing, packet_open
from ui.packets.packet_dialog import PacketDialog
from ui.shell.main_window import MainWindow


def _packet_open(qtbot: QtBot, window: MainWindow, customer_id: int) -> PacketDialog:
    return packet_open(
        qtbot, window, customer_id, "You will regret this.", "I know where you park."
    )


def test_quitting_asks_before_the_packet_choices_are_lost(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    dialog.purpose.setText("For our solicitor")
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    first = dialog.chooser.tree.topLevelItem(0)
    dialog.chooser.set_included(int(first.data(0, 256)), False)
    asked = asked_before_closing(monkeypatch, close=False)
    window.quit_action.trigger()  # Ctrl+Q
    assert asked == [["the purpose", "1 redaction", "the contacts you left out"]]
    assert window.isVisible() and dialog.isVisible()
    assert dialog.purpose.text() == "For our solicitor"
    window.close()  # the window's own close button
    assert len(asked) == 2 and window.isVisible() and dialog.isVisible()
    asked = asked_before_closing(monkeypatch, close=True)
    window.quit_action.trigger()
    assert asked and not window.isVisible()


def test_quitting_with_nothing_chosen_in_the_packet_does_not_ask(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    asked = asked_before_closing(monkeypatch, close=False)
    window.quit_action.trigger()
    assert asked == [] and not window.isVisible()
    assert not dialog.isVisible()
