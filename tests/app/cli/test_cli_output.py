"""Output that cannot be written (a full disk, a closed stdout) and input that is not there
(a closed stdin): one line on stderr, a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FULL = "/dev/full"  # every write to it fails with "No space left on device"

needs_dev_full = pytest.mark.skipif(not os.path.exists(FULL), reason="no /dev/full here")


def _steady(
    *args: str,
    stdout: int | None = None,
    closing: int | None = None,
    text_in: str | None = None,
) -> subprocess.CompletedProcess[str]:
    closer: Callable[[], None] | None = None
    if closing is not None:
        fd = closing

        def closer() -> None:  # the shell's `>&-` / `<&-`
            os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        input=text_in,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=closer,
        timeout=120,
    )


@pytest.fixture
def log_with_one_customer(db_path: Path) -> Path:
    added = _steady("--db", str(db_path), "customer", "add", "--name", "Gordon Pryce")
    assert added.returncode == 0, added.stderr
    return db_path


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@needs_dev_full
@pytest.mark.parametrize(
    "command",
    [["verify"], ["customer", "show", "1"], ["customer", "list"], ["search", "Gordon", "--json"]],
)
def test_output_to_a_full_disk_is_one_line_and_a_failure(
    log_with_one_customer: Path, command: list[str]
) -> None:
    with open(FULL, "w") as full:
        result = _steady("--db", str(log_with_one_customer), *command, stdout=full.fileno())
    assert result.returncode == 1
    assert _one_line(result.stderr) == (
        "steady: cannot write the output: No space left on device. Anything the command "
        "saved is kept; free some space, or send the output elsewhere."
    )


@needs_dev_full
def test_a_contact_logged_with_its_output_to_a_full_disk_is_kept(
    log_with_one_customer: Path,
) -> None:
    db = str(log_with_one_customer)
    with open(FULL, "w") as full:
        result = _steady(
            "--db", db, "log", "--customer", "1", "--channel", "phone", "--text", "He called",
            stdout=full.fileno(),
        )  # fmt: skip
    assert result.returncode == 1
    assert "cannot write the output" in _one_line(result.stderr)
    shown = _steady("--db", db, "customer", "show", "1")
    assert "He called" in shown.stdout


def test_a_closed_stdout_does_nothing_and_says_so(log_with_one_customer: Path) -> None:
    db = str(log_with_one_customer)
    result = _steady(
        "--db", db, "log", "--customer", "1", "--channel", "phone", "--text", "Unseen call",
        closing=1,
    )  # fmt: skip
    assert result.returncode == 1
    assert _one_line(result.stderr).startswith(
        "steady: cannot write the output: standard output is closed; nothing was done."
    )
    assert "Unseen call" not in _steady("--db", db, "customer", "show", "1").stdout
    listed = _steady("--db", db, "customer", "list", closing=1)
    assert listed.returncode == 1 and "standard output is closed" in listed.stderr


def test_tone_of_a_closed_stdin_says_there_is_no_input() -> None:
    result = _steady("tone", "-", closing=0)
    assert result.returncode == 1
    assert _one_line(result.stderr) == (
        "steady: No input: standard input is closed. Give the draft as a file, or pipe it in."
    )


@needs_dev_full
def test_tone_to_a_full_disk_is_one_line() -> None:
    with open(FULL, "w") as full:
        result = _steady("tone", "-", stdout=full.fileno(), text_in="Thank you for writing.")
    assert result.returncode == 1
    assert _one_line(result.stderr).startswith("steady: cannot write the output: No space")
