"""A backup whose head cannot be written down beside the log (its disk full, on a real small
filesystem): the owner is told the backup is good but not on record, never a plain success."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.log.anchors import heads_path, read_heads
from app.log.verify import ledger_head
from storage.database_files import SqliteFiles
from tests.helpers.fixtures import inbound
from tests.helpers.lines_disk import fill_disk_of
from tests.helpers.small_disk import fill, small_disk_fixture  # noqa: F401 (the fixture)

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set(), raising=False)


def _log(db: Path, text: str) -> None:
    services = open_services(db)
    try:
        customer_id = (
            1 if services.customers.count() else services.customers.add(Customer(name="Vic Hale"))
        )
        services.contacts.log(customer_id, inbound(text, AT), [])
    finally:
        services.close()


def _entries(db: Path) -> int:
    services = open_services(db)
    try:
        return ledger_head(services.store).entries
    finally:
        services.close()


def _near_a_page_end(heads: Path) -> None:
    """The heads of a month's use: the file ends just short of a 4 KB page, so the next line
    needs a page the full disk no longer has (a line within a page already held lands)."""
    line = heads.read_text().splitlines()[-1] + "\n"
    copies = (4096 - heads.stat().st_size) // len(line)
    with open(heads, "a") as handle:
        handle.write(line * copies)
    assert 4096 - len(line) < heads.stat().st_size <= 4096


def test_a_backup_whose_head_meets_a_full_disk_is_not_told_as_a_success(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "shop.db"
    _log(db, "Refund me.")
    assert main(["--db", str(db), "verify"]) == 0  # today's backup taken, with room to spare
    _log(db, "I know where you park.")
    _near_a_page_end(Path(heads_path(str(db))))
    fill(small_disk)
    stick = tmp_path / "stick"
    stick.mkdir()
    capsys.readouterr()

    code = main(["--db", str(db), "backup", str(stick / "b.db")])

    out, err = capsys.readouterr()
    assert code == 1, out
    assert out == ""
    assert (
        f"steady: The backup was written to {stick / 'b.db'} and verifies, but its record could "
        f"not be saved: the disk of {small_disk} is full, so shop.db.heads, the file beside your "
        "log where each backup's ledger head is written down, does not hold this one. Your log "
        "and the backup are fine. Free some space there, then back up again." in err
    ), err
    # The copy is good and kept: discarding it would leave the owner with less.
    assert SqliteFiles(None).check(str(stick / "b.db")).ok
    head = _entries(db)
    assert head not in [seen.head.entries for seen in read_heads(heads_path(str(db)))]

    (small_disk / "filler").unlink()
    assert main(["--db", str(db), "backup", "--force", str(stick / "b.db")]) == 0
    assert read_heads(heads_path(str(db)))[-1].head.entries == head


def test_a_daily_backup_whose_head_is_not_written_down_says_it_was_taken_but_not_recorded(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(db_path, "Refund me.")
    fill_disk_of(monkeypatch, ".heads")
    capsys.readouterr()

    assert main(["--db", str(db_path), "customer", "list"]) == 0

    err = capsys.readouterr().err
    folder = db_path.parent / "Steady backups"
    assert err.startswith(
        f"steady: Today's backup was written to {folder} and verifies, but its record could not "
        f"be saved: the disk of {db_path.parent} is full, so steady.db.heads beside your log "
        "does not hold its ledger head. Your log and the backup are fine."
    ), err
    assert "not taken" not in err
    assert len(list(folder.glob("steady-*.db"))) == 1
