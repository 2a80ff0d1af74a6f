"""`packet --out/--bundle` never write over the log, a backup, any database, or (without
--force) an existing file; a bundle that fails after the PDF was saved says what was written."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.core.errors import SteadyError
from app.packets.making import write_file
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, tzinfo=UTC)
PASSPHRASE = "correct horse battery"


def _log(db_path: Path, passphrase: str | None = None) -> None:
    services = open_services(db_path, passphrase=passphrase)
    # A filled-in business profile: these packets are about where they are written.
    services.settings.update(
        {"business_name": "Lee's Bikes", "owner_name": "Jordan Lee", "business_phone": "0161"}
    )
    customer_id = services.customers.add(Customer(name="Gordon Pryce"))
    services.contacts.log(customer_id, inbound("You will regret this.", AT), [])
    services.close()


def _packet(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "packet", "1", "--kind", "legal", *args])


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _log_still_whole(db_path: Path) -> None:
    services = open_services(db_path)
    try:
        assert [c.name for c in services.customers.page(0, 10)] == ["Gordon Pryce"]
        assert services.verify().ok
    finally:
        services.close()


def test_the_log_itself_is_never_written_over(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path)
    before = db_path.read_bytes()
    assert _packet(db_path, "--out", str(db_path), "--force") == 2
    assert _error(capsys).startswith(f"steady: --out {db_path} is the log itself")
    # A link to it under a harmless name, and its own side files, are the log too.
    os.link(db_path, tmp_path / "gordon.pdf")
    assert _packet(db_path, "--out", str(tmp_path / "gordon.pdf"), "--force") == 2
    assert "is the log itself" in _error(capsys)
    assert _packet(db_path, "--out", "x.pdf", "--bundle", f"{db_path}.heads", "--force") == 2
    assert "is the log itself (or one of its own files)" in _error(capsys)
    assert db_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    assert not (tmp_path / "x.pdf").exists()
    _log_still_whole(db_path)


def test_a_backup_is_never_turned_into_a_pdf_or_a_zip_even_with_force(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path)
    backup = tmp_path / "mybackup.db"
    assert main(["--db", str(db_path), "backup", str(backup)]) == 0
    capsys.readouterr()
    before = backup.read_bytes()
    out = tmp_path / "p.pdf"
    assert _packet(db_path, "--out", str(out), "--bundle", str(backup), "--force") == 2
    assert _error(capsys) == (
        f"steady: --bundle {backup} is a database (a log or a backup of one); Steady never "
        "saves a packet over a database, not even with --force. Choose another name; nothing "
        "was written."
    )
    assert backup.read_bytes() == before
    assert not out.exists()  # refused before anything was made
    heads = Path(f"{backup}.heads")
    written_down = heads.read_bytes()
    assert _packet(db_path, "--out", str(out), "--bundle", str(heads), "--force") == 2
    assert "holds the ledger heads written down for a database" in _error(capsys)
    assert heads.read_bytes() == written_down


def test_a_backup_of_a_locked_log_is_recognised_too(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STEADY_PASSPHRASE", PASSPHRASE)
    _log(db_path, PASSPHRASE)
    backup = tmp_path / "locked-backup.db"
    assert main(["--db", str(db_path), "backup", str(backup)]) == 0
    capsys.readouterr()
    before = backup.read_bytes()
    assert not before.startswith(b"SQLite format 3")
    assert _packet(db_path, "--out", str(backup), "--force") == 2
    assert "is a database" in _error(capsys)
    assert backup.read_bytes() == before


def test_an_existing_file_is_replaced_only_with_force(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path)
    out = tmp_path / "letter-to-lawyer.pdf"
    out.write_bytes(b"the owner's own letter")
    assert _packet(db_path, "--out", str(out)) == 2
    assert _error(capsys) == (
        f"steady: --out {out} already exists; choose another name, or add --force to "
        "replace it. Nothing was written."
    )
    assert out.read_bytes() == b"the owner's own letter"
    assert _packet(db_path, "--out", str(out), "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_out_and_bundle_naming_one_file_or_a_folder_are_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path)
    same = str(tmp_path / "p.pdf")
    assert _packet(db_path, "--out", same, "--bundle", same) == 2
    assert "--out and --bundle name the same file" in _error(capsys)
    assert _packet(db_path, "--out", str(tmp_path)) == 2
    assert "is a folder; give the name of a file inside it" in _error(capsys)
    assert _packet(db_path, "--out", str(tmp_path / "nowhere" / "p.pdf")) == 2
    assert "does not exist" in _error(capsys)
    assert not Path(same).exists()


def test_saving_over_a_database_is_refused_wherever_the_name_comes_from(db_path: Path) -> None:
    """The window's save dialog asks "replace?" and then calls the same write."""
    _log(db_path)
    before = db_path.read_bytes()
    with pytest.raises(SteadyError, match="is a database"):
        write_file(str(db_path), b"%PDF-1.4")
    assert db_path.read_bytes() == before


def test_a_bundle_that_cannot_be_written_after_the_pdf_says_what_was_and_was_not(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _log(db_path)
    out, bundle = tmp_path / "ok.pdf", tmp_path / "b.zip"
    real_write = write_file

    def full_for_zips(path: str, data: bytes) -> None:
        if path.endswith(".zip"):  # the stick is full by the time the bundle comes
            raise SteadyError(
                "Cannot write b.zip: No space left on device. Choose another folder; "
                "nothing was lost."
            )
        real_write(path, data)

    monkeypatch.setattr("app.cli.packet.write_file", full_for_zips)
    assert _packet(db_path, "--out", str(out), "--bundle", str(bundle), "--json") == 1
    captured = capsys.readouterr()
    shown = json.loads(captured.out)
    assert shown["path"] == str(out) and shown["pages"] >= 1 and "bundle" not in shown
    assert shown["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert captured.err.strip() == (
        f"steady: {out} was saved and logged as handed on, but the bundle was NOT written: "
        "Cannot write b.zip: No space left on device. Choose another folder; nothing was "
        "lost. To make the bundle, run the command again with another --bundle place (and "
        "another --out, or --force to replace the PDF)."
    )
    assert not bundle.exists()
