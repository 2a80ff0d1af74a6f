"""A log on a read-only drive whose newest changes wait in its -wal, without the -shm SQLite
needs to read them: said so, rather than shown (and verified) as if the older file were all."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import storage.database as database
from app.application import open_services
from app.core.domain import Customer
from app.core.errors import StorageError
from tests.helpers.fixtures import inbound


def _copied_mid_write(tmp_path: Path) -> Path:
    """shop.db and its shop.db-wal as a sync tool copies them while Steady runs (no -shm)."""
    live = tmp_path / "live" / "shop.db"
    live.parent.mkdir()
    services = open_services(live)
    customer = services.customers.add(Customer(name="Gordon Pryce"))
    services.close()
    holder = sqlite3.connect(live)  # keeps the -wal from being folded in when Steady closes
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("SELECT count(*) FROM contacts").fetchone()
    services = open_services(live)
    services.store.db.execute("PRAGMA wal_autocheckpoint = 0")
    services.contacts.log(customer, inbound("The newest call", datetime(2026, 11, 3, tzinfo=UTC)))
    copy = tmp_path / "stick" / "shop.db"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)
    shutil.copyfile(f"{live}-wal", f"{copy}-wal")
    services.close()
    holder.close()
    assert os.path.getsize(f"{copy}-wal") > 32
    os.chmod(copy, stat.S_IRUSR)
    return copy


class _NoShmHere:
    """What SQLite answers on a read-only drive when a WAL file's -shm cannot be made."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA schema_version"):
            raise sqlite3.OperationalError("unable to open database file")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.fixture
def read_only_drive(monkeypatch: pytest.MonkeyPatch) -> None:
    real = database._connect

    def connect(path: str, uri: str | None = None, passphrase: str | None = None) -> Any:
        conn = real(path, uri, passphrase)
        return _NoShmHere(conn) if uri is not None and "mode=ro" in uri else conn

    monkeypatch.setattr(database, "_connect", connect)


def test_changes_in_the_wal_are_not_left_out_without_a_word(
    tmp_path: Path, read_only_drive: None
) -> None:
    copy = _copied_mid_write(tmp_path)
    with pytest.raises(StorageError) as said:
        open_services(copy)
    assert str(said.value) == (
        "The newest changes to shop.db are in shop.db-wal beside it, and they cannot be read "
        "here: the drive is read-only and shop.db-shm is not there. Copy shop.db and "
        "shop.db-wal together to a writable folder and open the copy there; nothing was changed."
    )


def test_the_copy_opened_on_a_writable_folder_holds_the_newest_changes(tmp_path: Path) -> None:
    copy = _copied_mid_write(tmp_path)
    moved = tmp_path / "desk" / "shop.db"
    moved.parent.mkdir()
    shutil.copyfile(copy, moved)
    shutil.copyfile(f"{copy}-wal", f"{moved}-wal")
    services = open_services(moved)
    try:
        assert services.contacts.count_for_customer(1) == 1
        assert services.verify().ok
    finally:
        services.close()


def test_a_read_only_log_without_pending_changes_still_opens(
    tmp_path: Path, read_only_drive: None
) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    services.customers.add(Customer(name="Gordon Pryce"))
    services.close()
    os.chmod(path, stat.S_IRUSR)
    services = open_services(path)
    try:
        assert services.store.read_only
        assert [c.name for c in services.customers.page(0, 10)] == ["Gordon Pryce"]
    finally:
        services.close()
