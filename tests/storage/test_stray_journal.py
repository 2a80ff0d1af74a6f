"""A rollback journal left beside a log by another program is set aside, never played into it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, tzinfo=UTC)


def _log_with_words(db_path: Path) -> None:
    services = open_services(db_path)
    try:
        customer = services.customers.add(Customer(name="Gordon Pryce"))
        for number in range(5):
            services.contacts.log(customer, inbound(f"Call number {number}: you will pay.", AT), [])
    finally:
        services.close()


def _hot_journal_of_another_database(folder: Path) -> Path:
    """A journal as a crash leaves it mid-write: its pages are another database's."""
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TABLE filler(x)")
    conn.execute(
        "INSERT INTO filler SELECT randomblob(1000) FROM "
        "(WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 400) "
        "SELECT i FROM r)"
    )
    conn.execute("PRAGMA cache_size=1")  # the changed pages go to the file: the journal is hot
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE filler SET x = randomblob(1000)")
    copy = folder / "journal-copy"
    shutil.copyfile(f"{other}-journal", copy)
    conn.execute("ROLLBACK")
    conn.close()
    assert copy.stat().st_size > 100_000
    return copy


def _contents(db_path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        contacts = conn.execute("SELECT * FROM contacts ORDER BY id").fetchall()
        ledger = conn.execute("SELECT * FROM ledger ORDER BY seq").fetchall()
    finally:
        conn.close()
    return contacts, ledger


def test_another_databases_journal_beside_the_log_is_set_aside_and_the_log_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log_with_words(db_path)
    contacts, ledger = _contents(db_path)
    assert len(contacts) == 5
    journal = _hot_journal_of_another_database(tmp_path)
    journal_bytes = journal.read_bytes()
    shutil.copyfile(journal, f"{db_path}-journal")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    capsys.readouterr()

    assert main(["--db", str(db_path), "verify"]) == 0

    out = capsys.readouterr()
    aside = sorted(tmp_path.glob("steady.db-journal.set-aside-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == journal_bytes  # untouched, not deleted
    assert not Path(f"{db_path}-journal").exists()
    assert out.err.splitlines()[0] == (
        "steady: A file left beside your log by another program was set aside as "
        f"{aside[0].name}; your log was not changed."
    )
    assert _contents(db_path) == (contacts, ledger)
    assert "does NOT verify" not in out.out
    # The file itself: nothing of the other database was written into it.
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_journal_beside_a_log_not_in_wal_mode_is_left_to_sqlite(db_path: Path) -> None:
    """A log held alone for a restore leaves WAL mode: a journal then may be its own."""
    _log_with_words(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    Path(f"{db_path}-journal").write_bytes(b"")
    from storage.stray_journal import set_aside_stray_journal

    assert set_aside_stray_journal(str(db_path)) == ""
    assert Path(f"{db_path}-journal").exists()
