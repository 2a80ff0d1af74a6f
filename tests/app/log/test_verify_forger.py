"""What a forger with an SQLite shell would try, and what verify says about each."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.contact_changes import NewAttachment
from app.core.domain import Customer
from app.core.errors import StorageError
from app.log.anchors import heads_path, read_heads
from app.log.verify import ledger_head, verify_log
from app.services import Services
from storage.ledger import entry_hash, row_digest
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _log_some(services: Services, count: int = 3) -> int:
    customer_id = services.customers.add(Customer(name="Pat Example", emails=("pat@example.com",)))
    for number in range(count):
        services.contacts.log(
            customer_id,
            inbound(f"Message {number}: you will regret this.", AT, summary=f"Threat {number}"),
            [NewAttachment(f"shot{number}.png", b"\x89PNG %d" % number, "image/png")],
        )
    return customer_id


def _shell(db_path: Path, *statements: str) -> None:
    """Drop Steady's guards, run what the forger types, and put the guards back as they were
    (verify would name a guard left out: only the data is left to tell)."""
    conn = sqlite3.connect(db_path)
    guards = conn.execute(
        "SELECT name, sql, tbl_name FROM sqlite_master WHERE type='trigger' AND name LIKE '%_no_%'"
    ).fetchall()
    for trigger, _, _ in guards:
        conn.execute(f"DROP TRIGGER {trigger}")
    for statement in statements:
        conn.execute(statement)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    for _, sql, table in guards:
        if table in tables:  # a guard goes with its table
            conn.execute(sql)
    conn.commit()
    conn.close()


def _problems(db_path: Path, head: str | None = None) -> list[str]:
    from app.log.anchors import parse_head

    try:
        services = open_services(db_path)
    except StorageError as error:  # a table Steady needs is gone: the file cannot be used
        return [str(error)]
    try:
        return verify_log(services.store, parse_head(head) if head else None).problems
    finally:
        services.close()


@pytest.fixture
def filled(services: Services, db_path: Path) -> Path:
    _log_some(services)
    services.close()
    return db_path


@pytest.mark.parametrize(
    "table", ["actions", "contact_revisions", "customers", "contacts", "attachments", "blobs"]
)
def test_a_dropped_table_is_reported(filled: Path, table: str) -> None:
    _shell(filled, f"DROP TABLE {table}")
    problems = _problems(filled)
    assert any(table in problem and "missing" in problem for problem in problems), problems


def test_an_added_column_is_one_problem_and_a_row_changed_with_it_still_shows(
    filled: Path,
) -> None:
    _shell(filled, "ALTER TABLE contacts ADD COLUMN note TEXT DEFAULT 'said sorry'")
    assert _problems(filled) == [
        "The table “contacts” has a column Steady never makes (“note”): its layout was "
        "changed outside Steady."
    ]
    _shell(filled, "UPDATE contacts SET summary = 'Polite' WHERE id = 2")
    problems = _problems(filled)
    assert len(problems) == 3, problems
    assert (
        "Contact 2 was changed outside Steady (it no longer matches its ledger entry)." in problems
    )


def test_a_dropped_ledger_is_reported(filled: Path) -> None:
    _shell(filled, "DROP TABLE ledger")
    problems = _problems(filled)
    assert any("ledger" in problem.lower() and "missing" in problem for problem in problems)


def test_emptying_every_table_is_caught_by_the_heads_written_down(
    services: Services, db_path: Path
) -> None:
    _log_some(services)
    assert verify_log(services.store).ok  # writes the head down beside the database
    services.close()
    tables = ["ledger", "attachments", "blobs", "contact_revisions", "contacts", "customers"]
    _shell(db_path, *(f"DELETE FROM {table}" for table in tables))
    problems = _problems(db_path)
    assert any("entries were removed" in problem for problem in problems), problems


def test_removing_the_last_entries_with_their_rows_is_caught(
    services: Services, db_path: Path
) -> None:
    _log_some(services, 2)
    before = ledger_head(services.store)
    assert verify_log(services.store).ok
    services.close()
    # The last contact: its attachment, revision and contact rows and their three entries.
    _shell(
        db_path,
        "DELETE FROM ledger WHERE seq > (SELECT max(seq) - 3 FROM ledger)",
        "DELETE FROM attachments WHERE id = (SELECT max(id) FROM attachments)",
        "DELETE FROM contact_revisions WHERE id = (SELECT max(id) FROM contact_revisions)",
        "DELETE FROM contacts WHERE id = (SELECT max(id) FROM contacts)",
        # Each customer's totals counted again, as a careful forger would.
        "UPDATE customer_totals SET (contacts, minutes, last_contact_at) = (SELECT count(*), "
        "coalesce(sum(minutes), 0), max(occurred_at) FROM contacts c "
        "WHERE c.customer_id = customer_totals.customer_id)",
    )
    reopened = open_services(db_path)
    try:
        report = reopened.store.ledger.verify()
        assert report.ok, "the chain alone cannot see it; the written-down head must"
        problems = verify_log(reopened.store).problems
    finally:
        reopened.close()
    assert any(f"but {before.entries} were written down" in p for p in problems), problems


def test_an_entry_for_a_missing_row_is_reported(filled: Path) -> None:
    _shell(filled, "DELETE FROM attachments WHERE id = 1")
    assert any("Attachment 1 was deleted" in p for p in _problems(filled))


def test_a_revision_without_its_ledger_entry_is_reported(filled: Path) -> None:
    _shell(
        filled,
        "INSERT INTO contact_revisions (contact_id, number, revised_at, reason, occurred_at, "
        "occurred_tz, channel, direction, summary, text, categories, severity, minutes, url, "
        "staff) SELECT contact_id, 1, revised_at, 'tidied', occurred_at, occurred_tz, channel, "
        "direction, summary, 'I never said that.', categories, severity, minutes, url, staff "
        "FROM contact_revisions WHERE contact_id = 1",
    )
    problems = _problems(filled)
    assert any("Contact revision" in p and "no ledger entry" in p for p in problems), problems


def test_a_contact_differing_from_its_latest_revision_is_reported(filled: Path) -> None:
    # The forger changes the words and re-seals the contact's own ledger entry so its digest
    # matches, recomputing the chain after it: only the revision still tells the truth.
    conn = sqlite3.connect(filled)
    conn.row_factory = sqlite3.Row
    _shell(filled, "UPDATE contacts SET text = 'Thank you for your help.' WHERE id = 1")
    _reseal(conn)
    conn.close()
    problems = _problems(filled)
    assert any("Contact 1 differs from its latest saved version (text)" in p for p in problems)


def _reseal(conn: sqlite3.Connection) -> None:
    """Recompute every digest and the whole chain, as a careful forger would (the guard put
    back after)."""
    guard = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='trigger' AND name = 'ledger_no_update'"
    ).fetchone()
    conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    prev = "0" * 64
    rows = conn.execute("SELECT * FROM ledger ORDER BY seq").fetchall()
    tables = {
        "customer": "customers",
        "contact": "contacts",
        "contact_revision": "contact_revisions",
        "attachment": "attachments",
    }
    for row in rows:
        digest = row["digest"]
        table = tables.get(row["entity"])
        if table:
            record = conn.execute(
                f"SELECT * FROM {table} WHERE id = ?", [row["entity_id"]]
            ).fetchone()
            if record is not None:
                digest = row_digest(dict(record))
        hash_ = entry_hash(
            prev,
            row["seq"],
            row["at"],
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            digest,
            row["detail"],
        )
        conn.execute(
            "UPDATE ledger SET digest = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            [digest, prev, hash_, row["seq"]],
        )
        prev = hash_
    if guard is not None:
        conn.execute(guard[0])
    conn.commit()


def test_a_resealed_rewrite_fails_against_the_printed_head(
    services: Services, db_path: Path
) -> None:
    _log_some(services)
    printed = str(ledger_head(services.store))
    services.close()
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    _shell(
        db_path,
        "UPDATE contact_revisions SET text = 'Thank you.' WHERE contact_id = 1",
        "UPDATE contacts SET text = 'Thank you.' WHERE id = 1",
    )
    _reseal(conn)
    conn.close()
    # Without the heads file the rewrite passes the chain; the printed head catches it.
    Path(heads_path(str(db_path))).unlink(missing_ok=True)
    assert _problems(db_path) == []
    problems = _problems(db_path, printed)
    assert any("is not the one written down" in p for p in problems), problems


def test_a_printed_head_still_proves_the_file_after_later_entries(
    services: Services, db_path: Path
) -> None:
    customer_id = _log_some(services, 1)
    printed = str(ledger_head(services.store))
    services.contacts.log(customer_id, inbound("And another thing.", AT), [])
    services.close()
    assert _problems(db_path, printed) == []
    assert _problems(db_path, printed.split(":")[0]) == []


def test_verify_writes_the_head_down_beside_the_database(services: Services, db_path: Path) -> None:
    _log_some(services, 1)
    assert verify_log(services.store).ok
    heads = read_heads(heads_path(str(db_path)))
    assert heads[-1].head == ledger_head(services.store)
