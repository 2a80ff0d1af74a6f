"""A packet handed on while the disk beside the log is full: its number cannot be written down,
so a restored older backup could give it again. The owner is told where the packet is made;
verify writes the number down once there is room, and no later packet takes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.packets.numbers_used import numbers_path, numbers_used
from tests.helpers.lines_disk import fill_disk_of
from tests.helpers.small_disk import fill, small_disk_fixture  # noqa: F401 (the fixture)

THREAT = "I will break every window in your shop tonight."


def _steady(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _number(pdf: Path) -> str:
    return str(PdfReader(pdf).metadata.title).rsplit(" ", 1)[-1]


def _log(db: Path, text: str, at: str) -> None:
    logged = ("log", "--customer", "1", "--channel", "email", "--no-suggest")
    assert _steady(db, *logged, "--text", text, "--at", at) == 0


def _threatened(db: Path) -> None:
    """Max Loud, who threatened the shop: a customer to make packets of."""
    assert _steady(db, "customer", "add", "--name", "Max Loud") == 0
    _log(db, THREAT, "2026-11-26T22:00")


def test_a_packet_number_a_full_disk_keeps_out_is_told_then_written_down_and_never_given_again(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _steady(db_path, "customer", "add", "--name", "Max Loud") == 0
    _log(db_path, "Refund me.", "2026-11-20T09:00")
    backup = tmp_path / "old.db"
    assert _steady(db_path, "backup", str(backup)) == 0
    _log(db_path, THREAT, "2026-11-26T22:00")
    free = fill_disk_of(monkeypatch, ".numbers")
    capsys.readouterr()

    pdf = tmp_path / "p1.pdf"
    code = _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(pdf))

    out, err = capsys.readouterr()
    assert code == 0, err  # the packet is good, saved and logged: nothing to do again
    number = _number(pdf)
    assert (
        f"steady: Packet {number} was made and logged, but its number could not be written down "
        f"beside the log (the disk of {db_path.parent} is full): free some space there, then "
        "verify the log to write it down; until then do not restore an older backup, or this "
        "number could be given again.\n" in err
    ), err
    assert out.startswith(f"{pdf}\n")
    assert number not in numbers_used(str(db_path))  # half of it, at most

    free()
    assert _steady(db_path, "verify") == 0
    assert number in Path(numbers_path(str(db_path))).read_text().splitlines()

    assert _steady(db_path, "restore", str(backup), "--force") == 0
    again = tmp_path / "p2.pdf"
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(again)) == 0
    assert _number(again) != number


def test_verify_says_when_packet_numbers_still_cannot_be_written_down(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _threatened(db_path)
    fill_disk_of(monkeypatch, ".numbers")
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p.pdf")) == 0
    capsys.readouterr()

    assert _steady(db_path, "verify") == 0

    out = capsys.readouterr().out
    assert (
        "Packet numbers handed on are still not all written down beside the log (the disk of "
        f"{db_path.parent} is full): until they are, do not restore an older backup, or one "
        "could be given again." in out
    ), out


def test_on_a_real_full_disk_the_packet_is_kept_and_its_number_is_told_not_written_down(
    db_path: Path, tmp_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The numbers file lives on a disk of its own, which fills up; the log's disk has room.
    on_small_disk = small_disk / "steady.db.numbers"
    on_small_disk.touch()
    Path(numbers_path(str(db_path))).symlink_to(on_small_disk)
    _threatened(db_path)
    fill(small_disk)
    capsys.readouterr()

    pdf = tmp_path / "p.pdf"
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(pdf)) == 0

    err = capsys.readouterr().err
    number = _number(pdf)
    assert (
        f"steady: Packet {number} was made and logged, but its number could not be written down "
        "beside the log (the disk of " in err
    ), err
    assert on_small_disk.read_bytes() == b""
    (small_disk / "filler").unlink()
    assert _steady(db_path, "verify") == 0
    assert on_small_disk.read_text() == f"{number}\n"


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_a_number_written_down_late_skips_the_next_one_and_the_next_packet_says_why(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The line of the first number is cut short by the full disk, then written whole by
    # verify: the piece may have been another packet's number, so it is never given.
    _threatened(db_path)
    free = fill_disk_of(monkeypatch, ".numbers")
    first = tmp_path / "p1.pdf"
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(first)) == 0
    free()
    assert _steady(db_path, "verify") == 0
    written = numbers_used(str(db_path))
    assert written[-1] == _number(first) and len(written) == 2, written

    second = tmp_path / "p2.pdf"
    assert _steady(db_path, "packet", "1", "--kind", "legal", "--out", str(second)) == 0

    number = _number(second)
    assert number.endswith("-3"), number
    # Said once: which line was cut short, and why no packet has the number after it.
    assert (
        "Line 1 of steady.db.numbers, the file beside the log where each packet number handed "
        f"on is written down, holds “{written[0]}”: a number cut short when the disk was full or "
        "the power went as it was written (or changed outside Steady). Steady cannot tell "
        f"which number it was, nor whether “{written[1]}”, written down after it, is that "
        "number or another written down late, so it counted each as a packet handed on: no "
        "packet for this customer has a number ending in “-2”. No number is ever given twice, "
        "and nothing in your log was lost." in _text(second)
    ), _text(second)
    assert _text(second).count("cut short") == 1
    assert "No packet for this customer" not in _text(first)
