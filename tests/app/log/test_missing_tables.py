"""A table Steady needs removed outside it: one clear line, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from tests.helpers.fixtures import FakeClock


def _log_with_a_backup(db_path: Path) -> str:
    services = open_services(db_path, FakeClock())
    services.customers.add(Customer(name="Pat Example"))
    backup = services.backups.daily()
    services.close()
    assert backup
    return backup


def _drop(db_path: Path, table: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("table", ["ledger", "settings", "time_stamps", "contacts_fts"])
@pytest.mark.parametrize("command", [["verify"], ["customer", "list"], ["search", "regret"]])
def test_a_removed_table_is_named_in_one_line_by_every_command(
    db_path: Path, capsys: pytest.CaptureFixture[str], table: str, command: list[str]
) -> None:
    backup = _log_with_a_backup(db_path)
    _drop(db_path, table)
    capsys.readouterr()
    assert main(["--db", str(db_path), *command]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"steady: The log does NOT verify: the table “{table}” is missing from the database: "
        f"it was removed outside Steady. Keep this file as it is; the newest good backup is "
        f'{backup}; put it back with: steady restore "{backup}".\n'
    )
    assert "Traceback" not in captured.out + captured.err


def test_every_removed_table_is_named(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _log_with_a_backup(db_path)
    _drop(db_path, "ledger")
    _drop(db_path, "settings")
    assert main(["--db", str(db_path), "verify"]) == 1
    assert "the tables “ledger” and “settings” are missing" in capsys.readouterr().err


def test_a_backup_refused_because_the_log_was_altered_says_so_in_verifys_words(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    backup = _log_with_a_backup(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE customers SET name = 'Someone Else'")
    conn.commit()
    conn.close()
    clock.advance(days=2)
    services = open_services(db_path, clock, daily_backup=True)
    services.close()
    assert services.backup_problem == (
        "The log does NOT verify: customer 1 was changed outside Steady (it no longer matches "
        f"its ledger entry). Keep this file as it is; the newest good backup is {backup}; put "
        f'it back with: steady restore "{backup}".'
    )


def test_a_read_only_copy_from_an_older_steady_is_not_taken_for_a_tampered_one(
    db_path: Path,
) -> None:
    import os

    _log_with_a_backup(db_path)
    # An older Steady never made the time-stamps table; a read-only copy is not brought up
    # to date, so its absence there is no sign of anything.
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE time_stamps")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name >= 'm300'")
    conn.commit()
    conn.close()
    os.chmod(db_path, 0o444)
    try:
        services = open_services(db_path)
        assert services.read_only
        assert services.customers.count() == 1
        services.close()
    finally:
        os.chmod(db_path, 0o644)


@pytest.mark.parametrize("table", ["ledger", "settings", "time_stamps"])
def test_a_table_made_again_without_its_columns_is_named_in_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    backup = _log_with_a_backup(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"CREATE TABLE {table} (x)")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "verify"]) == 1
    assert capsys.readouterr().err == (
        f"steady: The log does NOT verify: the table “{table}” lacks columns Steady keeps in it: "
        "it was made again outside Steady. Keep this file as it is; the newest good backup is "
        f'{backup}; put it back with: steady restore "{backup}".\n'
    )
