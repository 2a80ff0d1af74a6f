"""Today's backup is taken once the window is painted, off its thread, and said either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.errors import StorageError
from app.log.backups import Backups, backups_in, default_folder
from storage.database_files import SqliteFiles
from tests.helpers.lines_disk import fill_disk_of
from ui.shell.first_paint import hold_until_first_paint, release_after_first_paint, run_held_work
from ui.shell.launch import open_window


@pytest.fixture
def own_log(tmp_path: Path) -> Path:
    path = tmp_path / "steady.db"
    services = open_services(path)
    services.customers.add(Customer(name="Pat Example"))  # a ledger entry: worth a backup
    services.close()
    return path


def _open(path: Path, tmp_path: Path):
    return open_window(
        path,
        demo_path=tmp_path / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        daily_backup=True,
    )


def test_the_backup_waits_for_the_paint_then_is_taken_and_verified(
    qtbot, own_log: Path, tmp_path: Path
) -> None:
    hold_until_first_paint()  # as launch does
    window = _open(own_log, tmp_path)
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.wait(50)
        assert backups_in(default_folder(str(own_log)), str(own_log)) == []
        release_after_first_paint(window)
        window.show()
        qtbot.waitUntil(lambda: window.daily_backup.done)
        taken = backups_in(default_folder(str(own_log)), str(own_log))
        assert len(taken) == 1
        assert SqliteFiles(None).check(taken[0].path).ok
        assert window.statusBar().currentMessage() == (
            f"Today's backup is taken and verified, in {default_folder(str(own_log))}."
        )
        # Opened again the same day: nothing more is written.
        window.close()
        window.services.close()
        again = _open(own_log, tmp_path)
        assert again is not None
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.daily_backup.done)
        assert len(backups_in(default_folder(str(own_log)), str(own_log))) == 1
        again.close()
        again.services.close()
    finally:
        run_held_work()


def test_a_backup_that_fails_is_said_in_a_banner_and_the_log_stays_usable(
    qtbot, own_log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_self: Backups) -> str:
        raise StorageError("Cannot write the backup: No space left on device")

    monkeypatch.setattr(Backups, "daily", full_disk)
    window = _open(own_log, tmp_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.daily_backup.banner is not None)
    banner = window.daily_backup.banner
    qtbot.waitUntil(banner.isVisible)
    assert "Today's automatic backup could not be taken." in banner.text()
    assert "No space left on device" in banner.text()
    assert window.page.name_label.text() == "Pat Example"
    assert window.log_contact_action.isEnabled()
    window.close()
    window.services.close()


def test_a_backup_whose_head_meets_a_full_disk_is_said_taken_but_not_on_record(
    qtbot, own_log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_disk_of(monkeypatch, ".heads")
    window = _open(own_log, tmp_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.daily_backup.banner is not None)
    text = window.daily_backup.banner.text()
    assert text.startswith(
        f"Today's backup was written to {default_folder(str(own_log))} and verifies, but its "
        f"record could not be saved: the disk of {tmp_path} is full"
    ), text
    assert "could not be taken" not in text and "tries again" not in text
    assert len(backups_in(default_folder(str(own_log)), str(own_log))) == 1
    window.close()
    window.services.close()


def test_a_log_altered_outside_steady_is_said_in_the_banner_not_blamed_on_the_drive(
    qtbot, own_log: Path, tmp_path: Path
) -> None:
    import sqlite3

    conn = sqlite3.connect(own_log)
    conn.execute("UPDATE customers SET name = 'Someone Else'")
    conn.commit()
    conn.close()
    window = _open(own_log, tmp_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.daily_backup.banner is not None)
    text = window.daily_backup.banner.text()
    assert text.startswith(
        "The log does NOT verify: customer 1 was changed outside Steady (it no longer matches "
        "its ledger entry). Keep this file as it is; there is no good automatic backup"
    )
    assert "try another drive" not in text and "Your log itself is fine" not in text
    window.close()
    window.services.close()


def test_the_demo_takes_no_backup(qtbot, tmp_path: Path) -> None:
    window = open_window(
        tmp_path / "steady.db",
        demo_path=tmp_path / "demo.db",
        open_services=open_services,
        start_with_demo=True,
        daily_backup=True,
    )
    assert window is not None and window.services.is_demo
    qtbot.addWidget(window)
    assert window.daily_backup.thread is None
    assert backups_in(default_folder(str(tmp_path / "demo.db")), str(tmp_path / "demo.db")) == []
    window.close()
    window.services.close()


def test_closing_during_the_backup_waits_for_it_and_says_so(
    qtbot, own_log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    real_daily = Backups.daily

    def slow_daily(self: Backups) -> str | None:
        release.wait(10)
        return real_daily(self)

    monkeypatch.setattr(Backups, "daily", slow_daily)
    window = _open(own_log, tmp_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.daily_backup.busy)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    threading.Timer(0.3, release.set).start()
    window.close()  # returns once the copy is whole
    assert "Finishing today's backup before Steady closes…" in said
    taken = backups_in(default_folder(str(own_log)), str(own_log))
    assert len(taken) == 1 and SqliteFiles(None).check(taken[0].path).ok
    window.services.close()
