"""Customers: the people in the log."""

from __future__ import annotations

import functools
import json
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.clock import Clock, from_storage, to_storage
from app.core.domain import Customer, CustomerStatus, CustomerSummary
from app.core.errors import NotFoundError
from app.core.text_folding import digits, folded, phone_query
from storage.connection import SteadyDatabase
from storage.customers_shown import keep_shown
from storage.rows import customer_from_row, customer_to_row, load_list, reading
from storage.written import WrittenRows

if TYPE_CHECKING:
    from app.core.customer_versions import CustomerVersion

_ALL = "customers cu LEFT JOIN customer_totals t ON t.customer_id = cu.id"
_CONTACTED = "customer_totals t JOIN customers cu ON cu.id = t.customer_id"
_ORDERS = {
    # Among the customers contacted; those never contacted follow, by name (`summaries`).
    "last_contact": "t.last_contact_at DESC, cu.name COLLATE NOCASE, cu.id",
    "name": "cu.name COLLATE NOCASE, cu.id",
    "contacts": "contact_count DESC, cu.name COLLATE NOCASE",
    # Scores from customer_risk (storage/schema_standing.py); refresh them first.
    "risk": "coalesce((SELECT risk FROM customer_risk r WHERE r.customer_id = cu.id), -1) DESC, "
    "cu.name COLLATE NOCASE",
}


def _and(where: str, condition: str) -> str:
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


