"""A log locked with a passphrase: unreadable without it, whole with it, backups locked too."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services, passphrase_lock
from app.core.domain import Customer
from app.core.errors import PassphraseError, PassphraseNeededError
from app.core.search_hits import HIT_END, HIT_START
from tests.helpers.fixtures import inbound

ROOT = Path(__file__).resolve().parents[2]
SECRET_NAME = "Zebediah Quartermaine"
SECRET_WORDS = "I know where your shop is and I will smash every window"
PASSPHRASE = "correct horse battery"


def _fill(path: Path, passphrase: str | None) -> None:
    services = open_services(path, passphrase=passphrase)
    customer_id = services.customers.add(Customer(name=SECRET_NAME, emails=("zq@example.net",)))
    services.contacts.log(
        customer_id, inbound(SECRET_WORDS, datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    )
    services.close()


def _plain_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


def test_a_locked_log_holds_no_readable_name_or_words(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    data = _plain_bytes(path)
    for secret in (SECRET_NAME, "smash every window", "zq@example.net"):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data
    assert not data.startswith(b"SQLite format 3")


def test_with_the_passphrase_everything_works_search_included(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    services = open_services(path, passphrase=PASSPHRASE)
    try:
        assert [c.name for c in services.customers.page(0, 10)] == [SECRET_NAME]
        hits = services.search("smash")
        assert hits and "smash" in hits[0].snippet.replace(HIT_START, "").replace(HIT_END, "")
        assert services.verify().ok
        assert services.store.locked
    finally:
        services.close()


def test_without_or_with_a_wrong_passphrase_nothing_opens_and_nothing_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(PassphraseNeededError):
        open_services(path)
    with pytest.raises(PassphraseError, match="does not open this log"):
        open_services(path, passphrase="Correct horse battery")
    assert path.read_bytes() == before


def test_a_backup_of_a_locked_log_is_locked_with_the_same_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    services = open_services(path, passphrase=PASSPHRASE)
    services.store.backup_to(str(tmp_path / "copy.db"))
    services.close()
    copy = tmp_path / "copy.db"
    assert SECRET_NAME.encode() not in copy.read_bytes()
    with pytest.raises(PassphraseNeededError):
        open_services(copy)
    reopened = open_services(copy, passphrase=PASSPHRASE)
    assert reopened.verify().ok
    reopened.close()


def test_big_evidence_files_are_kept_whole_in_a_locked_log(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(3 * 1024 * 1024))
    services = open_services(path, passphrase=PASSPHRASE)
    try:
        customer_id = services.customers.page(0, 1)[0].id
        report = services.imports.run([str(photo)], _options(customer_id))
        assert report.ok, report.summary()
        contact = services.contacts.page_for_customer(customer_id, 0, 10)[0]
        attachment = services.contacts.attachments(contact.id)[0]
        _, data = services.contacts.attachment_data(attachment.id)
        assert data == photo.read_bytes()
        assert services.verify().ok
    finally:
        services.close()


def _options(customer_id: int) -> object:
    from app.importing.batch_report import ImportOptions

    return ImportOptions(customer_id=customer_id)


def test_set_change_and_remove_keep_every_record(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, None)
    lock = passphrase_lock()
    assert SECRET_NAME.encode() in _plain_bytes(path)
    lock.set(str(path), PASSPHRASE)
    assert lock.is_locked(str(path))
    assert SECRET_NAME.encode() not in _plain_bytes(path)
    lock.change(str(path), PASSPHRASE, "another long passphrase")
    with pytest.raises(PassphraseError):
        open_services(path, passphrase=PASSPHRASE)
    services = open_services(path, passphrase="another long passphrase")
    assert services.verify().ok
    services.close()
    lock.remove(str(path), "another long passphrase")
    assert not lock.is_locked(str(path))
    services = open_services(path)
    assert [c.name for c in services.customers.page(0, 10)] == [SECRET_NAME]
    assert services.verify().ok
    services.close()


def test_a_short_passphrase_is_refused_before_anything_changes(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, None)
    before = path.read_bytes()
    with pytest.raises(PassphraseError, match="at least 8"):
        passphrase_lock().set(str(path), "short")
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_log_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "steady.db"
    _fill(path, None)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def _steady(db: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_command_line_locks_new_logs_and_asks_scripts_for_the_passphrase(
    tmp_path: Path,
) -> None:
    db = tmp_path / "steady.db"
    added = _steady(
        db, "customer", "add", "--name", SECRET_NAME, env={"STEADY_PASSPHRASE": PASSPHRASE}
    )
    assert added.returncode == 0, added.stderr
    assert SECRET_NAME.encode() not in _plain_bytes(db)
    refused = _steady(db, "customer", "list", env={"STEADY_PASSPHRASE": ""})
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "locked with a passphrase" in refused.stderr
    listed = _steady(db, "customer", "list", env={"STEADY_PASSPHRASE": PASSPHRASE})
    assert SECRET_NAME in listed.stdout
    removed = _steady(db, "passphrase", "remove", env={"STEADY_PASSPHRASE": PASSPHRASE})
    assert removed.returncode == 0, removed.stderr
    assert SECRET_NAME.encode() in _plain_bytes(db)
    locked = _steady(
        db, "passphrase", "set", env={"STEADY_NEW_PASSPHRASE": "a new long passphrase"}
    )
    assert locked.returncode == 0 and "cannot" not in locked.stderr
    assert "forgotten" in locked.stdout
    assert SECRET_NAME.encode() not in _plain_bytes(db)


def test_a_damaged_file_is_not_taken_for_a_locked_log(tmp_path: Path) -> None:
    lock = passphrase_lock()
    text = tmp_path / "notes.db"
    text.write_bytes(b"This is a shopping list, not a database.\n" * 1024)
    empty_pages = tmp_path / "zeros.db"
    empty_pages.write_bytes(b"\x00" * 8192)
    locked = tmp_path / "steady.db"
    _fill(locked, PASSPHRASE)
    assert not lock.is_locked(str(text))
    assert not lock.is_locked(str(empty_pages))
    assert lock.is_locked(str(locked))


def test_the_daily_backup_of_a_locked_log_is_kept_locked_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    services = open_services(path, passphrase=PASSPHRASE, daily_backup=True)
    try:
        assert services.backup_problem == ""
        (backup,) = services.backups.automatic()
        assert SECRET_NAME.encode() not in Path(backup.path).read_bytes()
        assert services.verify().ok
    finally:
        services.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_locked_log_on_read_only_media_opens_read_only_with_its_passphrase(
    tmp_path: Path,
) -> None:
    path = tmp_path / "steady.db"
    _fill(path, PASSPHRASE)
    path.chmod(0o444)
    try:
        services = open_services(path, passphrase=PASSPHRASE)
        try:
            assert services.read_only
            assert [c.name for c in services.customers.page(0, 10)] == [SECRET_NAME]
            assert services.verify().ok
        finally:
            services.close()
    finally:
        path.chmod(0o600)
