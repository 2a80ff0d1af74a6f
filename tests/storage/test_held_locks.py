"""A second Steady closing the log must never take the -wal and -shm files from under the first.

SQLite deletes them when the connection closing the log can lock it exclusively, that is when it
believes nobody else has it open. Closing any descriptor of a file drops every POSIX lock the
process holds on it, so a plain read of the log's first bytes in the window's process (is it
locked, is it a database) made the next program to close the log delete the files the window
was still writing to: its later saves were lost on a crash.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.held_files import held_count
from app.importing.sniff import head
from app.log.file_kinds import looks_like_database
from storage.database import open_database
from storage.database_files import SqliteFiles
from storage.encryption import is_locked
from tests.helpers.fixtures import inbound


def _other_program_opens_and_closes(path: Path) -> None:
    """Another Steady (or any program) reads the log and ends."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM customers').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def _newest_seen_by_another_program(path: Path) -> int:
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('SELECT max(id) FROM contacts').fetchone()[0] or 0)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, timeout=60, capture_output=True
    )
    return int(ran.stdout)


def _second_connection(path: str) -> None:
    open_database(path).close()


READS: dict[str, Callable[[str], object]] = {
    "is it locked": is_locked,
    "is it a database": looks_like_database,
    "what kind of file (import)": head,
    "is it a Steady log": lambda path: SqliteFiles(None).is_steady(path),
    "a worker's own connection": _second_connection,
}


@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
@pytest.mark.skipif(os.name != "posix", reason="POSIX record locks")
def test_reading_the_open_log_keeps_its_files_for_the_window(
    tmp_path: Path, read: Callable[[str], object]
) -> None:
    path = tmp_path / "steady.db"
    services = open_services(path)
    try:
        customer = services.customers.add(Customer(name="Victor Hale"))
        read(str(path))
        _other_program_opens_and_closes(path)
        assert (tmp_path / "steady.db-wal").exists()
        assert (tmp_path / "steady.db-shm").exists()
        contact = services.contacts.log(
            customer, inbound("I will burn your shop down.", datetime(2026, 11, 27, tzinfo=UTC))
        )
        # Saved after the other program ended: on the disk where every program (and the
        # next start after a power cut) finds it.
        assert _newest_seen_by_another_program(path) == contact
    finally:
        services.close()


def test_the_descriptors_kept_beside_the_log_go_with_its_last_connection(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    before = held_count()
    services = open_services(path)
    second = open_database(str(path))
    assert held_count() == before + 1  # one per file, however many connections
    second.close()
    assert held_count() == before + 1
    assert looks_like_database(str(path)) and not is_locked(str(path))
    services.close()
    assert held_count() == before
