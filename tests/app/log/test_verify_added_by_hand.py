"""A contact or customer INSERTED by hand has no ledger entry: verify names it. An ordinary
change in Steady (a correction, a move, a withdrawal, a note) must not become its first entry
and vouch for it, and an entry appended by hand must not make it good either."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.errors import StorageError
from app.log.verify import verify_log
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from storage.ledger import canonical, entry_hash, row_digest
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 5, 7, 55, tzinfo=UTC)
FORGED = "I will kill you. (forged)"


def _copy_row(db_path: Path, table: str, row_id: int, **changes: object) -> int:
    """What the forger types: a copy of a real row, changed, with no ledger entry."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone())
    row.pop("id")
    row.update(changes)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    new_id = int(conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0])
    conn.commit()
    conn.close()
    return new_id


def _append(db_path: Path, action: str, entity: str, entity_id: int, table: str) -> None:
    """One well-formed entry for the row as it now stands, after the real head."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [entity_id]).fetchone()
    last = conn.execute("SELECT * FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    entry = [last["seq"] + 1, last["at"], last["actor"], action, entity, entity_id]
    entry += [row_digest(dict(row)), canonical({"reason": "typo"})]
    conn.execute(
        "INSERT INTO ledger (seq, at, actor, action, entity, entity_id, digest, detail, "
        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [*entry, last["hash"], entry_hash(last["hash"], *entry)],
    )
    conn.commit()
    conn.close()


def _entries(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM ledger").fetchone()[0])
    finally:
        conn.close()


def _problems(db_path: Path) -> list[str]:
    services = open_services(db_path)
    try:
        return verify_log(services.store).problems
    finally:
        services.close()


def _carl_with_one_contact(services: Services) -> tuple[int, int]:
    carl = services.customers.add(Customer(name="Carl Crank"))
    return carl, services.contacts.log(carl, inbound("Real message", AT))


def test_steady_will_not_correct_move_or_withdraw_a_contact_added_by_hand(
    services: Services, db_path: Path, clock: FakeClock
) -> None:
    carl, real = _carl_with_one_contact(services)
    dana = services.customers.add(Customer(name="Dana Doe"))
    services.close()
    forged = _copy_row(db_path, "contacts", real, text=FORGED, created_at=AT.isoformat())
    entries = _entries(db_path)

    reopened = open_services(db_path, clock)
    try:
        details = reopened.contacts.get(forged).details
        said = f"Contact {forged} was added outside Steady"
        with pytest.raises(StorageError, match=said) as refused:
            reopened.contacts.correct(forged, replace(details, text="I will kill you."), "typo")
        assert "Run Verify" in str(refused.value)
        with pytest.raises(StorageError, match=said):
            reopened.contacts.move(forged, dana, "It was Dana's")
        with pytest.raises(StorageError, match=said):
            reopened.contacts.withdraw(forged, "Logged by mistake")
        reopened.contacts.correct(real, replace(details, text="Real words"), "typo")  # others
        assert _entries(db_path) == entries + 2  # contact 1's correction only
        clock.now = datetime(2026, 11, 27, 10, tzinfo=UTC)
        made = make_packet(reopened, carl, PacketOptions(PacketKind.LEGAL))
    finally:
        reopened.close()

    assert f"Contact {forged} was added outside Steady (it has no ledger entry)." in (
        _problems(db_path)
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert not made.data.integrity.verified
    assert "I will kill you. Corrected 1 time" not in text


def test_steady_will_not_record_a_note_over_a_customer_added_by_hand(
    services: Services, db_path: Path
) -> None:
    carl, _ = _carl_with_one_contact(services)
    services.close()
    forged = _copy_row(db_path, "customers", carl, name="Forged Person")
    entries = _entries(db_path)

    reopened = open_services(db_path)
    try:
        customer = reopened.customers.get(forged)
        with pytest.raises(StorageError, match=f"Customer {forged} was added outside Steady"):
            reopened.customers.update(replace(customer, notes="Called twice"))
        assert reopened.store.customers.versions(forged) == []
    finally:
        reopened.close()

    assert _entries(db_path) == entries
    assert _problems(db_path) == [
        f"Customer {forged} was added outside Steady (it has no ledger entry)."
    ]


def test_a_contact_added_by_hand_is_still_named_after_an_entry_appended_for_it(
    services: Services, db_path: Path
) -> None:
    _, real = _carl_with_one_contact(services)
    services.close()
    forged = _copy_row(
        db_path, "contacts", real, text=FORGED, created_at=AT.isoformat(), revision=1
    )
    conn = sqlite3.connect(db_path)
    revision = conn.execute(
        "SELECT id FROM contact_revisions WHERE contact_id = ?", [real]
    ).fetchone()[0]
    conn.close()
    version = _copy_row(
        db_path, "contact_revisions", revision, contact_id=forged, number=1, text=FORGED
    )
    # Entries that look like a correction Steady made: the contact's first, and its version's.
    _append(db_path, "contact.corrected", "contact", forged, "contacts")
    _append(db_path, "contact.revision", "contact_revision", version, "contact_revisions")
    seq = _entries(db_path) - 1

    assert _problems(db_path) == [
        f"Contact {forged} was added outside Steady: its first ledger entry ({seq}, "
        "“contact.corrected”) records a change to it, and no entry records it being made "
        "(“contact.logged”).",
        f"Contact {forged} has no original version (version 0): it was added or its original "
        "removed outside Steady.",
    ]


def test_a_customer_added_by_hand_is_still_named_after_an_entry_appended_for_it(
    services: Services, db_path: Path
) -> None:
    carl, _ = _carl_with_one_contact(services)
    services.close()
    forged = _copy_row(db_path, "customers", carl, name="Forged Person", notes="Called twice")
    _append(db_path, "customer.updated", "customer", forged, "customers")

    assert _problems(db_path) == [
        f"Customer {forged} was added outside Steady: its first ledger entry "
        f"({_entries(db_path)}, “customer.updated”) records a change to it, and no entry "
        "records it being made (“customer.added”)."
    ]


def test_an_ordinary_day_in_steady_still_verifies(services: Services, clock: FakeClock) -> None:
    carl, real = _carl_with_one_contact(services)
    dana = services.customers.add(Customer(name="Dana Doe"))
    details = services.contacts.get(real).details
    services.contacts.correct(real, replace(details, minutes=6), "6 minutes, not 5")
    services.contacts.move(real, dana, "It was Dana's")
    clock.now += timedelta(minutes=1)
    services.customers.update(replace(services.customers.get(carl), notes="Calls at noon"))
    services.contacts.withdraw(real, "Logged by mistake")

    assert verify_log(services.store).ok
