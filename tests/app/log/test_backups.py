"""Backups taken by themselves and put back: verified, rotated, never over a database unasked,
never a half-written file; restore keeps the file it replaces."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services, restore
from app.cli import main
from app.core.domain import Customer
from app.core.errors import CorruptDatabaseError, DiskFullError, InvalidInputError, StorageError
from app.log.anchors import heads_path, read_heads
from app.log.backups import BackupFile, default_folder, to_remove
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound

AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _fill(services: Services, words: str = "You will regret this.") -> int:
    customer_id = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer_id, inbound(words, AT), [])
    return customer_id


def _names(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        conn.close()


def test_the_daily_backup_is_taken_once_a_day_and_verified(db_path: Path) -> None:
    clock = FakeClock()
    first = open_services(db_path, clock)
    _fill(first)
    first.close()
    again = open_services(db_path, clock, daily_backup=True)
    folder = Path(default_folder(str(db_path)))
    made = sorted(folder.glob("steady-*.db"))
    assert len(made) == 1
    assert again.files is not None and again.files.check(str(made[0])).ok
    # The heads file goes with it.
    assert read_heads(heads_path(str(made[0])))
    again.close()
    clock.advance(hours=5)
    open_services(db_path, clock, daily_backup=True).close()
    assert len(list(folder.glob("steady-*.db"))) == 1
    clock.advance(days=1)
    open_services(db_path, clock, daily_backup=True).close()
    assert len(list(folder.glob("steady-*.db"))) == 2


def test_the_backup_folder_setting_is_used(db_path: Path, tmp_path: Path) -> None:
    services = open_services(db_path)
    _fill(services)
    stick = tmp_path / "usb stick"
    services.settings.update({"backup_folder": str(stick)})
    assert services.backups.daily() is not None
    services.close()
    assert len(list(stick.glob("steady-*.db"))) == 1


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    start = datetime(2026, 11, 26, 12, tzinfo=UTC)
    backups = [BackupFile(f"b{day}.db", start - timedelta(days=day)) for day in range(60)]
    kept = {b.path for b in backups} - {b.path for b in to_remove(backups)}
    assert {f"b{day}.db" for day in range(7)} <= kept
    assert len(kept) == 11


def test_backup_refuses_to_replace_a_database_without_force(
    services: Services, tmp_path: Path
) -> None:
    _fill(services)
    target = tmp_path / "copy.db"
    services.backups.write(str(target))
    with pytest.raises(InvalidInputError, match="already a Steady database"):
        services.backups.write(str(target))
    services.backups.write(str(target), force=True)
    assert services.files is not None and services.files.check(str(target)).ok


def test_backup_on_a_full_disk_leaves_no_file(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(services)
    import storage.encryption

    real_connect = sqlite3.connect

    def tiny_disk(path: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(path, *args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count = 2")  # the disk fills after two pages
        return conn

    monkeypatch.setattr(storage.encryption.sqlite3, "connect", tiny_disk)
    with pytest.raises(DiskFullError):
        services.backups.write(str(tmp_path / "copy.db"))
    monkeypatch.setattr(storage.encryption.sqlite3, "connect", real_connect)
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == []


def test_restore_verifies_swaps_and_keeps_the_current_file_aside(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(db_path)
    _fill(services)
    backup = tmp_path / "monday.db"
    services.backups.write(str(backup))
    services.customers.add(Customer(name="Added After The Backup"))
    services.close()
    assert main(["--db", str(db_path), "restore", str(backup), "--force"]) == 0
    assert "kept as" in capsys.readouterr().out
    assert _names(db_path) == ["Pat Example"]
    aside = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and p.suffix != ".heads"]
    assert len(aside) == 1 and "Added After The Backup" in _names(aside[0])
    reopened = open_services(db_path)
    try:
        report = reopened.verify()
        assert report.ok, report.problems  # the heads file started again with the restore
    finally:
        reopened.close()


def test_restore_refuses_a_backup_that_does_not_verify(db_path: Path, tmp_path: Path) -> None:
    services = open_services(db_path)
    _fill(services)
    backup = tmp_path / "bad.db"
    services.backups.write(str(backup))
    services.close()
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE contacts SET text = 'Thanks!'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="does not verify"):
        restore(db_path, backup)
    assert db_path.read_bytes() == before


def test_a_damaged_database_is_not_written_and_the_newest_good_backup_is_offered(
    db_path: Path,
) -> None:
    clock = FakeClock()
    services = open_services(db_path, clock)
    _fill(services)
    newest = services.backups.daily()
    services.close()
    damaged = bytearray(db_path.read_bytes())
    damaged[:16] = b"garbage garbage!"
    db_path.write_bytes(bytes(damaged))
    with pytest.raises(CorruptDatabaseError) as caught:
        open_services(db_path, clock)
    assert newest is not None and newest in str(caught.value)
    assert "steady restore" in str(caught.value)
    assert db_path.read_bytes() == bytes(damaged)


def test_a_damaged_page_is_reported_by_verify_with_the_backup_to_restore(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(db_path)
    _fill(services, "x" * 20_000)
    newest = services.backups.daily()
    services.close()
    data = bytearray(db_path.read_bytes())
    # A page of the customer's words (not the schema, which would make the file unopenable).
    page = data.index(b"x" * 4000) // 4096 * 4096
    data[page : page + 4096] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    code = main(["--db", str(db_path), "verify"])
    out = capsys.readouterr().out
    assert code == 1
    assert "The file is damaged" in out
    assert f'steady restore "{newest}"' in out


def test_a_read_only_copy_can_be_verified_and_searched_but_not_written(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(db_path)
    customer_id = _fill(services)
    services.close()
    os.chmod(db_path, 0o444)
    try:
        assert main(["--db", str(db_path), "verify"]) == 0
        assert main(["--db", str(db_path), "search", "regret"]) == 0
        assert main(["--db", str(db_path), "customer", "show", str(customer_id)]) == 0
        packet = db_path.parent / "packet.pdf"
        argv = ["packet", str(customer_id), "--kind", "legal", "--out", str(packet)]
        assert main(["--db", str(db_path), *argv]) == 0
        assert packet.read_bytes().startswith(b"%PDF")
        capsys.readouterr()
        code = main(
            [
                "--db",
                str(db_path),
                "log",
                "--customer",
                str(customer_id),
                "--channel",
                "email",
                "--text",
                "more",
            ]
        )
        error = capsys.readouterr().err
        assert code == 1
        assert error.count("\n") == 1 and "read-only" in error
        reopened = open_services(db_path)
        assert reopened.read_only
        reopened.close()
    finally:
        os.chmod(db_path, 0o644)


def test_a_database_from_a_newer_steady_is_not_written(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(db_path)
    _fill(services)
    services.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 9001002")
    conn.close()
    reopened = open_services(db_path)
    assert reopened.read_only and "9.1.2" in reopened.read_only_reason
    assert reopened.verify().ok
    reopened.close()
    code = main(["--db", str(db_path), "customer", "add", "--name", "Someone"])
    error = capsys.readouterr().err
    assert code == 1 and "Steady 9.1.2 or later" in error and error.count("\n") == 1


def test_verify_compares_the_backups_and_forgives_those_before_a_restore(
    db_path: Path,
) -> None:
    clock = FakeClock()
    services = open_services(db_path, clock)
    customer_id = _fill(services)
    monday = services.backups.daily()
    clock.advance(days=1)
    services.contacts.log(customer_id, inbound("Tuesday's threat.", AT), [])
    tuesday = services.backups.daily()
    assert monday and tuesday
    report = services.verify()
    assert report.ok and report.anchors_checked >= 2
    services.close()
    # Someone cuts Tuesday's entries from the database and from the heads file beside it:
    # Tuesday's backup still remembers them.
    Path(heads_path(str(db_path))).unlink()
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%_no_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM ledger WHERE seq > (SELECT max(seq) - 2 FROM ledger)")
    conn.execute("DELETE FROM contact_revisions WHERE id = (SELECT max(id) FROM contact_revisions)")
    conn.execute("DELETE FROM contacts WHERE id = (SELECT max(id) FROM contacts)")
    conn.commit()
    conn.close()
    reopened = open_services(db_path, clock)
    problems = reopened.verify().problems
    reopened.close()
    assert any("backup steady-" in problem for problem in problems), problems
    # Restoring Monday's backup on purpose is not tampering.
    restore(db_path, monday)
    again = open_services(db_path, clock)
    try:
        assert again.verify().ok
    finally:
        again.close()