class SqliteCustomers:
    def __init__(
        self, db: SteadyDatabase, clock: Clock, written: WrittenRows | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._written = written
        # Every customer's details folded, as of the connection's count of changes.
        self._book: tuple[tuple[int, int], list[tuple[int, str, str]]] | None = None
        # The customers with suggested categories waiting, as of the log's last change.
        self._waiting: tuple[tuple[int, int], frozenset[int]] | None = None

    def add(self, customer: Customer) -> int:
        now = to_storage(self._clock())
        row = customer_to_row(customer) | {"created_at": now, "updated_at": now}
        # With its row in the index of customers in disguise, or neither.
        with self._db.atomic():
            cursor = self._db.execute(
                f"INSERT INTO customers ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            assert cursor.lastrowid is not None
            keep_shown(self._db, cursor.lastrowid, row, added=True)
        return cursor.lastrowid

    def update(self, customer: Customer) -> None:
        if customer.id is None:
            raise ValueError("update needs a saved customer")
        row = customer_to_row(customer) | {"updated_at": to_storage(self._clock())}
        if self._written is not None:
            self._written.changing("customers", customer.id)
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE customers SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                [*row.values(), customer.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no customer {customer.id}.")
            keep_shown(self._db, customer.id, row)

    def keep_version(self, before: Customer, reason: str) -> int:
        """Keep the customer's details as saved until now, before an edit replaces them."""
        from storage.customer_versions import keep_version

        return keep_version(self._db, self._clock, before, reason)

    def versions(self, customer_id: int) -> list[CustomerVersion]:
        """Every earlier version of the customer's details, oldest first."""
        from storage.customer_versions import versions

        return versions(self._db, customer_id)

    def get(self, customer_id: int) -> Customer:
        rows = list(self._db.query("SELECT * FROM customers WHERE id = ?", [customer_id]))
        if not rows:
            raise NotFoundError(f"There is no customer {customer_id}.")
        return customer_from_row(rows[0])

    def _where(self, text_filter: str, status: str | None) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if text_filter.strip():
            clauses.append("cu.id IN (SELECT value FROM json_each(?))")
            params.append(self._found_ids(folded(text_filter.strip()), phone_query(text_filter)))
        if status:
            clauses.append("cu.status = ?")
            params.append(status)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _found_ids(self, text: str, phone: str) -> str:
        """The customers the "Find a customer" box finds, as a JSON list of ids.

        Compared as the Search dialog compares (case, accents): SQL's LIKE folds ASCII letters
        only, and reads `_`, `%` and the stored lists' JSON as syntax."""
        ids = [
            id_
            for id_, written, numbers in self.prepare_finding()
            if text in written or (phone and phone in numbers)
        ]
        return json.dumps(ids)

    def prepare_finding(self) -> list[tuple[int, str, str]]:
        """Every customer's details folded, kept until the next write.

        Folding 5,000 customers again for each letter typed took five times as long as the
        page; folding them the first time takes 50–100 ms, so the window asks for it before
        the owner types (each customer's fold is kept, so after a write this is a read)."""
        version = self._log_version()
        if self._book is None or self._book[0] != version:
            rows = self._db.execute(
                "SELECT id, name, emails, phones, handles, account_ref FROM customers"
            ).fetchall()
            self._book = (version, [(row[0], *_searched(*row[1:])) for row in rows])
        return self._book[1]

    def _log_version(self) -> tuple[int, int]:
        """Changes by this connection and by any other (another window, `steady review`): what
        is kept from the log is read again when either moves."""
        return (
            self._db.conn.total_changes,
            self._db.execute("PRAGMA data_version").fetchone()[0],
        )

    def count(self, text_filter: str = "", status: str | None = None) -> int:
        where, params = self._where(text_filter, status)
        return self._db.execute(f"SELECT count(*) FROM customers cu{where}", params).fetchone()[0]

    def summaries(
        self,
        offset: int,
        limit: int,
        text_filter: str = "",
        order: str = "last_contact",
        status: str | None = None,
    ) -> list[CustomerSummary]:
        where, params = self._where(text_filter, status)
        if order in _ORDERS and order != "last_contact":
            return self._summaries(_ALL, where, _ORDERS[order], [*params, limit, offset])
        # The list's everyday order. Walked along the index of last contacts, a page costs the
        # same however many customers there are; sorted whole, a log of 50,000 customers took
        # 20–50 ms for every page. Then the customers never contacted, by name.
        contacted = _and(where, "t.last_contact_at IS NOT NULL")
        rows = self._summaries(
            _CONTACTED, contacted, _ORDERS["last_contact"], [*params, limit, offset]
        )
        if len(rows) == limit:
            return rows
        if rows:
            skip = 0
        else:
            before = self._db.execute(
                f"SELECT count(*) FROM {_CONTACTED}{contacted}", params
            ).fetchone()[0]
            skip = max(0, offset - before)
        never = _and(where, "t.last_contact_at IS NULL")
        return rows + self._summaries(
            _ALL, never, "cu.name COLLATE NOCASE, cu.id", [*params, limit - len(rows), skip]
        )

    def _summaries(
        self, source: str, where: str, order: str, params: list[object]
    ) -> list[CustomerSummary]:
        sql = f"""
            SELECT cu.id, cu.name, cu.status, cu.emails,
                coalesce(t.contacts, 0) AS contact_count, t.last_contact_at
            FROM {source}{where}
            ORDER BY {order}
            LIMIT ? OFFSET ?"""
        return self._marked_waiting([_summary(row) for row in self._db.query(sql, params)])

    def _marked_waiting(self, rows: list[CustomerSummary]) -> list[CustomerSummary]:
        """The page's customers with suggested categories still waiting for review."""
        if not rows:
            return rows
        waiting = self._waiting_customers()
        return [
            replace(summary, waiting_review=True) if summary.id in waiting else summary
            for summary in rows
        ]

    def _waiting_customers(self) -> frozenset[int]:
        """Every customer with a suggestion waiting, read again only after a write (here or by
        another program: `steady review`, an import). Asked for each page's customers through
        their contacts, a page holding a customer of 10,000 contacts took 30 ms; the waiting
        suggestions are few, and this costs the same however many customers the log holds."""
        version = self._log_version()
        if self._waiting is None or self._waiting[0] != version:
            found = self._db.execute(
                "SELECT DISTINCT c.customer_id FROM category_suggestions s "
                "CROSS JOIN contacts c ON c.id = s.contact_id WHERE s.status = 'suggested'"
            ).fetchall()
            self._waiting = (version, frozenset(row[0] for row in found))
        return self._waiting[1]

    def minutes_spent(self, customer_id: int) -> int:
        row = self._db.execute(
            "SELECT minutes FROM customer_totals WHERE customer_id = ?", [customer_id]
        ).fetchone()
        return row[0] if row else 0


def _summary(row: dict) -> CustomerSummary:
    with reading("Customer", row["id"]):
        return CustomerSummary(
            id=row["id"],
            name=row["name"],
            status=CustomerStatus(row["status"]),
            contact_count=row["contact_count"],
            last_contact_at=from_storage(row["last_contact_at"])
            if row["last_contact_at"]
            else None,
            emails=load_list(row["emails"]),
        )


@functools.lru_cache(maxsize=50_000)
def _searched(
    name: str,
    emails: str | None,
    phones: str | None,
    handles: str | None,
    account_ref: str | None,
) -> tuple[str, str]:
    """A customer's details folded, one a line, and their phone numbers' digits: kept, as
    folding every customer again for each letter typed took half a second on 5,000."""
    try:
        numbers = load_list(phones)
        lists = [*load_list(emails), *numbers, *load_list(handles)]
    except ValueError:  # a damaged list is still searched as it is written
        numbers = ()
        lists = [emails or "", phones or "", handles or ""]
    written = "\n".join(folded(value) for value in (name, *lists, account_ref or ""))
    return written, "\n".join(digits(number) for number in numbers)
