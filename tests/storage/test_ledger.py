"""The ledger catches every kind of change made behind Steady's back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.contact_changes import NewAttachment
from app.core.errors import EvidenceReadOnlyError
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def logged(services: Services, customer_id: int) -> int:
    return services.contacts.log(
        customer_id,
        inbound("You will regret this.", AT, summary="Threat"),
        [NewAttachment("shot.png", b"\x89PNG fake image bytes", "image/png")],
    )


def _tamper(db_path: Path, *statements: str) -> None:
    """What someone with an SQLite shell could do: drop the guards, change the data, and put
    the guards back as they were (verify would name a guard left out)."""
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


def _verify(db_path: Path) -> list[str]:
    reopened = open_services(db_path)
    try:
        return reopened.verify().problems
    finally:
        reopened.close()


def test_untouched_log_verifies(services: Services, logged: int) -> None:
    report = services.verify()
    assert report.ok, report.problems
    # customer, contact, original revision, attachment
    assert report.entries == 4
    assert report.blobs_checked == 1
    assert len(report.head_hash) == 64


def test_direct_update_of_contact_text_is_caught(
    services: Services, logged: int, db_path: Path
) -> None:
    services.close()
    _tamper(db_path, f"UPDATE contacts SET text = 'Have a nice day.' WHERE id = {logged}")
    problems = _verify(db_path)
    assert problems == [
        f"Contact {logged} was changed outside Steady (it no longer matches its ledger entry).",
        f"Contact {logged} differs from its latest saved version (text): it was changed "
        "outside Steady.",
    ]


def test_changed_original_revision_is_caught(
    services: Services, logged: int, db_path: Path
) -> None:
    services.close()
    _tamper(db_path, "UPDATE contact_revisions SET text = 'polite' WHERE number = 0")
    assert any("Contact revision" in p and "changed" in p for p in _verify(db_path))


def test_deleted_contact_is_caught(services: Services, logged: int, db_path: Path) -> None:
    services.close()
    _tamper(
        db_path,
        "PRAGMA foreign_keys=OFF",
        "DELETE FROM attachments",
        f"DELETE FROM contacts WHERE id = {logged}",
    )
    problems = _verify(db_path)
    assert f"Contact {logged} was deleted outside Steady." in problems
    assert any(p.startswith("Attachment") and "deleted" in p for p in problems)


def test_altered_blob_is_caught(services: Services, logged: int, db_path: Path) -> None:
    services.close()
    _tamper(db_path, "UPDATE blobs SET data = X'00'")
    assert any("SHA-256 no longer matches" in p for p in _verify(db_path))


def test_removed_ledger_entry_is_caught(services: Services, logged: int, db_path: Path) -> None:
    services.close()
    _tamper(db_path, "DELETE FROM ledger WHERE seq = 2")
    problems = _verify(db_path)
    assert problems[0] == "Ledger entry 2 is missing (the next entry is 3): entries were removed."


def test_edited_ledger_entry_is_caught(services: Services, logged: int, db_path: Path) -> None:
    services.close()
    _tamper(db_path, "UPDATE ledger SET detail = '{}' WHERE seq = 3")
    assert _verify(db_path)[0] == "Ledger entry 3 (contact.revision) was altered."


def test_row_inserted_outside_steady_is_caught(
    services: Services, customer_id: int, db_path: Path
) -> None:
    services.close()
    _tamper(
        db_path,
        "INSERT INTO contacts (customer_id, occurred_at, channel, direction, "
        f"created_at) VALUES ({customer_id}, '2026-01-01', 'email', 'inbound', 'x')",
    )
    assert any("added outside Steady" in p for p in _verify(db_path))


def test_guards_refuse_to_change_evidence(services: Services, logged: int) -> None:
    store = services.store
    with pytest.raises(EvidenceReadOnlyError), store.atomic():
        store.db.execute("DELETE FROM contacts")  # type: ignore[attr-defined]
    with pytest.raises(EvidenceReadOnlyError), store.atomic():
        store.db.execute("UPDATE ledger SET action = 'x'")  # type: ignore[attr-defined]
    assert services.verify().ok


def test_a_clause_tag_withdrawal_removed_or_forged_outside_steady_is_caught(
    services: Services, logged: int, db_path: Path
) -> None:
    policy = services.policies.add_policy("Refund policy")
    version = services.policies.add_version(policy, "Refunds within 30 days.", AT)
    kept = services.policies.tag_contact(logged, version, "section 1")
    mistaken = services.policies.tag_contact(logged, version, "section 3")
    services.policies.withdraw_clause_tag(logged, mistaken, "tagged with the wrong clause")
    assert services.verify().ok
    services.close()
    copy = db_path.with_name("copy.db")
    copy.write_bytes(db_path.read_bytes())
    # Withdrawal removed, so the mistaken tag would count again: caught.
    _tamper(db_path, "DELETE FROM clause_tag_withdrawals")
    assert "Clause tag withdrawal 1 was deleted outside Steady." in _verify(db_path)
    # A withdrawal slipped in to make a real tag disappear from packets: caught.
    _tamper(
        copy,
        "INSERT INTO clause_tag_withdrawals (clause_tag_id, reason, withdrawn_at) "
        f"VALUES ({kept}, 'never happened', '2026-01-01')",
    )
    assert any("added outside Steady" in p for p in _verify(copy))
