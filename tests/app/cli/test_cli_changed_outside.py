"""A row changed outside Steady: every command that reads it says so in one line and fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.app.cli.test_cli import steady


def _log_with_two_contacts(db_path: Path) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    for text, at in (
        ("I want a refund", "2026-11-20T09:00"),
        ("Still waiting", "2026-11-21T09:00"),
    ):
        logged = steady(
            db_path, "log", "--customer", "1", "--channel", "email", "--text", text, "--at", at
        )
        assert logged.returncode == 0, logged.stderr


def _change(db_path: Path, sql: str) -> None:
    with sqlite3.connect(db_path) as db:
        db.execute(sql)
    db.close()


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        (
            """UPDATE contacts SET categories = '["threat-nuclear"]' WHERE id = 2""",
            "(“threat-nuclear” is not a category Steady knows)",
        ),
        (
            "UPDATE contacts SET occurred_at = 'yesterday' WHERE id = 2",
            "(“yesterday” is not a date",
        ),
    ],
)
def test_each_command_names_the_contact_and_says_run_verify(
    db_path: Path, sql: str, reason: str
) -> None:
    _log_with_two_contacts(db_path)
    _change(db_path, sql)
    packet = ("packet", "1", "--kind", "termination", "--out", str(db_path.parent / "x.pdf"))
    for command in (("assess", "1"), ("customer", "show", "1"), packet):
        done = steady(db_path, *command)
        assert done.returncode == 1, command
        assert "Traceback" not in done.stderr
        [said] = [line for line in done.stderr.splitlines() if "backup was not taken" not in line]
        assert said.startswith(
            "steady: Contact 2 cannot be read: it was changed outside Steady " + reason
        ), command
        assert "`steady verify`" in said and done.stdout == ""


def test_a_changed_customer_row_is_named_too(db_path: Path) -> None:
    _log_with_two_contacts(db_path)
    _change(db_path, "UPDATE customers SET status = 'gone' WHERE id = 1")
    for command in (("customer", "list"), ("assess", "1")):
        done = steady(db_path, *command)
        assert done.returncode == 1 and "Traceback" not in done.stderr, command
        assert "steady: Customer 1 cannot be read: it was changed outside Steady" in done.stderr
