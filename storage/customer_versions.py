"""Earlier versions of a customer's details (the table is made in storage/written_corrections.py):
an edit never destroys what was there. Each row is the customer as it was before one edit, with
the reason given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.clock import Clock, from_storage, to_storage
from app.core.customer_versions import CustomerVersion
from storage.connection import SteadyDatabase
from storage.rows import customer_from_row, customer_to_row, reading

if TYPE_CHECKING:
    from app.core.domain import Customer


def keep_version(db: SteadyDatabase, clock: Clock, before: Customer, reason: str) -> int:
    """Keep `before` (the customer as saved until now) with why it is being replaced."""
    assert before.id is not None and before.created_at and before.updated_at
    row = customer_to_row(before) | {
        "customer_id": before.id,
        "created_at": to_storage(before.created_at),
        "updated_at": to_storage(before.updated_at),
        "reason": reason,
        "replaced_at": to_storage(clock()),
    }
    cursor = db.execute(
        f"INSERT INTO customer_versions ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def versions(db: SteadyDatabase, customer_id: int) -> list[CustomerVersion]:
    """The customer's earlier versions, oldest first."""
    found = []
    for row in db.query(
        "SELECT * FROM customer_versions WHERE customer_id = ? ORDER BY id", [customer_id]
    ):
        customer = customer_from_row(row | {"id": customer_id})
        with reading("Customer version", row["id"]):
            replaced_at = from_storage(row["replaced_at"])
        found.append(CustomerVersion(customer, row["reason"], replaced_at))
    return found
