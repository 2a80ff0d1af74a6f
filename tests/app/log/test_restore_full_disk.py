"""Restoring a backup onto a full disk, on a real small filesystem: the owner is told the disk
is full, that nothing was changed and her log is as it was, and what to do, never a bare error
about a hidden file she has never seen."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.core.errors import StorageError
from tests.helpers.fixtures import inbound
from tests.helpers.small_disk import fill, small_disk_fixture  # noqa: F401 (the fixture)

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


def _contacts(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        conn.close()


def _backed_up_then_full(small_disk: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A log on the small disk with a backup elsewhere, a call logged after it, then the disk
    filled: the log and the backup."""
    db = small_disk / "shop.db"
    services = open_services(db)
    customer_id = services.customers.add(Customer(name="Victor Hale"))
    services.contacts.log(customer_id, inbound("Refund me.", AT), [])
    services.close()
    backup = tmp_path / "before.db"
    assert main(["--db", str(db), "backup", str(backup)]) == 0
    services = open_services(db)
    services.contacts.log(customer_id, inbound("I will break every window.", AT), [])
    services.close()
    # The day's backups live elsewhere: only the restore meets the full disk.
    shutil.rmtree(small_disk / "backups", ignore_errors=True)
    fill(small_disk)
    return db, backup


def test_restoring_onto_a_full_disk_says_the_disk_is_full_and_the_log_is_as_it_was(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, backup = _backed_up_then_full(small_disk, tmp_path)
    capsys.readouterr()

    code = main(["--db", str(db), "restore", "--force", str(backup)])

    said = capsys.readouterr().err
    assert code == 1
    assert (
        f"steady: The disk of {small_disk} is full, so the backup was not restored. Nothing "
        "was changed: your log is as it was. Free some space there (restoring before.db needs "
        "about 1 MB), or copy your log and the backup to a disk with more room and restore "
        "there." in said
    ), said
    assert "restoring.partial" not in said and "No space left" not in said
    assert [name for name in os.listdir(small_disk) if name.startswith(".")] == []
    (small_disk / "filler").unlink()
    assert _contacts(db) == 2  # the call logged after the backup is still there


def test_the_window_restoring_onto_a_full_disk_is_told_the_same(
    small_disk: Path, tmp_path: Path
) -> None:
    db, backup = _backed_up_then_full(small_disk, tmp_path)
    services = open_services(db)
    try:
        with pytest.raises(StorageError) as raised:
            services.restore_from(str(backup))  # what the window's Restore a backup… calls
    finally:
        services.close()

    assert str(raised.value).startswith(f"The disk of {small_disk} is full, so the backup")
    assert "Nothing was changed: your log is as it was." in str(raised.value)
    (small_disk / "filler").unlink()
    assert _contacts(db) == 2
