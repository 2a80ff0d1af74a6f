"""The connection every storage module uses: writes saved when they say so, nothing half-done,
and sqlite-utils loaded only when the schema has to change."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage.connection import SteadyDatabase, first_keyword

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> SteadyDatabase:
    database = SteadyDatabase(sqlite3.connect(tmp_path / "log.db"))
    database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    return database


def on_disk(tmp_path: Path) -> list[str]:
    """What another program reading the file sees."""
    other = sqlite3.connect(tmp_path / "log.db")
    try:
        return [row[0] for row in other.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        other.close()


def test_a_write_on_its_own_is_saved_at_once(db: SteadyDatabase, tmp_path: Path) -> None:
    db.execute("INSERT INTO notes (text) VALUES (?)", ["called at 9"])
    assert not db.conn.in_transaction
    assert on_disk(tmp_path) == ["called at 9"]


def test_a_row_written_with_returning_is_saved_before_it_is_handed_back(
    db: SteadyDatabase, tmp_path: Path
) -> None:
    rows = db.query("INSERT INTO notes (text) VALUES ('left a voicemail') RETURNING id, text")
    assert not db.conn.in_transaction
    assert on_disk(tmp_path) == ["left a voicemail"]  # before the rows are even read
    assert list(rows) == [{"id": 1, "text": "left a voicemail"}]


def test_a_transaction_saves_all_or_nothing(db: SteadyDatabase, tmp_path: Path) -> None:
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('first')")
        assert on_disk(tmp_path) == []  # nobody sees half of it
        db.execute("INSERT INTO notes (text) VALUES ('second')")
    assert on_disk(tmp_path) == ["first", "second"]
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('third')")
        db.execute("INSERT INTO notes (text) VALUES (NULL)")
    assert on_disk(tmp_path) == ["first", "second"]
    assert not db.conn.in_transaction


def test_a_failure_inside_a_transaction_undoes_only_its_own_part(
    db: SteadyDatabase, tmp_path: Path
) -> None:
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('kept')")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.execute("INSERT INTO notes (text) VALUES ('undone')")
            db.execute("INSERT INTO notes (text) VALUES (NULL)")
        rows = db.query("INSERT INTO notes (text) VALUES ('also kept') RETURNING text")
        assert [row["text"] for row in rows] == ["also kept"]
        assert db.conn.in_transaction  # RETURNING inside a transaction does not commit it
    assert on_disk(tmp_path) == ["kept", "also kept"]


def test_a_failed_write_on_its_own_leaves_no_transaction_open(
    db: SteadyDatabase, tmp_path: Path
) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO notes (text) VALUES (NULL)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO notes (text) VALUES ('next')")
    assert on_disk(tmp_path) == ["next"]


def test_the_transaction_takes_the_write_lock_as_it_begins(
    db: SteadyDatabase, tmp_path: Path
) -> None:
    other = sqlite3.connect(tmp_path / "log.db", timeout=0)
    try:
        # Nothing written yet, and another writer must already wait its turn.
        with db.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO notes (text) VALUES ('meanwhile')")
    finally:
        other.close()


def test_rows_with_the_same_column_name_twice_keep_both_values(db: SteadyDatabase) -> None:
    db.execute("INSERT INTO notes (text) VALUES ('x')")
    rows = list(db.query("SELECT a.id, b.id, a.text FROM notes a JOIN notes b"))
    assert rows == [{"id": 1, "id_2": 1, "text": "x"}]


def test_query_refuses_statements_that_return_no_rows_and_undoes_them(
    db: SteadyDatabase, tmp_path: Path
) -> None:
    db.execute("INSERT INTO notes (text) VALUES ('kept')")
    with pytest.raises(ValueError, match="return rows"):
        db.query("COMMIT")
    with pytest.raises(ValueError, match="return rows"):
        db.query("DELETE FROM notes")
    assert on_disk(tmp_path) == ["kept"]
    with db.atomic():
        with pytest.raises(ValueError, match="return rows"):
            db.query("WITH gone AS (SELECT 1) DELETE FROM notes")
        assert [row["text"] for row in db.query("SELECT text FROM notes")] == ["kept"]
    assert on_disk(tmp_path) == ["kept"]


@pytest.mark.parametrize(
    ("sql", "keyword"),
    [
        ("  select 1", "SELECT"),
        ("-- a note\nINSERT INTO x VALUES (1)", "INSERT"),
        ("/* why */ ;; begin immediate", "BEGIN"),
        ("\ufeffWITH t AS (SELECT 1) SELECT * FROM t", "WITH"),
        ("-- only a comment", ""),
    ],
)
def test_first_keyword_looks_past_comments(sql: str, keyword: str) -> None:
    assert first_keyword(sql) == keyword


# Loaded only when needed: a schema change, a backup's name, a passphrase check, the
# computer's name for a ledger entry, a file's type, a near-duplicate's changed words.
NOT_AT_START = ("sqlite_utils", "click", "secrets", "hmac", "platform", "mimetypes", "difflib")


def _loaded_after_opening(path: Path) -> list[str]:
    """Opening the log as the window does and reading a customer's newest contacts."""
    code = (
        "import sys; from app.application import open_services; "
        "services = open_services(sys.argv[1]); "
        "services.contacts.page_for_customer(1, 0, 50); services.close(); "
        f"print([m for m in {NOT_AT_START!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout)


def test_opening_an_up_to_date_log_loads_only_what_it_needs(tmp_path: Path) -> None:
    """sqlite-utils' import (with click and pluggy) alone cost more than the rest of opening
    the window; the others a few milliseconds each."""
    path = tmp_path / "log.db"
    assert "sqlite_utils" in _loaded_after_opening(path)  # a new file gets its tables
    assert _loaded_after_opening(path) == []  # an up-to-date file is simply opened
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert {"customers", "contacts", "ledger", "_sqlite_migrations"} <= tables
