"""A local time typed on the night the clocks change: one that never happened (spring
forward) or happened twice (fall back) is refused in one line that names the gap or both
readings, never stored an hour away from what the owner typed."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main


@pytest.fixture(autouse=True)
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _steady(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def customer(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = _steady(db_path, capsys, "customer", "add", "--name", "Ned Zone")
    assert code == 0
    return out.strip()


def _log_at(
    db: Path, capsys: pytest.CaptureFixture[str], customer: str, at: str
) -> tuple[int, str, str]:
    return _steady(
        db, capsys, "log", "--customer", customer, "--channel", "email", "--no-suggest",
        "--text", f"typed {at}", "--at", at,
    )  # fmt: skip


def _stored(db: Path, capsys: pytest.CaptureFixture[str], customer: str) -> list[str]:
    _, out, _ = _steady(db, capsys, "customer", "show", customer, "--json")
    return [c["details"]["occurred_at"] for c in json.loads(out)["contacts"]]


def test_a_time_the_clocks_skipped_is_refused_with_the_time_it_can_be(
    db_path: Path, capsys: pytest.CaptureFixture[str], customer: str
) -> None:
    code, _, err = _log_at(db_path, capsys, customer, "2026-03-08T02:30")
    assert code == 2
    assert err == (
        "steady: 2026-03-08 02:30 does not exist in your time zone: the clocks went forward "
        "from 02:00 to 03:00 that night. Did you mean 03:30 EDT (UTC-04:00)? "
        "Type 2026-03-08T03:30.\n"
    )
    assert _stored(db_path, capsys, customer) == []
    # The time offered is taken as it reads.
    code, _, err = _log_at(db_path, capsys, customer, "2026-03-08T03:30")
    assert code == 0, err
    assert _stored(db_path, capsys, customer) == ["2026-03-08T07:30:00+00:00"]


def test_a_time_that_happened_twice_is_refused_naming_both(
    db_path: Path, capsys: pytest.CaptureFixture[str], customer: str
) -> None:
    code, _, err = _log_at(db_path, capsys, customer, "2026-11-01 01:30")
    assert code == 2
    assert err == (
        "steady: 2026-11-01 01:30 happened twice in your time zone (the clocks went back that "
        "night): 01:30 EDT (UTC-04:00) or 01:30 EST (UTC-05:00)? Type it with its zone: "
        "2026-11-01T01:30-04:00 or 2026-11-01T01:30-05:00.\n"
    )
    assert _stored(db_path, capsys, customer) == []
    code, _, err = _log_at(db_path, capsys, customer, "2026-11-01T01:30-05:00")
    assert code == 0, err
    assert _stored(db_path, capsys, customer) == ["2026-11-01T06:30:00+00:00"]


def test_an_action_time_is_read_the_same_way(
    db_path: Path, capsys: pytest.CaptureFixture[str], customer: str
) -> None:
    code, _, err = _steady(
        db_path, capsys, "action", customer, "warning", "--at", "2026-03-08T02:59"
    )
    assert code == 2
    assert "does not exist in your time zone" in err and "Type 2026-03-08T03:59." in err


@pytest.mark.parametrize(
    "at", ["2026-03-08T01:59", "2026-03-08T03:00", "2026-11-01T00:59", "2026-11-01T02:00"]
)
def test_the_minutes_either_side_of_a_change_are_taken(
    db_path: Path, capsys: pytest.CaptureFixture[str], customer: str, at: str
) -> None:
    code, _, err = _log_at(db_path, capsys, customer, at)
    assert code == 0, err
