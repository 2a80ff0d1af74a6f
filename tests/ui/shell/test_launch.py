"""Starting Steady: the first-run choice, the demo, an existing log, a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell import first_run
from ui.shell.first_run import FirstRunChoice, FirstRunDialog
from ui.shell.launch import open_window


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db"


def _choose(monkeypatch: pytest.MonkeyPatch, choice: FirstRunChoice | None) -> list[str]:
    asked: list[str] = []

    def ask() -> FirstRunChoice | None:
        asked.append("asked")
        return choice

    monkeypatch.setattr(first_run, "ask_first_run", ask)
    return asked


def _open(qtbot, paths: tuple[Path, Path], start_with_demo: bool = False):
    own, demo = paths
    window = open_window(
        own, demo_path=demo, open_services=open_services, start_with_demo=start_with_demo
    )
    if window is not None:
        qtbot.addWidget(window)
    return window


def test_first_run_demo_fills_the_demo_and_shows_a_customer(qtbot, monkeypatch, paths) -> None:
    asked = _choose(monkeypatch, FirstRunChoice.DEMO)
    window = _open(qtbot, paths)
    try:
        assert asked == ["asked"]
        assert not paths[0].exists()
        assert window.services.is_demo and window.services.customers.count() == 4
        assert window.demo_banner.isVisibleTo(window)
        assert window.current_customer() is not None
        assert window.page.name_label.text() == window.customer_list.model.index(0, 0).data()
    finally:
        window.services.close()


def test_first_run_own_log_starts_empty(qtbot, monkeypatch, paths) -> None:
    _choose(monkeypatch, FirstRunChoice.OWN_LOG)
    window = _open(qtbot, paths)
    try:
        assert paths[0].exists() and not paths[1].exists()
        assert window.services.customers.count() == 0
        assert window.right.currentWidget() is window.empty_state
    finally:
        window.services.close()


def test_closing_the_first_run_question_creates_nothing(qtbot, monkeypatch, paths) -> None:
    _choose(monkeypatch, None)
    assert _open(qtbot, paths) is None
    assert not paths[0].exists() and not paths[1].exists()


def test_an_existing_log_opens_without_asking(qtbot, monkeypatch, paths) -> None:
    paths[0].parent.mkdir(parents=True)
    existing = open_services(paths[0])
    existing.customers.add(Customer(name="Pat Example"))
    existing.close()
    asked = _choose(monkeypatch, FirstRunChoice.DEMO)
    window = _open(qtbot, paths)
    try:
        assert asked == []
        assert window.page.name_label.text() == "Pat Example"
    finally:
        window.services.close()


def test_a_damaged_file_is_explained(
    qtbot, monkeypatch, paths, message_boxes: MessageBoxes
) -> None:
    paths[0].parent.mkdir(parents=True)
    paths[0].write_bytes(b"this is not a database at all" * 100)
    assert _open(qtbot, paths) is None
    assert "not a readable Steady database" in message_boxes.texts("critical")[0]


def test_first_run_dialog_buttons(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.choice is FirstRunChoice.DEMO
    dialog.own_button.click()
    assert dialog.choice is FirstRunChoice.OWN_LOG


def test_a_log_whose_ledger_was_removed_is_explained_not_crashed(
    qtbot, monkeypatch, paths, message_boxes: MessageBoxes
) -> None:
    import sqlite3

    paths[0].parent.mkdir(parents=True)
    existing = open_services(paths[0])
    existing.customers.add(Customer(name="Pat Example"))
    existing.close()
    conn = sqlite3.connect(paths[0])
    conn.execute("DROP TABLE ledger")
    conn.commit()
    conn.close()
    assert _open(qtbot, paths) is None
    (shown,) = message_boxes.texts("critical")
    assert shown.startswith("The log does NOT verify: the table “ledger” is missing")
    assert "Keep this file as it is" in shown
    assert "Everything you had saved is safe" not in shown
