"""Workers reopening an older Steady's log on a read-only drive read the copy the window's
opening brought up to date, instead of bringing the file up to date once each."""

from __future__ import annotations

import gc
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import storage.older_read_only as older_read_only
from app.application import open_services
from app.services import Services
from storage.migrations import migrations, steady_columns
from tests.storage.test_older_logs import OLDER, _unpacked


@pytest.fixture
def older_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    folder = tmp_path / "drive"
    folder.mkdir()
    return _unpacked(OLDER[0], folder)


@pytest.fixture
def upgrades(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of each time a log is brought up to date."""
    steady_columns()  # today's layout, made once per run: not a log brought up to date
    runs: list[threading.Thread] = []
    apply = migrations.apply

    def counted(db: Any) -> None:
        runs.append(threading.current_thread())
        apply(db)

    monkeypatch.setattr(migrations, "apply", counted)
    return runs


def _on_a_thread(work: Callable[[], None]) -> None:
    """What the window's `aside` does: the work on another thread, waited for."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]


def _reopened_on_a_thread(services: Services, read: Callable[[Services], Any]) -> Any:
    """Reopen as a worker does, read on the worker's thread, close."""
    seen: list[Any] = []

    def work() -> None:
        worker = services.reopen()
        try:
            seen.append(read(worker))
        finally:
            worker.close()

    _on_a_thread(work)
    return seen[0]


def _add_customer(path: Path, name: str) -> None:
    """Another program that can write to the shared folder adds a customer."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)",
            [name, "2026-11-27T10:00:00+00:00", "2026-11-27T10:00:00+00:00"],
        )
    conn.close()


def test_workers_read_the_copy_the_window_brought_up_to_date(
    older_log: Path, upgrades: list[threading.Thread]
) -> None:
    before = older_log.read_bytes()
    changed_at = os.stat(older_log).st_mtime_ns
    window = open_services(older_log, aside=_on_a_thread)
    try:
        assert len(upgrades) == 1 and upgrades[0] is not threading.main_thread()
        for _ in range(3):  # the assessment, a search, a packet
            count, hits, ok = _reopened_on_a_thread(
                window,
                lambda worker: (
                    worker.customers.count(),
                    len(worker.search("refund")),
                    worker.verify().ok,
                ),
            )
            assert (count, ok) == (4, True) and hits
        worker = window.reopen()  # and on the window's own thread
        assert worker.read_only and worker.customers.count() == 4
        worker.close()
        assert len(upgrades) == 1
        assert window.customers.count() == 4 and window.verify().ok
    finally:
        window.close()
    assert older_log.read_bytes() == before
    assert os.stat(older_log).st_mtime_ns == changed_at


def test_a_change_to_the_file_while_open_reaches_the_next_workers(
    older_log: Path, upgrades: list[threading.Thread]
) -> None:
    """The window reads what it opened, as before; the next worker sees the file changed and
    brings it up to date again, and the workers after it read that copy."""
    window = open_services(older_log)
    try:
        _add_customer(older_log, "Patience Newcomer")
        names = _reopened_on_a_thread(
            window, lambda worker: [customer.name for customer in worker.customers.page(0, 10)]
        )
        assert "Patience Newcomer" in names and len(names) == 5
        assert len(upgrades) == 2
        assert _reopened_on_a_thread(window, lambda worker: worker.customers.count()) == 5
        assert len(upgrades) == 2
        assert window.customers.count() == 4
    finally:
        window.close()


def test_the_copy_is_in_memory_only_and_let_go_with_its_last_reader(
    older_log: Path, tmp_path: Path, upgrades: list[threading.Thread]
) -> None:
    def files() -> set[str]:
        return {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()}

    window = open_services(older_log)
    try:
        before = files()
        worker = window.reopen()
        try:
            # The worker's connection reads a database in memory, not a file anywhere.
            names = [row[2] for row in worker.store.db.execute("PRAGMA database_list")]
            assert not any(os.path.isabs(name) for name in names)
            assert worker.customers.count() == 4
        finally:
            worker.close()
        assert files() == before
    finally:
        window.close()
    gc.collect()
    assert older_read_only._kept == {}
    # Once every reader is gone, the next opening brings the file up to date again.
    open_services(older_log).close()
    assert len(upgrades) == 2


def test_a_log_with_nothing_to_bring_up_to_date_is_read_from_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    path = tmp_path / "steady.db"
    open_services(path).close()
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    window = open_services(path)
    try:
        worker = window.reopen()
        assert [row[2] for row in worker.store.db.execute("PRAGMA database_list")] == [str(path)]
        worker.close()
        assert str(path) not in older_read_only._kept
    finally:
        window.close()


def test_a_change_still_in_the_write_ahead_log_reaches_the_next_worker(
    older_log: Path, upgrades: list[threading.Thread]
) -> None:
    """Another program with the log open keeps its change in the -wal beside the file, which
    is not written until it checkpoints."""
    window = open_services(older_log)
    writer = sqlite3.connect(older_log)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        before = older_log.read_bytes()
        with writer:
            writer.execute(
                "INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)",
                ["Patience Newcomer", "2026-11-27T10:00:00+00:00", "2026-11-27T10:00:00+00:00"],
            )
        assert older_log.read_bytes() == before  # the change is in the -wal only
        assert _reopened_on_a_thread(window, lambda worker: worker.customers.count()) == 5
        assert len(upgrades) == 2
    finally:
        writer.close()
        window.close()
