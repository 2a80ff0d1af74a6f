"""Every table Steady makes is checked when a log opens: one removed outside Steady is named in
one line by every command and by `verify`, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from storage.schema_expected import TABLES
from tests.helpers.fixtures import FakeClock


@pytest.fixture
def backup(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    services = open_services(db_path, FakeClock())
    services.customers.add(Customer(name="Pat Example", emails=("pat@x.example",)))
    made = services.backups.daily()
    services.close()
    capsys.readouterr()
    assert made
    return made


def _drop(db_path: Path, table: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


def _said(db_path: Path, table: str, backup: str) -> str:
    return (
        f"steady: The log does NOT verify: the table “{table}” is missing from the database: "
        f"it was removed outside Steady. Keep this file as it is; the newest good backup is "
        f'{backup}; put it back with: steady restore "{backup}".\n'
    )


@pytest.mark.parametrize(
    "table",
    ["category_suggestions", "customer_risk", "replies", "personal_dictionary", "csv_mappings"],
)
@pytest.mark.parametrize(
    "command",
    [
        ["verify"],
        ["packet", "1", "--kind", "legal", "--out", "{out}"],
        ["review", "1"],
        ["assess", "1"],
        ["log", "--customer", "1", "--channel", "email", "--text", "I will sue you"],
    ],
)
def test_a_removed_table_is_named_by_every_command(
    db_path: Path,
    backup: str,
    capsys: pytest.CaptureFixture[str],
    table: str,
    command: list[str],
) -> None:
    _drop(db_path, table)
    out = str(db_path.parent / "p.pdf")
    assert main(["--db", str(db_path), *(part.format(out=out) for part in command)]) == 1
    captured = capsys.readouterr()
    assert captured.err == _said(db_path, table, backup)
    assert captured.out == ""
    assert not Path(out).exists()


# Each customer's totals are counted again instead (derived from the contacts, not evidence).
@pytest.mark.parametrize("table", [table for table in TABLES if table != "customer_totals"])
def test_verify_names_any_table_steady_makes_removed(
    db_path: Path, backup: str, capsys: pytest.CaptureFixture[str], table: str
) -> None:
    _drop(db_path, table)
    assert main(["--db", str(db_path), "verify"]) == 1
    captured = capsys.readouterr()
    assert captured.err == _said(db_path, table, backup)
    assert "Traceback" not in captured.out + captured.err
