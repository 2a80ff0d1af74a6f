"""Another program's SQLite file is refused, never turned into a log: not a byte written."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from app.application import open_services
from app.core.errors import StorageError
from tests.app.cli.test_cli import steady
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell import first_run
from ui.shell.first_run import FirstRunChoice
from ui.shell.launch import open_window


def _browser_history(path: Path, *, read_only: bool = False) -> bytes:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    connection.close()
    if read_only:
        os.chmod(path, stat.S_IRUSR)
    return path.read_bytes()


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("read_only", [False, True])
def test_open_log_refuses_another_programs_file_and_writes_nothing(
    qtbot, monkeypatch, tmp_path: Path, message_boxes: MessageBoxes, read_only: bool
) -> None:
    other = tmp_path / "elsewhere" / "places.db"
    other.parent.mkdir()
    before = _browser_history(other, read_only=read_only)
    monkeypatch.setattr(first_run, "ask_first_run", lambda: FirstRunChoice.OWN_LOG)
    state = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    window = open_window(
        tmp_path / "data" / "steady.db",
        demo_path=tmp_path / "data" / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        ui_state=state,
    )
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.log_menu.open_action.trigger()  # type: ignore[attr-defined]
    said = message_boxes.texts("critical")
    assert len(said) == 1
    assert "places.db is not a Steady log" in said[0]
    assert "nothing was written to it" in said[0]
    logs = window.log_menu.logs  # type: ignore[attr-defined]
    assert logs.window is window
    assert other.read_bytes() == before
    assert _beside(other) == ["places.db"]
    logs.close()


def test_the_command_line_refuses_another_programs_file(tmp_path: Path) -> None:
    other = tmp_path / "places.db"
    before = _browser_history(other)
    shown = steady(other, "customer", "list")
    assert shown.returncode == 1
    assert "places.db is not a Steady log" in shown.stderr
    assert "Traceback" not in shown.stderr
    assert other.read_bytes() == before
    assert _beside(other) == ["places.db"]


def test_a_read_only_file_of_another_program_is_refused_without_a_traceback(
    tmp_path: Path,
) -> None:
    other = tmp_path / "places.db"
    _browser_history(other, read_only=True)
    shown = steady(other, "customer", "list")
    assert shown.returncode == 1
    assert "places.db is not a Steady log" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_an_empty_file_still_becomes_a_new_log(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    sqlite3.connect(fresh).close()
    services = open_services(fresh)
    try:
        assert services.customers.count() == 0
    finally:
        services.close()


def test_another_programs_sqlite_utils_file_is_refused_too(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as connection:
        connection.execute(
            "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, "
            "name TEXT, applied_at TEXT)"
        )
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name) VALUES ('notes', 'm001')"
        )
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.close()
    before = other.read_bytes()
    with pytest.raises(StorageError, match="is not a Steady log"):
        open_services(other)
    assert other.read_bytes() == before
    assert _beside(other) == ["notes.db"]
