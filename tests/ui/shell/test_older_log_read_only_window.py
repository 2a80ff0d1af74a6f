"""An older Steady's log on a read-only drive: the window's thread keeps running while its copy
in memory is brought up to date, and the owner sees that Steady is working."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.shell.older_log_progress
from app.application import open_services
from app.core.errors import StorageError
from storage.migrations import migrations
from tests.storage.test_older_logs import OLDER, _unpacked
from ui.shell.launch import open_window
from ui.shell.older_log_progress import run_showing_progress


@pytest.fixture
def older_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    return _unpacked(OLDER[0], tmp_path)


def _changes_run(monkeypatch: pytest.MonkeyPatch, also: Any = None) -> list[tuple[Any, Any]]:
    """Each time the log's changes are applied: the database and the thread they ran on."""
    runs: list[tuple[Any, Any]] = []
    apply = migrations.apply

    def recorded(db: Any) -> None:
        runs.append((db, threading.current_thread()))
        if also is not None:
            also(db)
        apply(db)

    monkeypatch.setattr(migrations, "apply", recorded)
    return runs


def _open(qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = open_window(
        path,
        demo_path=path.parent / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        explicit=True,
    )
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_the_copy_is_brought_up_to_date_off_the_window_thread(  # type: ignore[no-untyped-def]
    qtbot, older_log: Path, monkeypatch
) -> None:
    before = older_log.read_bytes()
    runs = _changes_run(monkeypatch)
    window = _open(qtbot, older_log)
    try:
        threads = [thread for db, thread in runs if db is window.services.store.db]
        assert threads and threading.main_thread() not in threads
        assert window.services.store.read_only
        assert window.services.customers.count() == 4
        assert window.page.name_label.text()  # the first customer's log is shown
        assert window.services.verify().ok
    finally:
        window.services.close()
    assert older_log.read_bytes() == before


def test_the_owner_sees_steady_working_while_the_window_thread_runs_on(  # type: ignore[no-untyped-def]
    qtbot, older_log: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ui.shell.older_log_progress, "SHOWN_AFTER_MS", 0)
    seen: list[str] = []
    go_on = threading.Event()

    def look() -> None:
        """Runs on the window's thread, only while it is free during the changes."""
        shown = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.objectName() == "older_log_progress" and widget.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, look)
            return
        seen.append(shown[0].labelText())  # type: ignore[attr-defined]
        go_on.set()

    def held(db: Any) -> None:
        if db.path == "":  # the log's copy, not the layout Steady compares it with
            go_on.wait(30)

    _changes_run(monkeypatch, also=held)
    QTimer.singleShot(0, look)
    window = _open(qtbot, older_log)
    try:
        assert go_on.is_set() and seen
        assert "Opening steady.db. It was made by an older Steady" in seen[-1]
        assert "The file itself is not changed." in seen[-1]
        assert window.services.customers.count() == 4
        assert not [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.objectName() == "older_log_progress" and widget.isVisible()
        ]
    finally:
        window.services.close()


def test_changes_that_fail_say_why_and_leave_the_file_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, older_log: Path, monkeypatch
) -> None:
    """What failed on the worker's thread reaches the opening, which says so plainly instead
    of reading a file that lacks the tables every screen reads (the window failed half built)."""

    def broken(db: Any) -> None:
        raise RuntimeError("a change that does not fit this file")

    before = older_log.read_bytes()
    _changes_run(monkeypatch, also=broken)
    with pytest.raises(StorageError) as raised:
        open_services(older_log, aside=lambda work: run_showing_progress(work, older_log, None))
    said = str(raised.value)
    assert "made by an earlier version of Steady" in said
    assert "a change that does not fit this file" in said
    assert "Copy the file to a folder you can write to" in said
    assert older_log.read_bytes() == before

    told: list[str] = []
    monkeypatch.setattr(
        "ui.shell.log_files._say_cannot", lambda _parent, _title, text: told.append(text)
    )
    window = open_window(
        older_log,
        demo_path=older_log.parent / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        explicit=True,
    )
    assert window is None
    assert told and "Copy the file to a folder you can write to" in told[0]
