"""RFC 3161 time-stamps of the ledger head: kept, checked offline, and not fooled.

The authority is `openssl ts` on this machine (tests/helpers/time_stamping.py), never the
internet.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.log.time_stamps import TimeStampError, TimeStamps
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.time_stamping import LocalAuthority

ROOT = Path(__file__).resolve().parents[3]


def _fill(services: Services) -> None:
    customer = services.customers.add(Customer(name="Renée Delacroix"))
    for day in range(3):
        at = datetime(2026, 10, 1 + day, 9, tzinfo=UTC)
        services.contacts.log(customer, inbound(f"Message {day}: you will regret this", at))


def _stamps(services: Services, authority: LocalAuthority, root: str = "") -> TimeStamps:
    return TimeStamps(services.store, "https://tsa.test/", root, post=authority.post)


def _forge(db_path: Path, *statements: str) -> None:
    """What someone with the file and a SQLite shell can do: drop the guards and write."""
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        if name.endswith(("_no_update", "_no_delete")):
            conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_stamp_of_the_head_is_kept_and_verifies(services, local_authority) -> None:
    _fill(services)
    entries, head = services.store.ledger.head()
    stamp = _stamps(services, local_authority, local_authority.root_pem).stamp_head()
    assert (stamp.entries, stamp.head_hash) == (entries, head)
    kept = services.store.time_stamps.all()
    assert [s.token for s in kept] == [stamp.token]
    assert services.store.ledger.head()[0] == entries + 1  # the stamp is itself in the ledger
    assert _stamps(services, local_authority, local_authority.root_pem).problems() == []
    assert services.verify().ok


def test_a_log_rewritten_after_its_stamp_fails_verify(services, db_path, local_authority) -> None:
    _fill(services)
    stamp = _stamps(services, local_authority).stamp_head()
    services.close()
    _forge(db_path, f"UPDATE ledger SET hash = 'f' || substr(hash, 2) WHERE seq = {stamp.entries}")
    reopened = open_services(db_path)
    try:
        problems = reopened.verify().problems
        assert any("rewritten after it was time-stamped" in p for p in problems)
    finally:
        reopened.close()


def test_entries_removed_after_a_stamp_fail_verify(services, db_path, local_authority) -> None:
    _fill(services)
    stamp = _stamps(services, local_authority).stamp_head()
    services.close()
    _forge(db_path, f"DELETE FROM ledger WHERE seq >= {stamp.entries - 1}")
    reopened = open_services(db_path)
    try:
        assert any("entries were removed" in p for p in reopened.verify().problems)
    finally:
        reopened.close()


def test_a_token_changed_in_the_file_is_caught(services, db_path, local_authority) -> None:
    _fill(services)
    _stamps(services, local_authority).stamp_head()
    services.close()
    _forge(db_path, "UPDATE time_stamps SET stamped_at = '2026-01-01T00:00:00+00:00'")
    reopened = open_services(db_path)
    try:
        report = reopened.verify()
        assert not report.ok
        assert any("time-stamp" in p or "time_stamp" in p for p in report.problems)
    finally:
        reopened.close()


def test_a_stamp_from_a_service_not_trusted_is_reported(services, local_authority) -> None:
    _fill(services)
    _stamps(services, local_authority).stamp_head()
    stranger = (local_authority.folder / "tsa.crt").read_text()
    problems = _stamps(services, local_authority, stranger).problems()
    assert len(problems) == 1 and "not signed by the service you trust" in problems[0]


def test_an_answer_for_another_request_is_refused_and_nothing_kept(
    services, local_authority
) -> None:
    _fill(services)
    before = services.store.ledger.head()
    from rfc3161_client import TimestampRequestBuilder

    other = TimestampRequestBuilder().data(b"another head").nonce(nonce=True).build()
    replayed = local_authority.answer(other.as_bytes())
    stamps = TimeStamps(services.store, "https://tsa.test/", post=lambda url, der: replayed)
    with pytest.raises(TimeStampError, match="different head"):
        stamps.stamp_head()
    assert services.store.time_stamps.all() == []
    assert services.store.ledger.head() == before


def test_offline_says_so_in_one_sentence_and_changes_nothing(services) -> None:
    _fill(services)
    before = services.store.ledger.head()
    stamps = TimeStamps(services.store, "http://127.0.0.1:9/tsr")  # nothing listens there
    with pytest.raises(TimeStampError, match="could not be reached"):
        stamps.stamp_head()
    assert services.store.ledger.head() == before


def test_off_until_a_service_is_set(services) -> None:
    assert not services.time_stamps.enabled
    assert services.time_stamps.stamp_if_due(datetime.now(UTC)) is None
    with pytest.raises(TimeStampError, match="Settings"):
        services.time_stamps.stamp_head()


def test_at_most_one_stamp_a_day_and_only_when_something_changed(services, local_authority) -> None:
    _fill(services)
    stamps = _stamps(services, local_authority)
    first = stamps.stamp_if_due(datetime.now(UTC))
    assert first is not None
    assert stamps.stamp_if_due(first.stamped_at + timedelta(hours=2)) is None
    assert stamps.stamp_if_due(first.stamped_at + timedelta(days=2)) is None  # nothing new
    customer = services.customers.page(0, 1)[0].id
    services.contacts.log(customer, inbound("Again", datetime(2026, 10, 9, tzinfo=UTC)))
    assert stamps.stamp_if_due(first.stamped_at + timedelta(days=2)) is not None


def test_the_command_line_stamps_over_http_and_verify_lists_it(
    db_path, authority_url, local_authority
) -> None:
    services = open_services(db_path)
    _fill(services)
    services.settings.update({"time_stamp_url": authority_url})
    services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    stamped = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "timestamp"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert stamped.returncode == 0, stamped.stderr
    assert "Time-stamped" in stamped.stdout
    verified = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "verify"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "1 time-stamp" in verified.stdout


def test_a_packet_lists_the_time_stamps_it_was_made_with(services, local_authority) -> None:
    import io

    from pypdf import PdfReader

    from app.packets.assembly import PacketOptions
    from app.packets.data import PacketKind
    from app.packets.making import make_packet

    _fill(services)
    stamp = _stamps(services, local_authority).stamp_head()
    customer = services.customers.page(0, 1)[0].id
    made = make_packet(services, customer, PacketOptions(kind=PacketKind.LEGAL))
    text = " ".join(
        (page.extract_text() or "") for page in PdfReader(io.BytesIO(made.pdf.data)).pages
    )
    flat = " ".join(text.split())
    assert "time-stamping service (RFC 3161)" in flat
    assert f"the first {stamp.entries} ledger entries" in flat
