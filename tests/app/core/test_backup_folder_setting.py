"""The Backup folder typed in Settings is one place, whatever folder Steady was started in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.domain import Customer
from app.core.errors import InvalidInputError
from app.log.backups import backup_folder
from app.services import Services
from tests.helpers.fixtures import inbound


def _take_a_backup(services: Services) -> str | None:
    from datetime import UTC, datetime

    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("Hello", datetime(2026, 10, 1, tzinfo=UTC)), [])
    return services.backups.daily()


def test_a_tilde_is_the_home_folder_wherever_steady_was_started(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "started-here"
    home.mkdir()
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    services.settings.update({"backup_folder": "~/SteadyBackups"})
    # What the owner sees when Settings opens again: the full path.
    assert services.settings.text("backup_folder") == str(home / "SteadyBackups")
    taken = _take_a_backup(services)
    assert taken is not None and Path(taken).parent == home / "SteadyBackups"
    assert os.listdir(elsewhere) == []  # no folder named "~" where Steady was started


@pytest.mark.parametrize("typed", ["USB Backups", "./backups", "../backups", "~nosuchuser/b"])
def test_a_bare_folder_name_is_refused_with_what_to_do(services: Services, typed: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        services.settings.update({"backup_folder": typed})
    assert "is not a full path" in str(refused.value)
    assert "Choose…" in str(refused.value)
    assert services.settings.text("backup_folder") == ""


def test_a_bare_name_saved_by_an_earlier_steady_is_taken_beside_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = str(tmp_path / "logs" / "shop.db")
    monkeypatch.chdir(tmp_path)
    expected = str(tmp_path / "logs" / "USB Backups")
    assert backup_folder("USB Backups", database) == expected
    monkeypatch.chdir("/")
    assert backup_folder("USB Backups", database) == expected
    assert backup_folder("", database) == str(tmp_path / "logs" / "Steady backups")
