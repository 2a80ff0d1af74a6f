"""Each customer's totals (contacts, time spent) are derived from the contacts: a table of them
removed behind Steady's back is counted again, and totals edited by hand are named by verify
and by the check of a backup."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.errors import StorageError
from storage.database_files import SqliteFiles
from tests.helpers.fixtures import inbound

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _log(path: Path) -> None:
    services = open_services(path)
    gordon = services.customers.add(Customer(name="Gordon Pryce"))
    tasha = services.customers.add(Customer(name="Tasha Morrow"))
    for day in range(3):
        services.contacts.log(
            gordon, inbound(f"Call {day}", START + timedelta(days=day), minutes=10)
        )
    moved = services.contacts.log(tasha, inbound("Wrong customer", START, minutes=5))
    # Tasha keeps a row of zeros once her only contact moves away: that is not a difference.
    services.contacts.move(moved, gordon, "Logged under the wrong customer")
    services.close()


def _raw(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute(sql)
    raw.close()


def _steady(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_a_sound_log_verifies_with_its_totals(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    services = open_services(path)
    try:
        assert services.verify().ok
    finally:
        services.close()


def test_totals_edited_by_hand_are_named_by_verify(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    _raw(path, "UPDATE customer_totals SET minutes = 5000, contacts = 400 WHERE customer_id = 1")
    ran = _steady(path, "verify")
    assert ran.returncode == 1
    assert "Nothing in your log was changed" not in ran.stdout
    assert (
        "The totals shown for customer 1 (400 contacts, 5000 min) are not what its contacts "
        "add up to (4 contacts, 35 min): they were changed outside Steady"
    ) in ran.stdout
    assert "Traceback" not in ran.stderr


def test_a_customer_s_totals_row_removed_is_named(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    _raw(path, "DELETE FROM customer_totals WHERE customer_id = 1")
    services = open_services(path)
    try:
        report = services.verify()
    finally:
        services.close()
    assert report.problems == [
        "The totals shown for customer 1 (0 contacts, 0 min) are not what its contacts add up "
        "to (4 contacts, 35 min): they were changed outside Steady (the contacts themselves "
        "are checked one by one)."
    ]


def test_a_removed_totals_table_is_counted_again_from_the_contacts(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    _raw(path, "DROP TABLE customer_totals")
    listed = _steady(path, "customer", "list")
    assert listed.returncode == 0, listed.stderr
    gordon = next(line for line in listed.stdout.splitlines() if "Gordon Pryce" in line)
    assert " 4 " in gordon
    logged = _steady(path, "log", "--customer", "2", "--channel", "phone", "--text", "Again")
    assert logged.returncode == 0, logged.stderr
    assert _steady(path, "verify").returncode == 0
    services = open_services(path)
    try:
        assert services.customers.minutes_spent(1) == 35
        assert services.contacts.count_for_customer(2) == 1
    finally:
        services.close()


def test_a_backup_without_its_totals_does_not_pass_the_check(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    copy = tmp_path / "copy.db"
    services = open_services(path)
    try:
        services.store.backup_to(str(copy))
    finally:
        services.close()
    _raw(copy, "DROP TABLE customer_totals")
    report = SqliteFiles().check(str(copy))
    assert not report.ok
    assert report.problems[0].startswith("The table “customer_totals”")


def test_a_read_only_log_without_its_totals_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    _raw(path, "DROP TABLE customer_totals")
    os.chmod(path, stat.S_IRUSR)
    try:
        with pytest.raises(StorageError, match="“customer_totals” is missing"):
            open_services(path)
        ran = _steady(path, "customer", "list")
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert ran.returncode == 1
    assert ran.stderr.startswith("steady: The log does NOT verify: the table “customer_totals”")
    assert "Traceback" not in ran.stderr


def test_a_last_contact_time_edited_alone_is_named_with_both_times(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log(path)
    _raw(path, "UPDATE customer_totals SET last_contact_at = '2030-01-01' WHERE customer_id = 1")
    services = open_services(path)
    try:
        [problem] = services.verify().problems
    finally:
        services.close()
    assert problem.startswith(
        "The totals shown for customer 1 (last contact 2030-01-01) are not what its contacts "
        "add up to (last contact 2026-03-04"
    )
