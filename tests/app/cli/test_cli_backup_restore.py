"""`backup` and `restore` on the command line: a folder as the target, a locked log's backups,
and the Backup folder chosen in Settings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
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
