"""A forger who edits rows by hand and then gets a later ledger entry to cover them: one
appended by hand, or one Steady itself would write at the next ordinary change."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.contact_changes import NewAttachment
from app.core.domain import Customer
from app.core.errors import StorageError
from app.log.anchors import parse_head
from app.log.verify import describe, ledger_head, verify_log
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from storage.ledger import canonical, entry_hash, row_digest
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
THREAT = "Where is my refund? I will come to your shop and hurt you."


def _log_some(services: Services) -> int:
    carl = services.customers.add(Customer(name="Carl Crank", emails=("carl@example.com",)))
    for number, text in enumerate(["I will sue you.", "I know where you live.", "Refund?"]):
        services.contacts.log(
            carl,
            inbound(text, AT + timedelta(days=number), minutes=5),
            [NewAttachment(f"chat{number}.txt", b"chat %d" % number, "text/plain")],
        )
    return carl


def _shell(db_path: Path, *statements: tuple[str, list[object]] | str) -> None:
    """What the forger types, with Steady's guards dropped and put back as they were."""
    conn = sqlite3.connect(db_path)
    guards = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name LIKE '%_no_%'"
    ).fetchall()
    for trigger, _ in guards:
        conn.execute(f"DROP TRIGGER {trigger}")
    for statement in statements:
        conn.execute(*statement) if isinstance(statement, tuple) else conn.execute(statement)
    for _, sql in guards:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _append(db_path: Path, action: str, entity: str, entity_id: int, table: str) -> None:
    """One well-formed entry for the row as it now stands, after the real head (what
    SqliteLedger.record would write, computed by hand)."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [entity_id]).fetchone()
    last = conn.execute("SELECT * FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    entry = [last["seq"] + 1, last["at"], last["actor"], action, entity, entity_id]
    entry += [row_digest(dict(row)), canonical({})]
    conn.execute(
        "INSERT INTO ledger (seq, at, actor, action, entity, entity_id, digest, detail, "
        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [*entry, last["hash"], entry_hash(last["hash"], *entry)],
    )
    conn.commit()
    conn.close()


def _problems(db_path: Path, head: str | None = None) -> list[str]:
    services = open_services(db_path)
    try:
        return verify_log(services.store, parse_head(head) if head else None).problems
    finally:
        services.close()


def _entries(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM ledger").fetchone()[0])
    finally:
        conn.close()


def test_entries_appended_after_a_rewritten_original_do_not_make_it_good(
    services: Services, db_path: Path
) -> None:
    _log_some(services)
    printed = str(ledger_head(services.store))  # the head on a packet made before the edit
    services.close()
    _shell(
        db_path,
        ("UPDATE contacts SET text = ?, severity = 5 WHERE id = 3", [THREAT]),
        ("UPDATE contact_revisions SET text = ?, severity = 5 WHERE contact_id = 3", [THREAT]),
    )
    _append(db_path, "contact.logged", "contact", 3, "contacts")
    _append(db_path, "contact.revision", "contact_revision", 3, "contact_revisions")

    problems = _problems(db_path, printed)

    assert problems == [
        "Ledger entry 11 records contact 3 as made again (“contact.logged”, as entry 8 did): "
        "a record is made only once, so that entry was added outside Steady.",
        "Ledger entry 12 records contact revision 3 as made again (“contact.revision”, as "
        "entry 9 did): a record is made only once, so that entry was added outside Steady.",
        "Contact revision 3 was changed outside Steady: it is written only once, and no longer "
        "matches ledger entry 9, which recorded it.",
    ]


def test_a_file_rewritten_and_covered_by_an_entry_of_another_kind_is_named(
    services: Services, db_path: Path
) -> None:
    _log_some(services)
    services.close()
    _shell(db_path, "UPDATE attachments SET filename = 'threat.txt' WHERE id = 2")
    _append(db_path, "attachment.checked", "attachment", 2, "attachments")

    assert _problems(db_path) == [
        "Attachment 2 was changed outside Steady: it is written only once, and no longer "
        "matches ledger entry 7, which recorded it."
    ]


def test_whose_contact_it_is_and_when_it_was_entered_are_checked_against_the_first_entry(
    services: Services, db_path: Path
) -> None:
    carl = _log_some(services)
    dana = services.customers.add(Customer(name="Dana Doe", emails=("dana@example.com",)))
    services.contacts.move(1, dana, "It came from Dana's address")  # a recorded move is fine
    services.contacts.move(1, carl, "It was Carl's after all")
    assert verify_log(services.store).ok
    services.close()
    _shell(
        db_path,
        "UPDATE contacts SET customer_id = 2, created_at = '2026-10-02T11:20:00+00:00' "
        "WHERE id = 2",  # the customers' totals follow by their triggers
    )
    _append(db_path, "contact.corrected", "contact", 2, "contacts")

    assert _problems(db_path) == [
        "Contact 2 says it was entered on 2026-10-02T11:20:00+00:00, but its original version "
        "was saved on 2026-11-02T15:30:00+00:00: it was changed outside Steady.",
        "Contact 2 is under customer 2, but it was logged under customer 1 and never moved: it "
        "was changed outside Steady.",
    ]


def test_steady_will_not_record_a_correction_over_a_contact_changed_by_hand(
    services: Services, db_path: Path
) -> None:
    _log_some(services)
    services.close()
    # No guard stops a plain UPDATE of a contact: the forger needs nothing but sqlite3.
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE contacts SET created_at = '2026-10-02T11:20:00+00:00' WHERE id = 2")
    conn.commit()
    conn.close()
    entries = _entries(db_path)

    reopened = open_services(db_path)
    try:
        details = reopened.store.contacts.get(2).details
        with pytest.raises(StorageError, match="Contact 2 was changed outside Steady") as said:
            reopened.contacts.correct(2, replace(details, minutes=6), "6 minutes, not 5")
        assert "Run Verify" in str(said.value)
        with pytest.raises(StorageError, match="Contact 2 was changed outside Steady"):
            reopened.contacts.withdraw(2, "Logged by mistake")
        reopened.contacts.correct(1, replace(details, minutes=6), "6 minutes, not 5")  # others
    finally:
        reopened.close()

    assert _entries(db_path) == entries + 2  # contact 1's correction only
    assert "Contact 2 was changed outside Steady (it no longer matches its ledger entry)." in (
        _problems(db_path)
    )


def test_steady_will_not_record_a_note_over_a_customer_changed_by_hand(
    services: Services, db_path: Path
) -> None:
    carl = _log_some(services)
    services.close()
    _shell(db_path, "UPDATE customers SET amount_paid = '1999.00', emails = '[]' WHERE id = 1")

    reopened = open_services(db_path)
    try:
        customer = reopened.customers.get(carl)
        with pytest.raises(StorageError, match="Customer 1 was changed outside Steady"):
            reopened.customers.update(replace(customer, notes="Prefers e-mail"))
        assert reopened.store.customers.versions(carl) == []  # the forged details kept nowhere
    finally:
        reopened.close()
    assert "Customer 1 was changed outside Steady (it no longer matches its ledger entry)." in (
        _problems(db_path)
    )


def test_an_entry_dated_before_the_one_it_follows_is_named_calmly(
    db_path: Path, clock: FakeClock
) -> None:
    services = open_services(db_path, clock)
    try:
        _log_some(services)
        clock.now = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)  # the computer's clock set back
        services.contacts.withdraw(2, "Logged by mistake: a test message typed by staff")
        clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
        services.contacts.withdraw(3, "Logged twice")
        report = verify_log(services.store)
    finally:
        services.close()

    assert report.ok
    note = (
        "Ledger entries 11–12 (recording contact #2) are dated 2 Oct 2026 12:00 UTC, earlier than entry 10 (2 Nov 2026 "
        "15:30 UTC): the computer's clock was probably set back when they were written. "
        "Nothing was changed; the ledger's order is the true order, so they were written after "
        "entry 10, whatever the date says."
    )
    assert report.notes == [note]
    assert describe(report).endswith(" Note: " + note)


def test_the_packet_says_when_entries_are_dated_out_of_order(
    db_path: Path, clock: FakeClock
) -> None:
    services = open_services(db_path, clock)
    try:
        carl = _log_some(services)
        clock.now = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
        services.contacts.withdraw(2, "Logged by mistake: a test message typed by staff")
        clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
        made = make_packet(services, carl, PacketOptions(PacketKind.LEGAL))
    finally:
        services.close()

    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert made.data.integrity.verified
    assert (
        "Ledger entries 11–12 (recording contact #2) are dated 2 Oct 2026 12:00 UTC, earlier than entry 10 (2 Nov 2026 "
        "15:30 UTC): the computer's clock was probably set back when they were written."
    ) in text
