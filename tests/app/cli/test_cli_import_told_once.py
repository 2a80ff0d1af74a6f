"""What `steady import` tells the owner when nothing could be done: an empty folder is a
failure worth a question, and a full disk is said once, not once per message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storage.database
from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.importing.batch_report import ImportFailure, failure_runs
from tests.helpers.import_fixtures import ANGRY, write_mbox


@pytest.fixture
def angry(db_path: Path) -> int:
    services = open_services(db_path)
    customer = services.customers.add(Customer(name="Angry Example", emails=(ANGRY,)))
    services.close()
    return customer


def test_an_empty_folder_is_a_failure_that_asks_if_it_was_the_right_one(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, angry: int
) -> None:
    empty = tmp_path / "Complaints"
    (empty / ".hidden").mkdir(parents=True)
    (empty / ".DS_Store").write_bytes(b"\0\0")
    code = main(["--db", str(db_path), "import", str(empty)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines() == [
        "Imported 0, skipped 0 already there, failed 1.",
        "  failed: Complaints: The folder has no files in it, so nothing was imported. Was it "
        "the right folder? (Files whose names start with a dot are skipped.)",
    ]


def test_a_folder_with_only_files_left_out_is_not_called_empty(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, angry: int
) -> None:
    folder = tmp_path / "Mail"
    folder.mkdir()
    (folder / "Trash").write_bytes(b"")
    assert main(["--db", str(db_path), "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "no files in it" not in out and "left out: Mail/Trash" in out


def test_a_full_disk_during_a_mailbox_is_told_once_for_all_its_messages(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    angry: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = write_mbox(tmp_path / "complaints.mbox", 150)
    later = write_mbox(tmp_path / "later.mbox", 3, start=500)
    real_connect = storage.database.connect

    def full_disk(path: str, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(path, *args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 30}")  # room for a few messages only
        return conn

    monkeypatch.setattr(storage.database, "connect", full_disk)
    code = main(["--db", str(db_path), "import", str(box), str(later)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    failed = [line for line in lines if line.startswith("  failed:")]
    assert len(failed) <= 3, lines
    assert all("The disk is full. What was imported before this stays" in f for f in failed)
    assert not any("what you typed" in line or "nothing was saved" in line for line in lines)
    assert any("later.mbox" in line for line in failed)
    monkeypatch.undo()
    services = open_services(db_path)
    try:
        kept = services.contacts.count_for_customer(angry)
        assert lines[0].startswith(f"Imported {kept}, ")  # what it says was saved, was
        assert services.verify().ok
    finally:
        services.close()


def test_runs_of_the_same_reason_name_their_first_and_last_and_count() -> None:
    failures = [ImportFailure(f"box.mbox, message {n}", "Not saved: full") for n in range(1, 101)]
    failures += [ImportFailure("box.mbox", "full"), ImportFailure("odd.eml", "damaged")]
    failures += [ImportFailure("a.eml", "Not imported: full"), ImportFailure("b.eml", "damaged")]
    assert failure_runs(failures) == [
        ("box.mbox, message 1 … box.mbox, message 100 (100)", "Not saved: full"),
        ("box.mbox", "full"),
        ("odd.eml", "damaged"),
        ("a.eml", "Not imported: full"),
        ("b.eml", "damaged"),
    ]
