"""The ledger digests a row just written from the INSERT itself instead of reading it back:
the same operations must give the very same ledger, entry for entry, as reading it back."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import storage.ledger
from app.application import open_services
from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from storage.ledger import row_digest
from storage.written import WrittenRows


def _clock() -> Iterator[datetime]:
    return (datetime(2026, 10, 1, tzinfo=UTC) + timedelta(seconds=n) for n in itertools.count())


def _ledger_after_the_same_work(path: Path) -> list[tuple[object, ...]]:
    ticks = _clock()
    services = open_services(path, clock=lambda: next(ticks))
    pat = services.customers.add(Customer(name="Pat", emails=("pat@example.com",)))
    sam = services.customers.add(Customer(name="Sam"))
    ids = [
        services.contacts.log(
            pat,
            ContactDetails(
                occurred_at=datetime(2026, 9, 1, tzinfo=UTC) + timedelta(hours=n),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                text=f"café “quote” {n} אני אתבע",
                summary=f"Message {n}",
                categories=(Category.ABUSE,) if n % 2 else (),
                severity=1 + n % 5,
                minutes=n,
            ),
            [
                NewAttachment(f"shot{n}.png", b"\x89PNG %d" % n, "image/png"),
                NewAttachment("same.txt", b"the same file twice", "text/plain"),
            ],
        )
        for n in range(4)
    ]
    first = services.contacts.get(ids[0])
    services.contacts.correct(ids[0], replace(first.details, text="Corrected words"), "typo")
    services.contacts.move(ids[1], sam, "logged under the wrong customer")
    services.contacts.attach(ids[2], [NewAttachment("late.pdf", b"%PDF-1.4", "application/pdf")])
    assert services.verify().problems == []
    services.close()
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT seq, at, actor, action, entity, entity_id, digest, detail, prev_hash, hash "
            "FROM ledger ORDER BY seq"
        ).fetchall()


def test_rows_taken_from_the_insert_give_the_same_ledger_as_rows_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.ledger, "_actor", lambda: "owner on the shop computer")
    taken: list[str] = []
    original_take = WrittenRows.take

    def counting_take(self: WrittenRows, table: str, row_id: int) -> dict[str, object] | None:
        row = original_take(self, table, row_id)
        if row is not None:
            taken.append(table)
        return row

    monkeypatch.setattr(WrittenRows, "take", counting_take)
    from_inserts = _ledger_after_the_same_work(tmp_path / "inserts.db")
    assert {"contacts", "contact_revisions", "attachments"} <= set(taken)

    monkeypatch.setattr(WrittenRows, "take", lambda self, table, row_id: None)
    read_back = _ledger_after_the_same_work(tmp_path / "read-back.db")
    assert len(from_inserts) > 20
    assert from_inserts == read_back


def test_a_row_changed_after_it_was_written_is_digested_as_it_now_is(tmp_path: Path) -> None:
    services = open_services(tmp_path / "log.db")
    customer = services.customers.add(Customer(name="Pat"))
    other = services.customers.add(Customer(name="Sam"))
    details = ContactDetails(
        occurred_at=datetime(2026, 9, 1, tzinfo=UTC),
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        text="You will regret this.",
    )
    store = services.store
    with store.atomic():  # written, changed and recorded in one transaction
        contact_id = store.contacts.add(
            customer, details, source="manual", external_id=None, in_reply_to=None
        )
        store.contacts.move(contact_id, other, "wrong customer")
        entry = store.ledger.record("contact.logged", "contact", contact_id, {})
    services.close()
    with closing(sqlite3.connect(tmp_path / "log.db")) as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("SELECT * FROM contacts WHERE id = ?", [contact_id]).fetchone())
    assert row["customer_id"] == other
    assert entry.digest == row_digest(row)
