"""A backup that meets a full disk leaves nothing beside its target, as it says."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import storage.database as database
from app.cli import main
from tests.app.cli.test_cli_backup_restore import _error, _log


class _DiskFillsUp(sqlite3.Connection):
    """The copy's connection: its pages are written, then its last write (leaving the copy
    self-contained) meets a full disk, with the journal SQLite had begun left behind."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if "journal_mode" in sql:
            (name,) = (
                row[2] for row in super().execute("PRAGMA database_list") if row[1] == "main"
            )
            Path(f"{name}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" * 128)
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def test_a_backup_cut_short_by_a_full_disk_leaves_no_partial_journal(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _log(db_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    real_connect = database.connect
    copies: list[str] = []

    def connect(path: str, passphrase: str | None, timeout: float, *, uri: bool = False) -> Any:
        if not str(path).endswith(".partial") or str(stick) not in str(path):
            return real_connect(path, passphrase, timeout, uri=uri)
        copies.append(path)
        return sqlite3.connect(path, timeout=timeout, factory=_DiskFillsUp)

    monkeypatch.setattr(database, "connect", connect)
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", str(stick / "b.db")]) == 1
    assert _error(capsys) == (
        f"steady: The disk of {stick} is full, so the backup was not written (nothing "
        "half-written is left); your log is fine. Free some space there, or write the backup "
        "elsewhere."
    )
    assert len(copies) == 1
    assert sorted(path.name for path in stick.iterdir()) == []
