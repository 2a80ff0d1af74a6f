"""Fixtures for the window: a main window on a fresh database, message boxes recorded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import Services
from tests.helpers.fixtures import inbound
from ui.shell.collector import collect_due, collect_on_this_thread
from ui.shell.main_window import MainWindow
from ui.shell.status_colours import keep_boxes_visible
from ui.shell.steady_window import steady_window

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.packets.packet_dialog import PacketDialog


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_window_thread(qapp: object) -> Iterator[None]:
    """As in the running program: garbage holding Qt objects is never freed on a worker."""
    collector = collect_on_this_thread(qapp)  # type: ignore[arg-type]
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _boxes_visible_in_dark_mode(qapp: object) -> Iterator[None]:
    """As in the running program (ui/shell/launch.py): a dark palette draws every window's tick
    boxes so that an empty one shows. It changes nothing while the palette is light."""
    kept = keep_boxes_visible(qapp)  # type: ignore[arg-type]
    yield
    kept.deleteLater()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Tests that never run the event loop still have their garbage collected, here."""
    yield
    collect_due()


@dataclass
class MessageBoxes:
    """Every message box a test would have seen; offscreen a real one would wait forever."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer_yes: bool = True

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.shown if kind is None or k == kind]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def record(kind: str) -> object:
        def show(_parent: object, title: str, text: str, *args: object) -> object:
            boxes.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))

    def confirm(
        _parent: object, title: str, question: str, _yes: str, _no: str, **_how: object
    ) -> bool:
        boxes.shown.append(("confirm", title, question))
        return boxes.answer_yes

    monkeypatch.setattr("ui.log.contact_dialog.confirm", confirm)
    monkeypatch.setattr("ui.log.contact_view.confirm", confirm)
    monkeypatch.setattr("ui.log.evidence_list.confirm", confirm)
    monkeypatch.setattr("ui.log.forward_answer.confirm", confirm)
    monkeypatch.setattr("ui.shell.messages.confirm", confirm)  # "Discard what you typed?"
    return boxes


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: object, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> Iterator[MainWindow]:
    main = steady_window(services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    yield main
    if main.dialog is not None:
        main.dialog.close()


@pytest.fixture
def demo_window(
    qtbot: object, demo_services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> Iterator[MainWindow]:
    """The main window on the demo database, as a new user first sees it."""
    main = steady_window(demo_services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    yield main
    if main.dialog is not None:
        main.dialog.close()


def asked_before_closing(monkeypatch: pytest.MonkeyPatch, close: bool) -> list[list[str]]:
    """Answers Prepare packet's "lose your choices?" question with close, recording each ask."""
    import ui.packets.packet_closing

    asked: list[list[str]] = []

    def ask(_parent: object, typed: list[str]) -> bool:
        asked.append(typed)
        return close

    monkeypatch.setattr(ui.packets.packet_closing, "ask_before_closing", ask)
    return asked


def packet_open(qtbot: QtBot, window: MainWindow, customer_id: int, *threats: str) -> PacketDialog:
    """Prepare packet opened from the window on a customer whose log holds these threats."""
    from ui.log.customer_tools import PacketTools

    at = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
    for words in threats:
        window.services.contacts.log(customer_id, inbound(words, at, summary="Threat"))
    window.refresh_customers()
    window.select_customer(customer_id)
    tools = next(t for t in window.customer_tools if isinstance(t, PacketTools))
    tools.prepare()
    [dialog] = tools.dialogs
    qtbot.waitUntil(lambda: dialog.made is not None and dialog._worker is None, timeout=60000)
    return dialog


def window_with_drafts(qtbot: QtBot, services: Services, folder: Path) -> MainWindow:
    """Steady started as the owner starts it, keeping what is typed in this drafts folder."""
    window = steady_window(services, drafts_folder=folder)
    qtbot.addWidget(window)
    window.show()
    return window


def recovery_answered_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Says yes to each "reopen what you were typing?" question, recording its text."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object, **how: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("ui.log.draft_recovery.confirm", yes)
    return asked


def shown_active(qtbot: QtBot, window: QWidget) -> None:
    """The window on screen with the keyboard in it, as the owner has it when typing."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
