"""The command line as a script would use it: a real subprocess, real output, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def steady(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_add_log_show_search_verify(db_path: Path) -> None:
    added = steady(db_path, "customer", "add", "--name", "Ana Ruiz", "--email", "ana@shop.example")
    assert added.returncode == 0, added.stderr
    customer_id = added.stdout.strip()
    assert customer_id == "1"

    logged = steady(
        db_path,
        "log",
        "--customer",
        customer_id,
        "--channel",
        "email",
        "--text",
        "I'll leave a one-star review everywhere.",
        "--summary",
        "Review threat",
        "--category",
        "threat-public",
        "--at",
        "2026-10-01T09:30:00+02:00",
        "--severity",
        "3",
        "--minutes",
        "12",
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.strip() == "1"

    shown = steady(db_path, "customer", "show", customer_id, "--json")
    data = json.loads(shown.stdout)
    [contact] = data["contacts"]
    assert contact["details"]["text"] == "I'll leave a one-star review everywhere."
    assert contact["details"]["occurred_at"] == "2026-10-01T07:30:00+00:00"
    assert contact["details"]["occurred_tz"] == "+02:00"
    assert contact["details"]["categories"] == ["threat-public"]
    assert data["minutes_spent"] == 12

    text = steady(db_path, "customer", "show", customer_id).stdout
    assert "Ana Ruiz" in text and "> I'll leave a one-star review everywhere." in text

    listed = json.loads(steady(db_path, "customer", "list", "--json").stdout)
    assert [(c["name"], c["contact_count"]) for c in listed] == [("Ana Ruiz", 1)]

    found = json.loads(steady(db_path, "search", "review", "--json").stdout)
    assert found[0]["kind"] == "contact" and "[review]" in found[0]["highlighted"]

    verified = steady(db_path, "verify")
    # The customer, the contact, and the threat its words suggested (kept: it was ticked).
    assert verified.returncode == 0 and verified.stdout.startswith(
        "Nothing in your log was changed.\nThe log verifies: 4 ledger"
    )


def test_demo_then_verify(db_path: Path) -> None:
    made = steady(db_path, "demo", "--json")
    assert made.returncode == 0, made.stderr
    counts = json.loads(made.stdout)
    assert counts["customers"] == 4 and 55 <= counts["contacts"] <= 75
    assert steady(db_path, "verify").returncode == 0
    again = steady(db_path, "demo")
    assert again.returncode != 0 and "already has customers" in again.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["customer", "show", "42"], "There is no customer 42."),
        (["log", "--customer", "1", "--channel", "fax", "--text", "x"], "invalid choice: 'fax'"),
        (["log", "--customer", "7", "--channel", "email", "--text", "x"], "no customer 7"),
        (
            ["log", "--customer", "1", "--channel", "email", "--text", "x", "--at", "yesterday"],
            "--at “yesterday” is not an ISO date",
        ),
        (["customer", "add", "--name", "Bo", "--email", "bo(at)x"], "does not look like an email"),
    ],
)
def test_errors_are_one_clear_line(db_path: Path, args: list[str], message: str) -> None:
    result = steady(db_path, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_verify_fails_loudly_on_tampering(db_path: Path) -> None:
    import sqlite3

    steady(db_path, "demo")
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER contacts_no_delete")
    conn.execute("UPDATE contacts SET text = 'Thank you!' WHERE id = 5")
    conn.commit()
    conn.close()
    result = steady(db_path, "verify")
    assert result.returncode == 1
    assert "Contact 5 was changed outside Steady" in result.stdout


def test_command_line_does_not_load_qt(db_path: Path) -> None:
    code = (
        "import sys; from app.cli import main; main(['--db', sys.argv[1], 'customer', 'list']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_opening_the_window_does_not_load_the_commands() -> None:
    """The window is what the owner starts every day; the commands' modules (packets, the
    importer, the tone rules) are loaded only when a command is given."""
    code = (
        "import sys; from app.cli import window_options; "
        "print(window_options(['--db', 'x.db', '--demo']), window_options(['customers']), "
        "window_options(['--db=y.db']).db, "
        "sorted(m for m in sys.modules if m.startswith('app.cli.')))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == ("Namespace(db='x.db', demo=True, command=None) None y.db []")
