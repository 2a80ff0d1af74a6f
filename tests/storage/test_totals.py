"""The per-customer totals the customer list and page read are kept right by the database:
after a contact is logged, corrected, or changed behind Steady's back."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _totals(services: Services, customer_id: int) -> tuple[int, int, str | None]:
    row = services.store.db.execute(  # type: ignore[attr-defined]
        "SELECT contacts, minutes, last_contact_at FROM customer_totals WHERE customer_id = ?",
        [customer_id],
    ).fetchone()
    return tuple(row) if row else (0, 0, None)  # type: ignore[return-value]


def _recounted(db_path: Path, customer_id: int) -> tuple[int, int, str | None]:
    with sqlite3.connect(db_path) as raw:
        return raw.execute(
            "SELECT count(*), coalesce(sum(minutes), 0), max(occurred_at) FROM contacts "
            "WHERE customer_id = ?",
            [customer_id],
        ).fetchone()


def test_totals_follow_logging_and_corrections(
    services: Services, customer_id: int, db_path: Path
) -> None:
    other = services.customers.add(Customer(name="Someone Else"))
    first = services.contacts.log(customer_id, inbound("One", START, minutes=10))
    services.contacts.log(customer_id, inbound("Two", START + timedelta(days=3), minutes=5))
    services.contacts.log(other, inbound("Elsewhere", START, minutes=1))
    assert _totals(services, customer_id) == _recounted(db_path, customer_id)
    assert services.contacts.count_for_customer(customer_id) == 2
    assert services.customers.minutes_spent(customer_id) == 15

    later = START + timedelta(days=30)
    details = services.contacts.get(first).details
    services.contacts.correct(first, replace(details, occurred_at=later, minutes=40), "Wrong day")
    assert _totals(services, customer_id) == _recounted(db_path, customer_id)
    assert services.customers.minutes_spent(customer_id) == 45
    [summary] = [s for s in services.customers.page(0, 10) if s.id == customer_id]
    assert summary.contact_count == 2 and summary.last_contact_at == later


def test_a_contact_moved_to_another_customer_moves_in_the_totals(
    services: Services, customer_id: int, db_path: Path
) -> None:
    other = services.customers.add(Customer(name="Someone Else"))
    moved = services.contacts.log(customer_id, inbound("Wrong customer", START, minutes=7))
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE contacts SET customer_id = ? WHERE id = ?", [other, moved])
    assert _totals(services, customer_id) == (0, 0, None)
    assert _totals(services, other) == _recounted(db_path, other)
    assert services.contacts.count_for_customer(other) == 1
