"""The log file as another account, a crash or a sync tool would meet it: copies readable by the
owner only from their first byte, nothing left behind by a copy cut short, no moment of a
restore without a log, and an emptied log never mistaken for a place to start afresh."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.application import open_services, restore
from app.core.domain import Customer
from app.core.errors import CorruptDatabaseError, StorageError
from app.log.anchors import heads_path, read_heads
from storage.database import remove_stale_partials
from tests.helpers.fixtures import FakeClock, inbound

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _log_with_words(path: Path, words: str = "You will regret this.") -> None:
    services = open_services(path, FakeClock())
    customer = services.customers.add(Customer(name="Gordon Pryce"))
    services.contacts.log(customer, inbound(words, FakeClock()()), [])
    services.verify()  # writes the head down, as the owner's verify does
    services.close()


@pytest.fixture
def shared_umask():
    """A stock desktop's umask: new files readable by every account unless Steady says not."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_log_and_its_wal_are_the_owner_s_only(tmp_path: Path, shared_umask) -> None:
    path = tmp_path / "steady.db"
    _log_with_words(path)
    services = open_services(path)
    try:
        assert _mode(path) == 0o600
        assert _mode(Path(f"{path}-wal")) & 0o077 == 0
    finally:
        services.close()


def test_a_restored_log_is_the_owner_s_only(tmp_path: Path, shared_umask) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path)
    services = open_services(path)
    backup = tmp_path / "b1.db"
    services.backups.write(str(backup))
    services.close()
    restore(path, backup)
    assert _mode(path) == 0o600
    assert _mode(backup) == 0o600


def test_a_log_copied_in_readable_by_all_is_tightened_when_opened(
    tmp_path: Path, shared_umask
) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path)
    os.chmod(path, 0o644)
    open_services(path).close()
    assert _mode(path) == 0o600


def test_a_read_only_log_stays_read_only_when_tightened(tmp_path: Path, shared_umask) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path)
    os.chmod(path, 0o444)
    try:
        open_services(path).close()
        assert _mode(path) == 0o400
    finally:
        os.chmod(path, 0o600)


