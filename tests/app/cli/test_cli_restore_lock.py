"""Restoring a backup into a locked log keeps the lock the owner has now: a backup taken before
the log was locked does not unlock it, and one taken before the passphrase was changed opens
with the passphrase it was made with, says so, and leaves the log on the current passphrase."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services, passphrase_lock
from app.cli import main
from app.core.domain import Customer
from app.core.errors import PassphraseError
from app.log.restore_lock import RE_KEYED, RELOCKED
from tests.helpers.fixtures import inbound

FIRST = "first pass 111"
SECOND = "second pass 222"


def _log_and_back_up(db_path: Path, backup: Path, passphrase: str | None) -> None:
    services = open_services(db_path, passphrase=passphrase)
    try:
        customer_id = services.customers.add(Customer(name="Gordon Pryce"))
        services.contacts.log(
            customer_id, inbound("Monday's threat.", datetime(2026, 10, 1, tzinfo=UTC)), []
        )
        services.backups.write(str(backup))
    finally:
        services.close()


def _opens(db_path: Path, passphrase: str | None) -> bool:
    try:
        open_services(db_path, passphrase=passphrase).close()
    except PassphraseError:
        return False
    return True


def test_a_backup_from_before_the_lock_is_locked_again_with_the_passphrase(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "before-lock.db"
    _log_and_back_up(db_path, backup, None)
    passphrase_lock().set(str(db_path), FIRST)
    monkeypatch.setenv("STEADY_PASSPHRASE", FIRST)
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    assert RELOCKED in capsys.readouterr().out.splitlines()
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert not _opens(db_path, None) and _opens(db_path, FIRST)


def test_the_window_restore_keeps_the_lock_too(db_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "before-lock.db"
    _log_and_back_up(db_path, backup, None)
    passphrase_lock().set(str(db_path), FIRST)
    services = open_services(db_path, passphrase=FIRST)
    try:
        restored = services.restore_from(str(backup))
    finally:
        services.close()
    assert restored.note == RELOCKED
    assert not _opens(db_path, None) and _opens(db_path, FIRST)


def test_a_backup_from_before_a_passphrase_change_says_so_and_ends_on_the_current_one(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "before-change.db"
    _log_and_back_up(db_path, tmp_path / "plain.db", None)
    passphrase_lock().set(str(db_path), FIRST)
    services = open_services(db_path, passphrase=FIRST)
    services.backups.write(str(backup))
    services.close()
    passphrase_lock().change(str(db_path), FIRST, SECOND)
    monkeypatch.setenv("STEADY_PASSPHRASE", SECOND)
    monkeypatch.delenv("STEADY_BACKUP_PASSPHRASE", raising=False)
    capsys.readouterr()

    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    said = capsys.readouterr().err
    assert (
        "before-change.db is locked with the passphrase the log had before it was changed, not "
        "the current one. Give that earlier passphrase in STEADY_BACKUP_PASSPHRASE"
    ) in said
    assert "Check Caps Lock" not in said

    # The earlier passphrase alone is not taken as the log's: the log would go back to it.
    monkeypatch.setenv("STEADY_PASSPHRASE", FIRST)
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    assert "it opens the backup: it is the log's earlier passphrase" in capsys.readouterr().err

    monkeypatch.setenv("STEADY_PASSPHRASE", SECOND)
    monkeypatch.setenv("STEADY_BACKUP_PASSPHRASE", FIRST)
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    assert RE_KEYED in capsys.readouterr().out.splitlines()
    assert _opens(db_path, SECOND) and not _opens(db_path, FIRST)


def test_the_window_restore_takes_the_earlier_passphrase_and_keeps_the_current_one(
    db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "before-change.db"
    _log_and_back_up(db_path, tmp_path / "plain.db", None)
    passphrase_lock().set(str(db_path), FIRST)
    services = open_services(db_path, passphrase=FIRST)
    services.backups.write(str(backup))
    services.close()
    passphrase_lock().change(str(db_path), FIRST, SECOND)
    services = open_services(db_path, passphrase=SECOND)
    try:
        # The window asks for the earlier passphrase instead of saying "Check Caps Lock".
        assert services.backup_needs_earlier_passphrase(str(backup))
        assert not services.backup_needs_earlier_passphrase(str(tmp_path / "plain.db"))
        restored = services.restore_from(str(backup), FIRST)
    finally:
        services.close()
    assert restored.note == RE_KEYED
    assert _opens(db_path, SECOND) and not _opens(db_path, FIRST)
