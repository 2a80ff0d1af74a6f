"""Contacts withdrawn by the owner as logged by mistake (the table is made in
storage/written_corrections.py). The contact itself is never changed or removed."""

from __future__ import annotations

from app.core.clock import Clock, from_storage, to_storage
from app.core.withdrawals import Withdrawal
from storage.connection import SteadyDatabase

# A contact still counted: what every reading of "the customer's log" for an assessment or a
# packet adds to its WHERE clause (`c` is the contacts table).
NOT_WITHDRAWN = "c.id NOT IN (SELECT contact_id FROM contact_withdrawals)"


def withdraw(db: SteadyDatabase, clock: Clock, contact_id: int, reason: str) -> int:
    cursor = db.execute(
        "INSERT INTO contact_withdrawals (contact_id, reason, withdrawn_at) VALUES (?, ?, ?)",
        [contact_id, reason, to_storage(clock())],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def withdrawals(db: SteadyDatabase, contact_ids: list[int] | None = None) -> dict[int, Withdrawal]:
    """The withdrawals of these contacts (of every contact when None), by contact."""
    sql = "SELECT contact_id, reason, withdrawn_at FROM contact_withdrawals"
    params: list[object] = []
    if contact_ids is not None:
        import json

        sql += " WHERE contact_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(contact_ids))
    return {
        row[0]: Withdrawal(row[0], row[1], from_storage(row[2]))
        for row in db.execute(sql, params).fetchall()
    }
