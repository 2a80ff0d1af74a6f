"""The log last used is on a USB stick that is not plugged in: Steady names it, offers to try
again, open another or the demo, and keeps it as the owner's log until they choose another."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.application import open_services
from app.core.domain import Customer
from ui.shell import first_run, missing_log
from ui.shell.launch import open_window
from ui.shell.log_files import LAST_LOG_KEY
from ui.shell.main_window import MainWindow
from ui.shell.missing_log import MissingLogChoice, MissingLogDialog


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db"


@pytest.fixture
def state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def stick(tmp_path: Path, state: QSettings) -> Path:
    """The owner's log, opened from a stick once, then the stick pulled."""
    log = tmp_path / "STICK" / "shop.db"
    log.parent.mkdir()
    services = open_services(log)
    services.customers.add(Customer(name="Tasha Morrow"))
    services.close()
    state.setValue(LAST_LOG_KEY, str(log))
    shutil.move(log.parent, log.parent.with_name("pulled-out"))
    return log


def _answers(monkeypatch: pytest.MonkeyPatch, *choices: MissingLogChoice | None) -> list[str]:
    asked: list[str] = []
    queue = list(choices)

    def ask(path: Path, parent=None, *, offer_demo: bool = True) -> MissingLogChoice | None:
        asked.append(missing_log.missing_log_text(path))
        return queue.pop(0)

    def never() -> None:
        raise AssertionError("the owner was greeted as someone new")

    monkeypatch.setattr(missing_log, "ask_missing_log", ask)
    monkeypatch.setattr(first_run, "ask_first_run", never)
    return asked


def _start(qtbot, places, state) -> MainWindow | None:
    own, demo = places
    window = open_window(
        own, demo_path=demo, open_services=open_services, start_with_demo=False, ui_state=state
    )
    if window is not None:
        qtbot.addWidget(window)
    return window


def test_the_missing_log_is_named_not_a_welcome(qtbot, monkeypatch, places, state, stick) -> None:
    asked = _answers(monkeypatch, None)
    assert _start(qtbot, places, state) is None
    assert asked == [
        f"Your log on {stick} is not there (a USB stick or a drive not plugged in?). Plug it "
        "in and try again, open another log, or explore the demo. Steady keeps this log as "
        "yours until you open another one."
    ]
    assert not places[0].exists()  # no empty log made in its place
    assert state.value(LAST_LOG_KEY) == str(stick)


def test_an_older_log_at_the_default_place_is_not_opened_silently(
    qtbot, monkeypatch, places, state, stick
) -> None:
    places[0].parent.mkdir(parents=True)
    open_services(places[0]).close()
    asked = _answers(monkeypatch, None)
    assert _start(qtbot, places, state) is None
    assert len(asked) == 1


def test_plugged_in_and_try_again_opens_it(qtbot, monkeypatch, places, state, stick) -> None:
    def plug_in(path: Path, parent=None, *, offer_demo: bool = True) -> MissingLogChoice:
        shutil.move(stick.parent.with_name("pulled-out"), stick.parent)
        return MissingLogChoice.TRY_AGAIN

    monkeypatch.setattr(missing_log, "ask_missing_log", plug_in)
    window = _start(qtbot, places, state)
    assert window is not None and Path(window.services.store.path) == stick
    assert window.services.customers.count() == 1
    window.log_menu.logs.close()  # type: ignore[attr-defined]


def test_the_demo_meanwhile_keeps_the_stick_as_my_log(
    qtbot, monkeypatch, places, state, stick
) -> None:
    _answers(monkeypatch, MissingLogChoice.DEMO, None)
    demo = _start(qtbot, places, state)
    assert demo is not None and demo.services.is_demo
    assert state.value(LAST_LOG_KEY) == str(stick)
    # Switch to my log, the stick still out: asked again, nothing created, still the demo.
    logs = demo.log_menu.logs  # type: ignore[attr-defined]
    demo.log_menu.switch_action.trigger()  # type: ignore[attr-defined]
    assert logs.window is demo and not places[0].exists()
    assert state.value(LAST_LOG_KEY) == str(stick)
    logs.close()


def test_the_dialog_shows_the_path_as_plain_text(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "<b>stick</b>" / "shop.db"
    dialog = MissingLogDialog(path, offer_demo=True)
    qtbot.addWidget(dialog)
    assert str(path) in dialog.text.text()
    assert dialog.text.textFormat().name == "PlainText"
    assert [dialog.again_button.text(), dialog.another_button.text()] == [
        "Try again",
        "Open another log…",
    ]
    assert dialog.again_button.isDefault()
