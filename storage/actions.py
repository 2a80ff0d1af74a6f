"""Actions (append-only evidence), links between a returning customer's identities, the
cached risk score for the customer list, and the cross-customer figures the assessment needs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from app.core.clock import Clock, from_storage, to_storage
from app.core.domain import Customer, CustomerStatus
from app.core.errors import NotFoundError
from app.standing.action_records import Action, ActionKind
from storage.connection import SteadyDatabase
from storage.rows import customer_from_row, reading


def insert_row(db: SteadyDatabase, table: str, row: dict[str, object]) -> int:
    """Insert one row and return its id."""
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _action(row: dict) -> Action:
    with reading("Action", row.get("id")):
        return _action_of(row)


def _action_of(row: dict) -> Action:
    return Action(
        id=row["id"],
        customer_id=row["customer_id"],
        kind=ActionKind(row["kind"]),
        occurred_at=from_storage(row["occurred_at"]),
        by=row["by"],
        reference=row["reference"],
        amount=Decimal(row["amount"]) if row["amount"] is not None else None,
        note=row["note"],
        contact_id=row["contact_id"],
        details=json.loads(row["details"]),
        recorded_at=from_storage(row["recorded_at"]),
    )


class SqliteStanding:
    def __init__(self, db: SteadyDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _insert(self, table: str, row: dict[str, object]) -> int:
        return insert_row(self._db, table, row)

    # --- actions ------------------------------------------------------------------------

    def add_action(self, action: Action) -> int:
        return self._insert(
            "actions",
            {
                "customer_id": action.customer_id,
                "kind": action.kind.value,
                "occurred_at": to_storage(action.occurred_at),
                "recorded_at": to_storage(self._clock()),
                "by": action.by,
                "reference": action.reference,
                "amount": str(action.amount) if action.amount is not None else None,
                "note": action.note,
                "contact_id": action.contact_id,
                "details": json.dumps(action.details, ensure_ascii=False, sort_keys=True),
            },
        )

    def action(self, action_id: int) -> Action:
        rows = list(self._db.query("SELECT * FROM actions WHERE id = ?", [action_id]))
        if not rows:
            raise NotFoundError(f"There is no action {action_id}.")
        return _action(rows[0])

    def actions_for(self, customer_id: int) -> list[Action]:
        """Oldest first; actions at the same moment in the order they were logged."""
        return [
            _action(row)
            for row in self._db.query(
                "SELECT * FROM actions WHERE customer_id = ? ORDER BY occurred_at, id",
                [customer_id],
            )
        ]

    def actions_of_kind(self, kinds: Iterable[ActionKind]) -> list[Action]:
        values = [kind.value for kind in kinds]
        return [
            _action(row)
            for row in self._db.query(
                f"SELECT * FROM actions WHERE kind IN ({', '.join('?' for _ in values)}) "
                "ORDER BY occurred_at, id",
                values,
            )
        ]

    # --- identities ---------------------------------------------------------------------

    def customers_with_status(self, statuses: Iterable[CustomerStatus]) -> list[Customer]:
        values = [status.value for status in statuses]
        return [
            customer_from_row(row)
            for row in self._db.query(
                f"SELECT * FROM customers WHERE status IN ({', '.join('?' for _ in values)}) "
                "ORDER BY id",
                values,
            )
        ]

    def contact_texts(self, customer_id: int) -> list[str]:
        return [
            row[0]
            for row in self._db.execute(
                "SELECT text FROM contacts WHERE customer_id = ?", [customer_id]
            )
        ]

    def add_link(self, customer_id: int, known_customer_id: int, reason: str) -> int:
        return self._insert(
            "customer_links",
            {
                "customer_id": customer_id,
                "known_customer_id": known_customer_id,
                "reason": reason,
                "linked_at": to_storage(self._clock()),
            },
        )

    def withdraw_link(self, link_id: int, reason: str) -> int:
        """Withdraw a "same person" link made by mistake; the link itself stays as it was."""
        return self._insert(
            "link_withdrawals",
            {"link_id": link_id, "reason": reason, "withdrawn_at": to_storage(self._clock())},
        )

    def links_for(self, customer_id: int) -> list[tuple[int, int, str, datetime]]:
        """(link id, other customer id, reason, when) for links in either direction, but for
        those withdrawn."""
        return [
            (
                row["id"],
                row["known_customer_id"]
                if row["customer_id"] == customer_id
                else row["customer_id"],
                row["reason"],
                from_storage(row["linked_at"]),
            )
            for row in self._db.query(
                "SELECT * FROM customer_links WHERE (customer_id = ? OR known_customer_id = ?) "
                "AND id NOT IN (SELECT link_id FROM link_withdrawals) ORDER BY id",
                [customer_id, customer_id],
            )
        ]

    # --- figures across the whole book ----------------------------------------------------

    def inbound_counts(self, spans: Sequence[tuple[datetime, datetime]]) -> list[int]:
        """How many messages came from customers in each [start, end) span, across the book.

        Each is a range count on the index of inbound times (storage/schema_totals.py)."""
        return [
            self._db.execute(
                "SELECT count(*) FROM contacts WHERE direction = 'inbound' "
                "AND occurred_at >= ? AND occurred_at < ?",
                [to_storage(start), to_storage(end)],
            ).fetchone()[0]
            for start, end in spans
        ]

    def writing_customers(self) -> int:
        """How many customers have written at least once."""
        return self._db.execute(
            "SELECT count(DISTINCT customer_id) FROM contacts WHERE direction = 'inbound'"
        ).fetchone()[0]

    def customer_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM customers").fetchone()[0]

    # --- the risk cache ------------------------------------------------------------------

    def stale_risk_customers(self, older_than: datetime) -> list[int]:
        return [
            row[0]
            for row in self._db.execute(
                "SELECT cu.id FROM customers cu LEFT JOIN customer_risk r "
                "ON r.customer_id = cu.id WHERE r.customer_id IS NULL OR r.computed_at < ? "
                "ORDER BY cu.id",
                [to_storage(older_than)],
            )
        ]

    def save_risk(self, customer_id: int, risk: int) -> None:
        self._db.execute(
            "INSERT INTO customer_risk (customer_id, risk, computed_at) VALUES (?, ?, ?) "
            "ON CONFLICT(customer_id) DO UPDATE SET risk = excluded.risk, "
            "computed_at = excluded.computed_at",
            [customer_id, risk, to_storage(self._clock())],
        )

    def risks(self, customer_ids: Iterable[int]) -> dict[int, int]:
        ids = list(customer_ids)
        if not ids:
            return {}
        return dict(
            self._db.execute(
                "SELECT customer_id, risk FROM customer_risk "
                f"WHERE customer_id IN ({', '.join('?' for _ in ids)})",
                ids,
            ).fetchall()
        )