def test_a_backup_is_unreadable_to_others_while_it_is_being_written(
    tmp_path: Path, shared_umask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen from inside SQLite's copy: the partial file already has the owner-only mode."""
    import storage.database as database

    path = tmp_path / "shop.db"
    _log_with_words(path)
    modes: list[int] = []
    connect = database.connect

    def watching(target: str, *args: object, **kwargs: object):
        if target.endswith(".partial"):
            modes.append(_mode(Path(target)))
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(database, "connect", watching)
    services = open_services(path)
    try:
        services.backups.write(str(tmp_path / "b.db"))
    finally:
        services.close()
    assert modes == [0o600]


def test_what_a_crashed_copy_left_is_removed_by_the_next_and_a_live_one_is_not(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Steady backups"
    folder.mkdir()
    crashed = folder / ".shop-2026-11-27-031234.db.ba745232.partial"
    crashed_journal = folder / ".shop-2026-11-27-031234.db.ba745232.partial-journal"
    live = folder / ".shop-2026-11-27-091500.db.0c0ffee0.partial"
    kept = folder / "shop-2026-11-26-101010.db"
    for made in (crashed, crashed_journal, live, kept):
        made.write_bytes(b"SQLite format 3\x00" + b"Gordon Pryce" * 100)
    two_hours_ago = time.time() - 7200
    for old in (crashed, crashed_journal, kept):
        os.utime(old, (two_hours_ago, two_hours_ago))
    removed = remove_stale_partials(str(folder))
    assert sorted(removed) == sorted([crashed.name, crashed_journal.name])
    assert live.exists() and kept.exists()


def test_the_day_s_backup_clears_what_a_crashed_one_left(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path)
    folder = tmp_path / "Steady backups"
    folder.mkdir()
    crashed = folder / ".shop-2026-11-26-031234.db.ba745232.partial"
    crashed.write_bytes(b"Gordon Pryce" * 1000)
    long_ago = time.time() - 86400
    os.utime(crashed, (long_ago, long_ago))
    services = open_services(path)
    try:
        assert services.backups.daily()
    finally:
        services.close()
    assert not crashed.exists()


def test_an_emptied_log_is_reported_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    _log_with_words(path)
    entries = max(seen.head.entries for seen in read_heads(heads_path(str(path))))
    heads_before = Path(heads_path(str(path))).read_bytes()
    path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError) as raised:
        open_services(path)
    said = str(raised.value)
    assert f"the file is empty, but {entries} ledger entries were written down" in said
    assert "nothing was written to it" in said
    assert path.read_bytes() == b""
    assert Path(heads_path(str(path))).read_bytes() == heads_before
    assert not list(tmp_path.glob("demo.db.heads.old-*"))


def test_the_command_line_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = tmp_path / "demo.db"
    _log_with_words(path)
    path.write_bytes(b"")
    assert main(["--db", str(path), "verify"]) != 0
    err = capsys.readouterr().err
    assert "the file is empty" in err and "Traceback" not in err
    assert "Nothing in your log was changed" not in err


def test_a_new_log_still_starts_where_a_log_was_deleted(tmp_path: Path) -> None:
    """Deleting a log on purpose and starting afresh stays possible: the old heads go aside."""
    path = tmp_path / "shop.db"
    _log_with_words(path)
    path.unlink()
    services = open_services(path)
    try:
        assert services.verify().ok
    finally:
        services.close()
    assert list(tmp_path.glob("shop.db.heads.old-*"))


_SLOW_RESTORE = textwrap.dedent(
    """
    import shutil, sys, time
    sys.path.insert(0, {root!r})
    copy = shutil.copyfileobj

    def slow(reading, writing, length=0):
        open({marker!r}, "w").close()
        time.sleep(30)
        copy(reading, writing, length)

    shutil.copyfileobj = slow
    from app.application import restore
    restore({database!r}, {backup!r})
    """
)


def test_a_restore_killed_while_copying_leaves_the_log_in_place(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path, "Original words before the backup.")
    services = open_services(path)
    backup = tmp_path / "b.db"
    services.backups.write(str(backup))
    customer = services.customers.page(0, 1)[0].id
    services.contacts.log(customer, inbound("Written after the backup.", FakeClock()()), [])
    services.close()
    marker = tmp_path / "copying"
    script = _SLOW_RESTORE.format(
        root=str(ROOT), marker=str(marker), database=str(path), backup=str(backup)
    )
    process = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, "the restore ended before it copied"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert path.exists()
    services = open_services(path)
    try:
        texts = [c.text for c in services.contacts.page_for_customer(customer, 0, 100)]
        assert "Written after the backup." in texts
        assert services.verify().ok
    finally:
        services.close()


def test_a_restore_cut_short_between_its_renames_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _log_with_words(path)
    aside = tmp_path / "shop.db.replaced-2026-11-27-031340"
    path.rename(aside)
    with pytest.raises(StorageError) as raised:
        open_services(path)
    assert "a restore was cut short" in str(raised.value)
    assert aside.name in str(raised.value)
    assert not path.exists()


def test_a_read_only_backup_folder_is_named_and_the_work_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write-protected stick as the Backup folder: on such a drive creating the copy fails,
    and so does removing what was never made."""
    import errno

    import storage.database as database
    from app.cli import main

    path = tmp_path / "shop.db"
    _log_with_words(path)
    folder = tmp_path / "stick"
    folder.mkdir()
    services = open_services(path)
    services.settings.update({"backup_folder": str(folder)})
    services.close()

    def read_only(target: str, *_args: object) -> None:
        if str(folder) in target:
            raise OSError(errno.EROFS, "Read-only file system", target)
        raise AssertionError(target)

    def cannot_remove(target: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system", target)

    monkeypatch.setattr(database, "create_private", read_only)
    monkeypatch.setattr(database.os, "remove", cannot_remove)
    code = main(
        [
            "--db",
            str(path),
            "log",
            "--customer",
            "1",
            "--channel",
            "phone",
            "--text",
            "He called again, shouting",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    assert f"The folder {folder} cannot be written to (Read-only file system)" in captured.err
    monkeypatch.undo()
    services = open_services(path)
    try:
        texts = [c.text for c in services.contacts.page_for_customer(1, 0, 10)]
        assert "He called again, shouting" in texts
    finally:
        services.close()
