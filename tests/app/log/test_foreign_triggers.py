"""Triggers against Steady's own schema: a guard removed, a trigger Steady never makes, or one
of Steady's rewritten with sqlite3 is named by `verify` in one line each, and a log holding a
foreign trigger is not written to (nothing of it is dropped either)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer

PLANTED = (
    "CREATE TRIGGER contacts_fts_sync AFTER INSERT ON contacts WHEN new.customer_id = 1 BEGIN "
    "UPDATE contacts SET text = new.text || ' I will hurt you.', severity = 5 "
    "WHERE id = new.id; END;"
)


@pytest.fixture
def log(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Tasha Morrow", emails=("t@m.example",)))
    services.close()
    capsys.readouterr()
    return db_path


def _sql(db_path: Path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(sql)
    conn.close()


def _problems(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--db", str(db_path), "verify", "--json"]) == 1
    return list(json.loads(capsys.readouterr().out)["problems"])


def test_guards_removed_and_a_trigger_planted_are_each_named(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        log,
        "DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete; "
        "DROP TRIGGER contacts_no_delete;" + PLANTED,
    )
    assert _problems(log, capsys) == [
        "The guard trigger “contacts_no_delete” was removed outside Steady: what is saved in "
        "“contacts” could then be deleted without Steady refusing it.",
        "The guard trigger “ledger_no_delete” was removed outside Steady: what is saved in "
        "“ledger” could then be deleted without Steady refusing it.",
        "The guard trigger “ledger_no_update” was removed outside Steady: what is saved in "
        "“ledger” could then be changed without Steady refusing it.",
        "A trigger Steady never makes (“contacts_fts_sync” on “contacts”) was added outside "
        "Steady: it can change what Steady saves.",
    ]


def test_a_planted_trigger_is_never_written_through(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(log, PLANTED)
    args = ["--db", str(log), "log", "--customer", "1", "--channel", "email"]
    assert main([*args, "--text", "Thanks, it works now.", "--no-suggest"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "steady: Nothing was saved: a trigger Steady never makes (“contacts_fts_sync” on "
        "“contacts”) is in this log, added outside Steady, and could change what Steady saves"
    )
    assert "Traceback" not in err
    conn = sqlite3.connect(log)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (0,)
    # Kept as it was found: the evidence of what was done to the file.
    assert conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'contacts_fts_sync'"
    ).fetchall() == [("contacts_fts_sync",)]
    conn.close()
    services = open_services(log)
    assert services.read_only
    services.close()


def test_one_of_steadys_own_triggers_rewritten_is_named_and_not_written_through(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The hostile variant: the planted body under the name of Steady's search trigger.
    _sql(
        log,
        "DROP TRIGGER contacts_ai; CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN "
        "UPDATE contacts SET severity = 5 WHERE id = new.id; END;",
    )
    assert _problems(log, capsys) == [
        "Steady's trigger “contacts_ai” on “contacts” was changed outside Steady: it can change "
        "what Steady saves."
    ]
    services = open_services(log)
    assert services.read_only
    assert "(“contacts_ai” on “contacts”, changed)" in services.read_only_reason
    services.close()


def test_an_index_or_view_added_or_removed_is_named(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        log,
        "DROP INDEX ledger_by_entity; CREATE INDEX contacts_by_text ON contacts(text); "
        "CREATE VIEW everything AS SELECT * FROM contacts;",
    )
    assert _problems(log, capsys) == [
        "Steady's index “ledger_by_entity” on “ledger” was removed outside Steady.",
        "An index Steady never makes (“contacts_by_text” on “contacts”) was added outside Steady.",
        "A view Steady never makes (“everything”) was added outside Steady.",
    ]


def test_an_untouched_log_has_every_trigger_steady_makes(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(log), "verify"]) == 0


def test_what_a_newer_steady_made_is_not_taken_for_tampering(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        log,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('steady', 'm900_from_the_future', '2027-01-01');"
        "CREATE TRIGGER contacts_future AFTER INSERT ON contacts BEGIN SELECT 1; END;",
    )
    assert main(["--db", str(log), "verify"]) == 0
    assert "never makes" not in capsys.readouterr().out
