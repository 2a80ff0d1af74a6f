"""Never stuck in the demo: the choice at every start, File › New/Open/Switch, the last log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell import first_run
from ui.shell.first_run import FirstRunChoice, FirstRunDialog
from ui.shell.launch import open_window
from ui.shell.main_window import MainWindow


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db"


@pytest.fixture
def state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


def _answer(monkeypatch: pytest.MonkeyPatch, choice: FirstRunChoice | None) -> list[str]:
    asked: list[str] = []

    def ask() -> FirstRunChoice | None:
        asked.append("asked")
        return choice

    monkeypatch.setattr(first_run, "ask_first_run", ask)
    return asked


def _start(qtbot, places, state, **options) -> MainWindow | None:
    own, demo = places
    window = open_window(
        own,
        demo_path=demo,
        open_services=open_services,
        start_with_demo=False,
        ui_state=state,
        **options,
    )
    if window is not None:
        qtbot.addWidget(window)
        window.show()
    return window


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.file_menu.actions() if action.text()]


def _close(window: MainWindow) -> None:
    window.log_menu.logs.close()  # type: ignore[attr-defined]


def test_the_choice_is_offered_on_every_start_without_an_own_log(
    qtbot, monkeypatch, places, state
) -> None:
    asked = _answer(monkeypatch, FirstRunChoice.DEMO)
    for _ in range(2):
        window = _start(qtbot, places, state)
        assert window is not None and window.services.is_demo
        window.close()
        _close(window)
    assert asked == ["asked", "asked"]
    assert not places[0].exists()


def test_the_welcome_names_no_command_line_flag(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "--" not in text and "File menu" in text


def test_switching_from_the_demo_to_my_log_and_back(
    qtbot, monkeypatch, places, state, message_boxes: MessageBoxes
) -> None:
    _answer(monkeypatch, FirstRunChoice.DEMO)
    demo = _start(qtbot, places, state)
    assert demo is not None
    assert "Switch to my log" in _menu_texts(demo)
    assert {"New log…", "Open log…"} <= set(_menu_texts(demo))
    logs = demo.log_menu.logs  # type: ignore[attr-defined]
    demo.log_menu.switch_action.trigger()  # type: ignore[attr-defined]
    mine = logs.window
    qtbot.addWidget(mine)
    assert mine is not demo and not mine.services.is_demo
    assert places[0].exists()
    assert not demo.isVisible() and mine.isVisible()
    assert "Switch to the demo" in _menu_texts(mine)
    mine.log_menu.switch_action.trigger()  # type: ignore[attr-defined]
    assert logs.window.services.is_demo
    qtbot.addWidget(logs.window)
    logs.close()


def test_the_demo_banner_leads_to_my_log(qtbot, monkeypatch, places, state) -> None:
    _answer(monkeypatch, FirstRunChoice.DEMO)
    demo = _start(qtbot, places, state)
    assert "Switch to my log" in demo.demo_banner.text()
    demo.demo_banner.linkActivated.emit("own")
    logs = demo.log_menu.logs  # type: ignore[attr-defined]
    qtbot.addWidget(logs.window)
    assert not logs.window.services.is_demo
    logs.close()


def test_my_log_opens_next_time_without_asking(qtbot, monkeypatch, places, state) -> None:
    _answer(monkeypatch, FirstRunChoice.OWN_LOG)
    window = _start(qtbot, places, state)
    window.services.customers.add(Customer(name="Pat Example"))
    window.close()
    _close(window)
    asked = _answer(monkeypatch, FirstRunChoice.DEMO)
    again = _start(qtbot, places, state)
    assert asked == [] and not again.services.is_demo
    assert again.services.customers.count() == 1
    _close(again)


def test_a_log_opened_from_the_menu_is_the_one_reopened(
    qtbot, monkeypatch, places, state, tmp_path
) -> None:
    other = tmp_path / "elsewhere" / "shop.db"
    other.parent.mkdir()
    created = open_services(other)
    created.customers.add(Customer(name="Victor Vexed"))
    created.close()
    _answer(monkeypatch, FirstRunChoice.OWN_LOG)
    window = _start(qtbot, places, state)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.log_menu.open_action.trigger()  # type: ignore[attr-defined]
    logs = window.log_menu.logs  # type: ignore[attr-defined]
    qtbot.addWidget(logs.window)
    assert logs.window.windowTitle().endswith("shop.db")
    logs.window.close()
    logs.close()
    asked = _answer(monkeypatch, None)
    again = _start(qtbot, places, state)
    assert asked == []
    assert Path(again.services.store.path) == other
    _close(again)


def test_new_log_starts_an_empty_log_in_the_chosen_file(
    qtbot, monkeypatch, places, state, tmp_path
) -> None:
    _answer(monkeypatch, FirstRunChoice.DEMO)
    window = _start(qtbot, places, state)
    target = tmp_path / "second shop"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.log_menu.new_action.trigger()  # type: ignore[attr-defined]
    logs = window.log_menu.logs  # type: ignore[attr-defined]
    qtbot.addWidget(logs.window)
    assert Path(logs.window.services.store.path) == target.with_suffix(".db")
    assert logs.window.services.customers.count() == 0
    assert logs.window.right.currentWidget() is logs.window.empty_state
    logs.close()


def test_new_log_on_an_existing_file_opens_it_only_when_asked(
    qtbot, monkeypatch, places, state, message_boxes: MessageBoxes
) -> None:
    _answer(monkeypatch, FirstRunChoice.OWN_LOG)
    window = _start(qtbot, places, state)
    window.services.customers.add(Customer(name="Pat Example"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(places[0]), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    window.log_menu.new_action.trigger()  # type: ignore[attr-defined]
    assert window.log_menu.logs.window is window  # type: ignore[attr-defined]
    assert window.services.customers.count() == 1
    _close(window)


def test_an_explicit_file_opens_as_given(qtbot, monkeypatch, places, state, tmp_path) -> None:
    asked = _answer(monkeypatch, FirstRunChoice.DEMO)
    own, demo = tmp_path / "given.db", places[1]
    window = open_window(
        own, demo_path=demo, open_services=open_services, start_with_demo=False, explicit=True
    )
    qtbot.addWidget(window)
    assert asked == [] and Path(window.services.store.path) == own
    _close(window)
