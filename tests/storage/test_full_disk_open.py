"""A log on a disk with no space left opens for reading, and the owner hears the real cause.

SQLite cannot be made to meet a full disk here: the write the open makes beside the log (its
-shm index) is made to fail as SQLite reports it on a full disk, and the disk reports 0 free.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import storage.database as database
import storage.full_disk as full_disk
from app.application import open_services
from app.cli import main
from app.core.domain import Customer

REASON = "the disk holding the log is full: free some space to save again"


class _NoSpaceForTheIndex:
    """A connection whose first read of the schema needs the -shm index the disk cannot hold."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def execute(self, sql: str, *args: Any) -> Any:
        if "schema_version" in sql:
            raise sqlite3.OperationalError("disk I/O error")
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def disk_full(monkeypatch: pytest.MonkeyPatch, free: int = 0) -> None:
    real_connect = database.connect

    def connect(path: str, passphrase: str | None, timeout: float, *, uri: bool = False) -> Any:
        conn = real_connect(path, passphrase, timeout, uri=uri)
        return conn if uri else _NoSpaceForTheIndex(conn)  # reading writes nothing beside it

    monkeypatch.setattr(database, "connect", connect)
    monkeypatch.setattr(full_disk, "free_bytes", lambda _path: free, raising=False)


def log_one(db_path: Path) -> None:
    services = open_services(db_path)
    try:
        services.customers.add(Customer(name="Gordon Pryce"))
    finally:
        services.close()


def test_the_command_line_reads_the_log_and_names_the_full_disk(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log_one(db_path)
    before = db_path.read_bytes()
    disk_full(monkeypatch)
    capsys.readouterr()

    assert main(["--db", str(db_path), "customer", "list"]) == 0
    out = capsys.readouterr()
    assert out.err.splitlines() == [
        f"steady: {db_path} is open for reading only: {REASON}. Nothing in the log was lost."
    ]
    assert "Gordon Pryce" in out.out
    assert "connected" not in out.err

    assert main(["--db", str(db_path), "customer", "add", "--name", "Another Name"]) == 1
    assert f"Nothing was saved: {REASON}" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_an_io_error_with_space_left_is_still_the_drive(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failing drive with room on it is not called full (and not opened as if it were)."""
    log_one(db_path)
    disk_full(monkeypatch, free=10 * 1024 * 1024 * 1024)
    capsys.readouterr()
    assert main(["--db", str(db_path), "customer", "list"]) == 1
    assert "disk I/O error. Check that the drive is connected" in capsys.readouterr().err
