"""The file's list of upgrades made (`_sqlite_migrations`) edited with sqlite3: an upgrade is
never run a second time, so a review status forged by hand is never written into the ledger
as Steady's own, and the owner hears what was done in one line instead of a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.errors import StorageError
from storage.connection import SteadyDatabase
from storage.schema_core import migrations
from tests.helpers.waiting_suggestions import customer_with_waiting

LIST_CHANGED = (
    "The log's list of upgrades (“_sqlite_migrations”) was changed outside Steady: "
    "“m610_suggestion_reviews” is missing from it, yet the file shows it was made. Steady does "
    "not run it again."
)
REVIEW_CHANGED = (
    "The review of contact 1's suggested categories was changed outside Steady (suggestion 1 "
    "no longer matches its ledger entry)."
)


@pytest.fixture
def log(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A log whose one message Steady's word check flagged, the suggestion not reviewed."""
    services = open_services(db_path)
    try:
        customer_with_waiting(services)
    finally:
        services.close()
    capsys.readouterr()
    return db_path


def _sql(db_path: Path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(sql)
    conn.close()


def _ledger(db_path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT * FROM ledger ORDER BY seq").fetchall()
    conn.close()
    return rows


def _verify(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--db", str(db_path), "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)["problems"]


FORGED_REVIEW = (
    "DROP TRIGGER category_suggestions_no_delete;"
    "DROP TRIGGER category_suggestions_reviewed_once;"
    "UPDATE category_suggestions SET status = 'confirmed';"
    "DELETE FROM _sqlite_migrations WHERE name = 'm610_suggestion_reviews';"
)


def test_an_upgrade_taken_off_the_list_is_named_in_one_line_not_a_traceback(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(log, "DELETE FROM _sqlite_migrations WHERE name = 'm610_suggestion_reviews';")
    assert _verify(log, capsys) == (1, [LIST_CHANGED])
    code = main(["--db", str(log), "customer", "add", "--name", "Nora New"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err == (
        "steady: Nothing was saved: the log's list of upgrades was changed outside Steady "
        "(“m610_suggestion_reviews” is missing from it, yet the file shows it was made), so no "
        "upgrade is run on it; keep the file as it is: verify names what else changed, and a "
        "good backup put back (`steady restore`, or File › Restore a backup…) lets you go on\n"
    )


def test_a_review_forged_by_hand_is_not_laundered_by_running_the_upgrade_again(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = _ledger(log)
    _sql(log, FORGED_REVIEW)
    code, problems = _verify(log, capsys)
    assert code == 1
    assert problems == [
        LIST_CHANGED,
        "The guard trigger “category_suggestions_no_delete” was removed outside Steady: what "
        "is saved in “category_suggestions” could then be deleted without Steady refusing it.",
        "The guard trigger “category_suggestions_reviewed_once” was removed outside Steady: "
        "what is saved in “category_suggestions” could then be reviewed again or rewritten "
        "without Steady refusing it.",
        REVIEW_CHANGED,
    ]
    # Nothing recorded the forged status: the ledger is byte for byte what Steady wrote.
    assert _ledger(log) == entries
    assert _verify(log, capsys)[1][0] == LIST_CHANGED  # and so at every later open


def test_on_a_read_only_drive_the_forged_log_is_read_as_it_stands(
    log: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _sql(log, FORGED_REVIEW)
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    code, problems = _verify(log, capsys)
    assert code == 1 and problems[0] == LIST_CHANGED and REVIEW_CHANGED in problems


def test_the_upgrade_itself_refuses_to_record_a_table_twice(log: Path) -> None:
    entries = _ledger(log)
    _sql(log, FORGED_REVIEW)
    db = SteadyDatabase(sqlite3.connect(log))
    try:
        with pytest.raises(StorageError) as raised:
            migrations.apply(db)
    finally:
        db.close()
    assert str(raised.value) == f"{LIST_CHANGED} Keep the file as it is."
    assert _ledger(log) == entries


def test_an_upgrade_that_added_a_column_is_not_added_again(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(log, "DELETE FROM _sqlite_migrations WHERE name = 'm500_reply_language';")
    code, problems = _verify(log, capsys)
    assert code == 1
    assert problems == [LIST_CHANGED.replace("m610_suggestion_reviews", "m500_reply_language")]


def test_an_upgrade_sqlite_refuses_is_one_line_and_changes_nothing(
    log: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.migrations as module
    from storage.schema_steps import SchemaSteps

    entries = _ledger(log)
    upgraded = SchemaSteps("steady")
    upgraded._migrations.extend(module.migrations._migrations)

    @upgraded()
    def m999_notes(db: object) -> None:  # what it makes is already there
        db.execute("CREATE TABLE customer_totals (x)")  # type: ignore[attr-defined]

    monkeypatch.setattr(module, "migrations", upgraded)
    code = main(["--db", str(log), "verify"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err == (
        "steady: The upgrade “m999_notes” could not be made to this log (table customer_totals "
        "already exists): what it makes is already there, so the log's list of upgrades was "
        "most likely changed outside Steady. Nothing was changed; keep the file as it is and "
        "put a good backup back (`steady restore`, or File › Restore a backup…).\n"
    )
    assert _ledger(log) == entries
