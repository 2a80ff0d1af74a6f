"""A daily backup that could not be taken because the Backup folder's disk is full: the
command line says so in its own words, and the command goes on."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import storage.database
from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, tzinfo=UTC)


def _log(db_path: Path) -> None:
    services = open_services(db_path)
    customer_id = services.customers.add(Customer(name="Gordon Pryce"))
    services.contacts.log(customer_id, inbound("You will regret this.", AT), [])
    services.close()


def _contacts(db_path: Path) -> list[str]:
    services = open_services(db_path)
    try:
        return [c.details.text for c in services.contacts.page_for_customer(1, 0, 100)]
    finally:
        services.close()


@pytest.fixture
def full_backup_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    _fill_backup_disk(monkeypatch)


def _fill_backup_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk the backups go to fills after two pages; the log's own disk has room."""
    real_connect = storage.database.connect

    def backup_disk(path: str, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(path, *args, **kwargs)
        if path.endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(storage.database, "connect", backup_disk)


@pytest.mark.usefixtures("full_backup_disk")
def test_a_full_backup_disk_is_one_line_that_says_the_log_is_fine(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path)
    argv = ["--db", str(db_path), "log", "--customer", "1", "--channel", "phone"]
    assert main([*argv, "--text", "He called again, shouting"]) == 0
    captured = capsys.readouterr()
    folder = db_path.parent / "Steady backups"
    assert captured.err == (
        f"steady: today's backup was not taken: the disk of {folder} is full; your log is "
        "fine. Free some space there, or choose another Backup folder in Settings.\n"
    )
    assert "nothing was saved" not in captured.err
    assert captured.out == "2\n"
    assert "He called again, shouting" in _contacts(db_path)
    assert not [name for name in os.listdir(folder) if name.endswith(".db")]


def test_a_full_disk_met_while_the_copy_is_put_in_place_reads_the_same(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _log(db_path)
    real_replace = os.replace

    def no_room(source: str, target: str) -> None:
        if str(source).endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(storage.database.os, "replace", no_room)
    assert main(["--db", str(db_path), "customer", "list"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(
        f"steady: today's backup was not taken: the disk of {db_path.parent / 'Steady backups'}"
        " is full; your log is fine."
    )


def test_the_windows_banner_gets_the_folder_and_not_the_words_for_a_save(
    db_path: Path, full_backup_disk: None
) -> None:
    _log(db_path)
    services = open_services(db_path, daily_backup=True)
    services.close()
    assert services.backup_problem == (
        f"The disk of {db_path.parent / 'Steady backups'} is full. Free some space there, or "
        "choose another Backup folder in Settings."
    )


def test_a_backup_to_a_full_disk_is_not_told_its_typing_is_kept(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _log(db_path)
    open_services(db_path, daily_backup=True).close()  # today's is taken: only one copy fails
    _fill_backup_disk(monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--db", str(db_path), "backup", str(stick / "copy.db")]) == 1
    assert capsys.readouterr().err == (
        f"steady: The disk of {stick} is full, so the backup was not written (nothing "
        "half-written is left); your log is fine. Free some space there, or write the backup "
        "elsewhere.\n"
    )
    assert list(stick.iterdir()) == []
