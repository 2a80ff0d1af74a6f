"""Restore measures a backup against the heads written down for the log it replaces, and never
swaps the file from under another Steady that has it open."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.application import open_services, restore
from app.cli import main
from app.core.domain import Customer
from app.core.errors import StorageError
from app.log.anchors import heads_path, read_heads
from app.services import Services
from tests.app.log.test_verify_forger import AT, _reseal, _shell
from tests.helpers.fixtures import FakeClock, inbound


def _log(services: Services, count: int, words: str = "You will regret this.") -> int:
    customer_id = services.customers.add(Customer(name="Pat Example"))
    for number in range(count):
        services.contacts.log(customer_id, inbound(f"{words} ({number})", AT), [])
    return customer_id


# A careful forger keeps each customer's totals (contacts, minutes) in step with the contacts.
_RECOUNT = (
    "UPDATE customer_totals SET (contacts, minutes, last_contact_at) = (SELECT count(*), "
    "coalesce(sum(minutes), 0), max(occurred_at) FROM contacts c "
    "WHERE c.customer_id = customer_totals.customer_id)"
)


def _forge(copy: Path, *statements: str) -> None:
    """Rewrite the customer's words in a copy and re-chain every hash, as a careful forger."""
    _shell(copy, *statements, _RECOUNT)
    conn = sqlite3.connect(copy)
    conn.row_factory = sqlite3.Row
    _reseal(conn)
    conn.close()


_THANKS = (
    "UPDATE contacts SET text = 'Thank you, have a lovely day' WHERE id = 1",
    "UPDATE contact_revisions SET text = 'Thank you, have a lovely day' WHERE contact_id = 1",
)


def _texts(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM contacts ORDER BY id")]
    finally:
        conn.close()


def test_a_rewritten_rechained_copy_is_refused_and_the_log_is_untouched(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    services = open_services(db_path, clock)
    _log(services, 3)
    services.backups.daily()
    assert services.verify().ok
    services.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    _forge(copy, *_THANKS)
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    error = capsys.readouterr().err
    assert "copy.db was not restored: this copy disagrees with the log's head recorded on" in error
    assert "it was rewritten" in error and error.count("\n") == 1
    assert db_path.read_bytes() == before
    assert "Thank you, have a lovely day" not in _texts(db_path)
    assert main(["--db", str(db_path), "verify"]) == 0


def test_a_shortened_rewritten_copy_is_caught_by_the_automatic_backup_alone(
    db_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    services = open_services(db_path, clock)
    _log(services, 3)
    services.backups.daily()
    services.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    # Shorter than every head written down, and the heads file itself is gone.
    _forge(
        copy,
        *_THANKS,
        "DELETE FROM ledger WHERE seq > (SELECT max(seq) - 2 FROM ledger)",
        "DELETE FROM contact_revisions WHERE id = (SELECT max(id) FROM contact_revisions)",
        "DELETE FROM contacts WHERE id = (SELECT max(id) FROM contacts)",
    )
    Path(heads_path(str(db_path))).unlink()
    with pytest.raises(StorageError, match="disagrees with the automatic backup steady-"):
        restore(db_path, copy)


def test_a_genuine_older_backup_restores_and_the_heads_before_it_still_bind(
    db_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    services = open_services(db_path, clock)
    customer_id = _log(services, 2)
    older = tmp_path / "older.db"
    services.backups.write(str(older))
    services.contacts.log(customer_id, inbound("Tuesday's threat.", AT), [])
    services.backups.daily()
    assert services.verify().ok
    services.close()
    heads_before = read_heads(heads_path(str(db_path)))
    forged = tmp_path / "forged.db"
    shutil.copyfile(older, forged)
    _forge(forged, *_THANKS)

    restore(db_path, older)
    heads_after = read_heads(heads_path(str(db_path)))
    assert heads_after[: len(heads_before)] == heads_before
    assert heads_after[-1].where == "restored from older.db"
    again = open_services(db_path, clock)
    again.contacts.log(customer_id, inbound("Wednesday's threat.", AT), [])
    report = again.verify()
    again.close()
    assert report.ok, report.problems
    # A forged copy of the same older backup is still measured against the earlier heads.
    with pytest.raises(StorageError, match="disagrees with the log's head recorded on"):
        restore(db_path, forged)
    # And one copied over the log by hand is caught by verify.
    shutil.copyfile(forged, db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    reopened = open_services(db_path, clock)
    problems = reopened.verify().problems
    reopened.close()
    assert any("is not the one written down" in p for p in problems), problems


_HOLDER = """
import sys
from app.application import open_services
services = open_services(sys.argv[1])
services.customers.count()
print("open", flush=True)
sys.stdin.readline()
services.close()
"""


def test_restore_refuses_while_another_steady_has_the_log_open(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(db_path)
    _log(services, 1)
    backup = tmp_path / "monday.db"
    services.backups.write(str(backup))
    services.customers.add(Customer(name="Added After The Backup"))
    services.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["--db", str(db_path), "restore", str(backup)]) == 1
        error = capsys.readouterr().err
        assert "The log is open in another Steady window or command. Close Steady first" in error
        assert not [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    assert main(["--db", str(db_path), "restore", str(backup), "--force"]) == 0


def test_restore_refuses_while_a_second_connection_in_this_program_has_it_open(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path)
    _log(services, 1)
    backup = tmp_path / "monday.db"
    services.backups.write(str(backup))
    other = open_services(db_path)
    try:
        other.customers.count()
        with pytest.raises(StorageError, match="Close Steady first"):
            services.restore_from(str(backup))
        # The window goes on working in its log after the refusal.
        services.customers.add(Customer(name="Still Saved"))
    finally:
        other.close()
    restored = services.restore_from(str(backup))
    services.close()
    assert "Still Saved" not in str(_texts(db_path))
    assert restored.set_aside
