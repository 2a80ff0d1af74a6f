"""A log with one damaged page: the first read that meets it says so in one line and names the
backup to put back, and nothing more is written to the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.errors import CorruptDatabaseError, SteadyError
from tests.helpers.fixtures import inbound

ROOT = Path(__file__).resolve().parents[2]
WORDS = "x" * 20_000


def _damaged_log(path: Path) -> tuple[int, str]:
    """A log whose second customer's long message sits on a page now garbled; returns that
    customer and the day's backup taken before the damage."""
    services = open_services(path)
    gordon = services.customers.add(Customer(name="Gordon Pryce"))
    services.contacts.log(gordon, inbound("Short", datetime(2026, 11, 1, tzinfo=UTC)))
    tasha = services.customers.add(Customer(name="Tasha Morrow"))
    services.contacts.log(tasha, inbound(WORDS, datetime(2026, 11, 2, tzinfo=UTC)))
    backup = services.backups.daily()
    services.close()
    assert backup is not None
    # The page of the contact's own text the customer page reads (not the copy the log keeps
    # of each version): where each table's pages fall changes with the schema.
    with sqlite3.connect(path) as raw:
        [number] = raw.execute(
            "SELECT pageno FROM dbstat WHERE name = 'contacts' AND pagetype = 'overflow' "
            "AND path LIKE '%+000000'"  # the first of the text's overflow pages
        ).fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    page = (number - 1) * 4096
    assert b"x" * 4000 in data[page : page + 4096]
    data[page : page + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return tasha, backup


def _steady(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_reading_the_damaged_page_names_the_backup_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    tasha, backup = _damaged_log(path)
    before = path.read_bytes()
    for args in (("customer", "show", str(tasha)), ("assess", str(tasha))):
        ran = _steady(path, *args)
        assert ran.returncode == 1, ran.stdout
        assert "Traceback" not in ran.stderr
        [line] = ran.stderr.strip().splitlines()
        assert line.startswith("steady: This log is damaged: part of ")
        assert f'put it back with: steady restore "{backup}"' in line
    assert path.read_bytes() == before


def test_nothing_is_written_once_the_damage_was_met(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    tasha, backup = _damaged_log(path)
    before = path.read_bytes()
    services = open_services(path)
    try:
        with pytest.raises(CorruptDatabaseError) as met:
            services.contacts.page_for_customer(tasha, 0, 50)
        assert backup in str(met.value) and "Nothing more will be written" in str(met.value)
        with pytest.raises(SteadyError, match="This log is damaged"):
            services.contacts.log(1, inbound("After", datetime(2026, 11, 3, tzinfo=UTC)))
    finally:
        services.close()
    assert path.read_bytes() == before


def test_the_command_line_log_writes_nothing_to_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _damaged_log(path)
    # The day's backup is due again: taking it finds the log damaged.
    for automatic in (tmp_path / "Steady backups").glob("shop-*.db"):
        automatic.rename(automatic.with_name("kept-" + automatic.name))
    before = path.read_bytes()
    ran = _steady(path, "log", "--customer", "1", "--channel", "phone", "--text", "Called")
    assert ran.returncode == 1
    assert ran.stdout == ""
    [line] = ran.stderr.splitlines()  # the damage, said once: not first as a failed backup
    assert line.startswith("steady: This log is damaged: part of ")
    assert path.read_bytes() == before
    # A command that never meets the damaged page still hears of it, once.
    ran = _steady(path, "customer", "list")
    assert ran.returncode == 0 and "Gordon Pryce" in ran.stdout
    [line] = ran.stderr.splitlines()
    assert line.startswith("steady: This log is damaged: part of ")


def test_the_window_writes_nothing_once_its_day_s_backup_found_the_damage(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    _damaged_log(path)
    for automatic in (tmp_path / "Steady backups").glob("shop-*.db"):
        automatic.rename(automatic.with_name("kept-" + automatic.name))
    before = path.read_bytes()
    window = open_services(path)
    try:
        worker = window.reopen()  # the day's backup is taken on a connection of its own
        try:
            with pytest.raises(SteadyError, match="the file is damaged"):
                worker.backups.daily()
        finally:
            worker.close()
        with pytest.raises(SteadyError, match="This log is damaged"):
            window.contacts.log(1, inbound("After", datetime(2026, 11, 3, tzinfo=UTC)))
    finally:
        window.close()
    assert path.read_bytes() == before


def test_the_backup_put_back_is_written_to_again(tmp_path: Path) -> None:
    from app.application import restore

    path = tmp_path / "shop.db"
    tasha, backup = _damaged_log(path)
    services = open_services(path)
    try:
        with pytest.raises(CorruptDatabaseError):
            services.contacts.page_for_customer(tasha, 0, 50)
    finally:
        services.close()
    restore(path, backup)
    services = open_services(path)
    try:
        services.contacts.log(
            tasha, inbound("After the restore", datetime(2026, 11, 3, tzinfo=UTC))
        )
        assert services.contacts.count_for_customer(tasha) == 2
        assert services.verify().ok
    finally:
        services.close()


def test_each_command_in_one_process_says_the_damage_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = tmp_path / "shop.db"
    _damaged_log(path)
    for automatic in (tmp_path / "Steady backups").glob("shop-*.db"):
        automatic.rename(automatic.with_name("kept-" + automatic.name))
    for _ in range(2):  # a script calling Steady twice hears it twice, once each time
        main(["--db", str(path), "customer", "list"])
        [line] = capsys.readouterr().err.splitlines()
        assert line.startswith("steady: This log is damaged: part of ")
