"""Numbers out of range on the command line are one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "--customer", "1", "--channel", "email", "--text", "x", "--minutes", "1e20"],
        ["log", "--customer", "1", "--channel", "email", "--text", "x", "--minutes", "9" * 30],
        ["log", "--customer", "1", "--channel", "email", "--text", "x", "--severity", "99"],
        ["log", "--customer", "9" * 30, "--channel", "email", "--text", "x"],
        ["customer", "add", "--name", "X", "--paid", "NaN"],
        ["customer", "add", "--name", "X", "--paid", "1e999"],
        ["customer", "add", "--name", "X", "--paid=-Infinity"],
        ["customer", "show", "9" * 30],
        ["search", "x", "--limit", "1e9"],
        ["action", "1", "refund", "--amount", "1e999"],
        ["action", "1", "refund", "--amount", "NaN"],
        ["packet", "9" * 30],
    ],
)
def test_an_out_of_range_number_is_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["--db", str(tmp_path / "steady.db"), *argv])
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    error = capsys.readouterr().err
    assert code == 2
    assert error.startswith("steady: ") and error.count("\n") == 1
    assert "Traceback" not in error
