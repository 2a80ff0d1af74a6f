"""`backup` and `restore` on the command line: a folder as the target, a locked log's backups,
and the Backup folder chosen in Settings."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tests.app.log.test_restore_checks as _restore_checks
from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.log.anchors import heads_path
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, tzinfo=UTC)


def _log(db_path: Path, passphrase: str | None = None, text: str = "You will regret this.") -> None:
    services = open_services(db_path, passphrase=passphrase)
    try:
        customers = services.customers.page(0, 10)
        customer_id = (
            customers[0].id if customers else services.customers.add(Customer(name="Gordon Pryce"))
        )
        services.contacts.log(customer_id, inbound(text, AT), [])
    finally:
        services.close()


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_backup_onto_a_folder_asks_for_a_file_name_in_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    _log(db_path)
    folder = tmp_path / "stick"
    folder.mkdir()
    assert main(["--db", str(db_path), "backup", str(folder), *force]) == 2
    assert _error(capsys) == (
        f"steady: {folder} is a folder; give the backup's file name inside it, for example "
        f'"{folder / "steady.db"}".'
    )
    assert list(folder.iterdir()) == []


PASSPHRASE = "correct horse battery"


def _customer_texts(db_path: Path, passphrase: str | None) -> list[str]:
    services = open_services(db_path, passphrase=passphrase)
    try:
        return [c.details.text for c in services.contacts.page_for_customer(1, 0, 100)]
    finally:
        services.close()


def _locked_log_with_a_backup(db_path: Path, tmp_path: Path) -> Path:
    _log(db_path, PASSPHRASE, "Monday's threat.")
    backup = tmp_path / "monday.db"
    services = open_services(db_path, passphrase=PASSPHRASE)
    services.backups.write(str(backup))
    services.close()
    _log(db_path, PASSPHRASE, "Logged after the backup.")
    return backup


def test_a_locked_logs_backup_restores_with_steady_passphrase(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _locked_log_with_a_backup(db_path, tmp_path)
    monkeypatch.setenv("STEADY_PASSPHRASE", PASSPHRASE)
    # The contact logged after the backup is named first; --force puts the backup back.
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    assert "1 contact (#2)" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", str(backup), "--force"]) == 0
    assert capsys.readouterr().out.startswith(f"Restored monday.db as {db_path}.")
    texts = _customer_texts(db_path, PASSPHRASE)
    assert any("Monday's threat." in t for t in texts)
    assert not any("after the backup" in t for t in texts)
    assert not db_path.read_bytes().startswith(b"SQLite format 3")  # still locked


def test_a_locked_logs_backup_restores_with_the_passphrase_typed_at_a_terminal(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _locked_log_with_a_backup(db_path, tmp_path)
    monkeypatch.delenv("STEADY_PASSPHRASE", raising=False)
    asked: list[str] = []

    class Terminal:
        def isatty(self) -> bool:
            return True

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", typed)
    assert main(["--db", str(db_path), "restore", str(backup), "--force"]) == 0
    assert asked == [f"Passphrase for {backup}: "]
    assert not any("after the backup" in t for t in _customer_texts(db_path, PASSPHRASE))


def test_without_the_passphrase_nothing_is_changed_and_the_owner_hears_how_to_give_it(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = _locked_log_with_a_backup(db_path, tmp_path)
    before = db_path.read_bytes()
    monkeypatch.delenv("STEADY_PASSPHRASE", raising=False)
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    assert _error(capsys) == (
        f"steady: {backup} is locked with a passphrase. Enter it to open the log (on the "
        "command line, set STEADY_PASSPHRASE)."
    )
    monkeypatch.setenv("STEADY_PASSPHRASE", "not the passphrase")
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    assert "does not open this log" in _error(capsys)
    assert db_path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".replaced-" in p.name]


def test_restore_measures_the_backup_against_the_automatic_ones_in_the_settings_folder(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Backup folder is on a USB stick: a rewritten, shortened copy is caught by the
    automatic backup there even when the heads file beside the log is gone."""
    stick = tmp_path / "stick"
    stick.mkdir()
    services = open_services(db_path)
    services.settings.update({"backup_folder": str(stick)})
    _restore_checks._log(services, 3)
    assert services.backups.daily()
    services.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    _restore_checks._forge(
        copy,
        *_restore_checks._THANKS,
        "DELETE FROM ledger WHERE seq > (SELECT max(seq) - 2 FROM ledger)",
        "DELETE FROM contact_revisions WHERE id = (SELECT max(id) FROM contact_revisions)",
        "DELETE FROM contacts WHERE id = (SELECT max(id) FROM contacts)",
    )
    Path(heads_path(str(db_path))).unlink()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    assert "copy.db was not restored: this copy disagrees with the automatic backup" in (
        _error(capsys)
    )
    assert db_path.read_bytes() == before
