"""`python -m app import` as a script uses it, and a process killed in the middle of an
import leaving a database that verifies and holds only whole messages."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.importing.email_message import parse_email
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, email, write_mbox

ROOT = Path(__file__).resolve().parents[3]


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--db", str(db), "import", *args]


def steady_import(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(db, *args),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


@pytest.fixture
def angry_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Angry Person", emails=(ANGRY,)))
    services.close()
    return db_path


def test_counts_failures_and_exit_codes(angry_db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(bytes(email("I will sue you.")))
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"not outlook")
    done = steady_import(angry_db, str(good))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Imported 1, skipped 0 already there, failed 0."
    assert "Threat of legal action: “I will sue”" in done.stdout
    again = steady_import(angry_db, str(good), str(broken), "--json")
    assert again.returncode == 1
    result = json.loads(again.stdout)
    assert (result["imported"], result["skipped"], result["failed"]) == (0, 1, 1)
    assert result["failures"][0]["source"] == "broken.msg"
    assert "not an Outlook message" in result["failures"][0]["reason"]


def test_unknown_sender_fails_with_a_hint_and_customer_option_imports(
    angry_db: Path, tmp_path: Path
) -> None:
    stranger = tmp_path / "stranger.eml"
    stranger.write_bytes(bytes(email(sender="new@example.net", message_id="<s1@x>")))
    unmatched = steady_import(angry_db, str(stranger))
    assert unmatched.returncode == 1
    assert "No customer has the address or handle new@example.net" in unmatched.stdout
    assert steady_import(angry_db, str(stranger), "--customer", "1").returncode == 0


def test_a_mailbox_that_gives_nothing_says_why_on_the_command_line(
    angry_db: Path, tmp_path: Path
) -> None:
    separators = tmp_path / "export.mbox"
    separators.write_bytes(b"From angry@example.com Mon Nov  2 10:00:00 2026\n\n" * 2)
    done = steady_import(angry_db, str(separators))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "Imported 0, skipped 0 already there, failed 1.",
        "  failed: export.mbox: This mailbox holds no messages: only 2 separator lines (the "
        "“From …” line a mail program writes before each message), with no message after "
        "them. Nothing was saved; the file itself is unchanged.",
    ]
    mbox = write_mbox(tmp_path / "inbox.mbox", 2)
    assert steady_import(angry_db, str(mbox)).returncode == 0
    again = steady_import(angry_db, str(mbox))
    assert again.returncode == 0
    assert again.stdout.splitlines() == [
        "Imported 0, skipped 2 already there, failed 0.",
        "  inbox.mbox: All 2 messages were already in the log; nothing new was added. The "
        "same mailbox (the same SHA-256) was imported before, as “inbox.mbox”.",
    ]
    result = json.loads(steady_import(angry_db, str(mbox), "--json").stdout)
    assert result["notes"][0]["source"] == "inbox.mbox"
    assert result["notes"][0]["note"].startswith("All 2 messages were already in the log")


def test_bad_usage_exits_2(angry_db: Path, tmp_path: Path) -> None:
    assert steady_import(angry_db).returncode == 2
    wrong = steady_import(angry_db, str(tmp_path / "x.eml"), "--customer", "99")
    assert wrong.returncode == 2
    assert "There is no customer 99" in wrong.stderr


def _contact_count(db: Path) -> int:
    connection = sqlite3.connect(db, timeout=5)
    try:
        return connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


@pytest.mark.slow
def test_a_process_killed_mid_import_leaves_a_consistent_database(
    angry_db: Path, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "inbox.mbox", 2000)
    process = subprocess.Popen(
        _command(angry_db, str(mbox), "--quiet"),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while _contact_count(angry_db) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the import finished before it could be killed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    services: Services = open_services(angry_db)
    try:
        assert services.verify().ok, services.verify().problems[:3]
        count = services.contacts.count_for_customer(1)
        assert 30 <= count < 2000
        data = mbox.read_bytes()
        for contact in services.contacts.page_for_customer(1, 0, count):
            [original] = services.contacts.attachments(contact.id)
            assert original.mime == "message/rfc822"
            stored = services.contacts.attachment_data(original.id)[1]
            assert parse_email(stored).text == contact.text
            # Each whole message still traces to its bytes in the mailbox.
            place = services.imports.mailbox_place(contact.id)
            assert place is not None and data[place.offset :][: place.length] == stored
            assert contact.text.startswith("Message ")
            assert len(services.store.ledger.entries("contact", contact.id)) == 1
        # Importing again completes the rest and adds nothing twice.
        report = services.imports.run([str(mbox)])
        assert len(report.imported) + len(report.skipped) == 2000
        assert services.contacts.count_for_customer(1) == 2000
    finally:
        services.close()


@pytest.mark.slow
def test_a_5000_message_mbox_imports_and_reimports(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "takeout.mbox", 5000)
    started = time.perf_counter()
    report = shop.imports.run([str(mbox)])
    elapsed = time.perf_counter() - started
    print(f"5,000-message mbox imported in {elapsed:.1f} s")
    assert report.summary() == "Imported 5000, skipped 0 already there, failed 0."
    again = shop.imports.run([str(mbox)])
    assert (len(again.imported), len(again.skipped)) == (0, 5000)
    assert shop.verify().ok
