"""Heads written down by verify, a packet and a restore while the disk beside the log is full:
the operation stands and the owner is told what was not written down, never silence. A restore
the heads file does not hold would make verify fail later: said, with how to put it right."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.log.anchors import RESTORED, heads_path, read_heads
from tests.helpers.lines_disk import fill_disk_of

THREAT = "I will break every window in your shop tonight."


@pytest.fixture(autouse=True)
def new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set(), raising=False)


def _steady(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _log(db: Path, text: str) -> None:
    logged = ("log", "--customer", "1", "--channel", "email", "--no-suggest")
    assert _steady(db, *logged, "--text", text, "--at", "2026-11-26T22:00") == 0


def _customer(db: Path) -> None:
    assert _steady(db, "customer", "add", "--name", "Max Loud") == 0
    _log(db, "Refund me.")


def test_verify_says_its_head_was_not_written_down(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _customer(db_path)
    fill_disk_of(monkeypatch, ".heads")
    capsys.readouterr()

    assert _steady(db_path, "verify") == 0  # the log verifies: that is not taken back

    out = capsys.readouterr().out
    assert (
        "The log's head could not be written down beside it (the disk of "
        f"{db_path.parent} is full); the log verifies, and its head is written down the next "
        "time you verify it once there is room." in " ".join(out.split())
    ), out


def test_a_packet_says_its_head_was_not_written_down(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _customer(db_path)
    fill_disk_of(monkeypatch, ".heads")
    capsys.readouterr()

    pdf = tmp_path / "p.pdf"
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(pdf)) == 0

    err = capsys.readouterr().err
    assert (
        "steady: The ledger head printed on packet L-1-" in err
        and f"could not be written down beside the log (the disk of {db_path.parent} is full); "
        "the packet and the log are fine.\n"
        in err
    ), err


def test_a_restore_not_written_down_is_told_with_how_to_put_it_right(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _customer(db_path)
    backup = tmp_path / "old.db"
    assert _steady(db_path, "backup", str(backup)) == 0
    _log(db_path, THREAT)
    assert _steady(db_path, "verify") == 0  # its head, with the threat, is written down
    free = fill_disk_of(monkeypatch, ".heads")
    capsys.readouterr()

    code = _steady(db_path, "restore", str(backup), "--force")

    out, err = capsys.readouterr()
    assert code == 0, err  # the backup is back in place: not a failure to redo at once
    assert out.startswith("Restored old.db as "), out
    assert (
        f"steady: The restore could not be written down beside the log (the disk of "
        f"{db_path.parent} is full): steady.db.heads does not say that old.db was put back, so "
        "verify will find the log shorter than heads written down before and say it does NOT "
        "verify. Your restored log is fine. Free some space there, then restore old.db again "
        "before you log anything new: it puts back the same log and writes the restore down.\n"
        in err
    ), err
    assert not any(s.where.startswith(RESTORED) for s in read_heads(heads_path(str(db_path))))

    free()
    assert _steady(db_path, "verify") != 0  # as it was told
    assert _steady(db_path, "restore", str(backup)) == 0  # nothing new to lose: not asked
    capsys.readouterr()
    assert _steady(db_path, "verify") == 0, capsys.readouterr()
