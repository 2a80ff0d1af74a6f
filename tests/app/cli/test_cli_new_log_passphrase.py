"""A new log is never silently locked with STEADY_PASSPHRASE, nor with one too short."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _steady(db: Path, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEADY_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.mark.parametrize(("passphrase", "count"), [("ab", "2 characters"), (" ", "1 character")])
def test_a_too_short_passphrase_creates_no_log_and_says_why(
    db_path: Path, passphrase: str, count: str
) -> None:
    added = _steady(db_path, passphrase, "customer", "add", "--name", "Pat Example")
    assert added.returncode == 1 and added.stdout == ""
    assert added.stderr == (
        f"steady: STEADY_PASSPHRASE is set, so the new log {db_path} would be locked with it, "
        f"but it has {count}: choose a passphrase of at least 8 characters, or unset "
        "STEADY_PASSPHRASE to create the log unlocked. Nothing was created.\n"
    )
    assert list(db_path.parent.iterdir()) == []


def test_a_new_log_locked_with_the_variable_says_so_and_warns_to_keep_it(db_path: Path) -> None:
    added = _steady(db_path, "a long passphrase", "customer", "add", "--name", "Pat Example")
    assert added.returncode == 0 and added.stdout == "1\n"
    assert added.stderr.startswith(
        f"steady: note: the new log {db_path} is locked with the passphrase in "
        "STEADY_PASSPHRASE. Keep the passphrase somewhere safe: if it is forgotten, nobody can "
        "open this log"
    )
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    # An existing log opens with it as before, with nothing more said.
    listed = _steady(db_path, "a long passphrase", "customer", "list")
    assert listed.returncode == 0 and "Pat Example" in listed.stdout and listed.stderr == ""


def test_an_existing_plain_log_ignores_a_short_variable(db_path: Path) -> None:
    created = _steady(db_path, "", "customer", "add", "--name", "Pat Example")
    assert created.returncode == 0 and created.stderr == ""
    listed = _steady(db_path, "ab", "customer", "list")
    assert listed.returncode == 0 and "Pat Example" in listed.stdout


def test_passphrase_help_says_to_close_steady_first(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["passphrase", "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "close every Steady window and command using this log first" in shown
    assert "(at least 8 characters)" in shown
