"""Quitting Steady (Ctrl+Q, or closing the main window) while "Prepare packet" is open with the
owner's choices in it asks first, as closing that window does: nothing chosen is lost unasked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
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
    for words in ("You will regret this.", "I know where you park."):
        services.contacts.log(customer_id, inbound(words, AT, summary="Threat"))
    window.refresh_customers()
    window.select_customer(customer_id)
    tools = next(t for t in window.customer_tools if isinstance(t, PacketTools))
    tools.prepare()
    [dialog] = tools.dialogs
    qtbot.waitUntil(lambda: dialog.made is not None and dialog._worker is None, timeout=60000)
    return dialog


def test_quitting_asks_before_the_packet_choices_are_lost(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    dialog.purpose.setText("For our solicitor")
    dialog.redactions.add(Redaction("Elm Lane", None, "home address"))
    first = dialog.chooser.tree.topLevelItem(0)
    dialog.chooser.set_included(int(first.data(0, 256)), False)
    asked = _asked(monkeypatch, close=False)
    window.quit_action.trigger()  # Ctrl+Q
    assert asked == [["the purpose", "1 redaction", "the contacts you left out"]]
    assert window.isVisible() and dialog.isVisible()
    assert dialog.purpose.text() == "For our solicitor"
    window.close()  # the window's own close button
    assert len(asked) == 2 and window.isVisible() and dialog.isVisible()
    asked = _asked(monkeypatch, close=True)
    window.quit_action.trigger()
    assert asked and not window.isVisible()


def test_quitting_with_nothing_chosen_in_the_packet_does_not_ask(
    qtbot: QtBot, window: MainWindow, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _packet_open(qtbot, window, customer_id)
    asked = _asked(monkeypatch, close=False)
    window.quit_action.trigger()
    assert asked == [] and not window.isVisible()
    assert not dialog.isVisible()
