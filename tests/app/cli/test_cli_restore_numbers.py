"""Restoring an older backup, then making a packet: `restore` names what the restored log will
no longer hold (the contact and the packet handed on, by number) and needs --force; the next
packet never takes the number of one already handed on."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.app.cli.test_cli import steady

THREAT = "I will break every window in your shop tonight."


def _title(pdf: Path) -> str:
    return str(PdfReader(pdf).metadata.title)


def test_a_restore_names_what_it_takes_out_and_packet_numbers_never_repeat(
    db_path: Path, tmp_path: Path
) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    first = ("log", "--customer", "1", "--channel", "email", "--no-suggest")
    assert (
        steady(db_path, *first, "--text", "Refund me.", "--at", "2026-11-20T09:00").returncode == 0
    )
    backup = tmp_path / "old.db"
    assert steady(db_path, "backup", str(backup)).returncode == 0
    logged = steady(db_path, *first, "--text", THREAT, "--at", "2026-11-26T22:00")
    assert logged.returncode == 0 and logged.stdout.strip() == "2"
    p1 = tmp_path / "p1.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(p1)).returncode == 0
    number = _title(p1).rsplit(" ", 1)[-1]

    refused = steady(db_path, "restore", str(backup))
    assert refused.returncode == 1
    assert refused.stderr.startswith("steady: old.db was not restored. The restored log will no ")
    assert f"1 contact (#2) with its first wording and 1 packet handed on ({number})" in (
        refused.stderr
    )
    assert "run the command again with --force" in refused.stderr
    assert "Max Loud" in steady(db_path, "customer", "show", "1", "--full").stdout
    assert THREAT in steady(db_path, "customer", "show", "1", "--full").stdout  # not restored

    done = steady(db_path, "restore", str(backup), "--force")
    assert done.returncode == 0, done.stderr
    assert f"1 contact (#2) with its first wording and 1 packet handed on ({number})" in (
        done.stdout
    )
    assert THREAT not in steady(db_path, "customer", "show", "1", "--full").stdout

    p2 = tmp_path / "p2.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(p2)).returncode == 0
    again = _title(p2).rsplit(" ", 1)[-1]
    assert again != number
    assert again.rsplit("-", 1)[-1] == str(int(number.rsplit("-", 1)[-1]) + 1)


def test_restoring_a_backup_that_holds_everything_asks_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    backup = tmp_path / "same.db"
    assert steady(db_path, "backup", str(backup)).returncode == 0
    done = steady(db_path, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert "no longer holds" not in done.stdout
