"""Settings say whose they are, and a profile typed in the demo is offered to the owner's own
log when they start it, never carried over (nor left behind) without a word."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.application import open_services
from ui.shell import messages
from ui.shell.log_files import LogPlaces, OpenLog
from ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def logs(tmp_path: Path):  # type: ignore[no-untyped-def]
    places = LogPlaces(tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db")
    opened = OpenLog(places, open_services)
    yield opened
    opened.close()


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, title: str, question: str, *args: object, **kw: object) -> bool:
        asked.append(question)
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def _type_in_demo(qtbot, logs: OpenLog) -> None:  # type: ignore[no-untyped-def]
    demo = logs.open(logs.places.demo, True)
    assert demo is not None
    qtbot.addWidget(demo)
    dialog = SettingsDialog(demo.services, demo)
    assert dialog.windowTitle() == "Settings — the demo"
    assert dialog.whose.text().startswith("These are the demo's settings")
    # What it promises is what happens: offered to a new log, not to one that already exists.
    assert "a log you already have keeps its own" in dialog.whose.text()
    dialog.editors["business_name"].edit.setText("Mia's Bakery")  # type: ignore[attr-defined]
    dialog.editors["owner_name"].edit.setText("Mia Lopez")  # type: ignore[attr-defined]
    dialog.editors["hourly_rate"].edit.setText("35")  # type: ignore[attr-defined]
    dialog.editors["currency"].box.setCurrentText("EUR")  # type: ignore[attr-defined]
    dialog.save()


def test_the_demo_profile_is_offered_and_taken(qtbot, monkeypatch, logs: OpenLog) -> None:
    _type_in_demo(qtbot, logs)
    asked = _answer(monkeypatch, True)
    own = logs.switch_to_own()
    assert own is not None and not own.services.is_demo
    qtbot.addWidget(own)
    assert len(asked) == 1
    assert "Business name: Mia's Bakery" in asked[0] and "Your name: Mia Lopez" in asked[0]
    assert "Currency: EUR" in asked[0]
    assert "Larkspur" not in asked[0]  # the demo business's own details stay in the demo
    settings = own.services.settings
    assert (settings.text("business_name"), settings.text("owner_name")) == (
        "Mia's Bakery",
        "Mia Lopez",
    )
    assert settings.hourly_rate == Decimal("35.00") and settings.text("currency") == "EUR"
    assert settings.text("business_address") == ""  # the demo's address was not the owner's
    assert own.statusBar().currentMessage() == "Your settings from the demo are now your log's."
    dialog = SettingsDialog(own.services, own)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings — steady.db"
    assert str(logs.places.own) in dialog.whose.text()


def test_said_no_the_own_log_starts_empty(qtbot, monkeypatch, logs: OpenLog) -> None:
    _type_in_demo(qtbot, logs)
    asked = _answer(monkeypatch, False)
    own = logs.switch_to_own()
    assert own is not None
    qtbot.addWidget(own)
    assert len(asked) == 1 and own.services.settings.text("business_name") == ""


def test_nothing_typed_nothing_asked_and_an_existing_log_is_left_alone(
    qtbot, monkeypatch, logs: OpenLog
) -> None:
    existing = open_services(logs.places.own)
    existing.settings.update({"business_name": "Already Mine Ltd"})
    existing.close()
    _type_in_demo(qtbot, logs)
    asked = _answer(monkeypatch, True)
    own = logs.switch_to_own()
    assert own is not None
    qtbot.addWidget(own)
    assert asked == [] and own.services.settings.text("business_name") == "Already Mine Ltd"


def test_a_demo_left_as_it_came_asks_nothing(qtbot, monkeypatch, logs: OpenLog) -> None:
    demo = logs.open(logs.places.demo, True)
    assert demo is not None
    qtbot.addWidget(demo)
    asked = _answer(monkeypatch, True)
    own = logs.switch_to_own()
    assert own is not None
    qtbot.addWidget(own)
    assert asked == [] and own.services.settings.text("business_name") == ""
