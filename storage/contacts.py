"""Contacts and their revisions. The contacts row is the current version; every version,
the original first, is kept unchanged in contact_revisions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from app.core.clock import Clock, from_storage, to_storage
from app.core.domain import Contact, ContactDetails
from app.core.errors import NotFoundError
from storage.connection import SteadyDatabase
from storage.contacts_shown import keep_shown
from storage.rows import details_from_row, details_to_row, reading
from storage.written import WrittenRows

if TYPE_CHECKING:
    from app.core.contact_changes import ContactMove, ContactRevision
    from app.core.withdrawals import Withdrawal

_SELECT = """
    SELECT c.*, (SELECT count(*) FROM attachments a WHERE a.contact_id = c.id) AS attachment_count
    FROM contacts c"""


def _contact(row: dict) -> Contact:
    with reading("Contact", row.get("id")):
        return _contact_of(row)


def _contact_of(row: dict) -> Contact:
    return Contact(
        id=row["id"],
        customer_id=row["customer_id"],
        details=details_from_row(row),
        revision=row["revision"],
        source=row["source"],
        external_id=row["external_id"],
        in_reply_to=row["in_reply_to"],
        created_at=from_storage(row["created_at"]),
        attachment_count=row["attachment_count"],
    )


class SqliteContacts:
    def __init__(
        self, db: SteadyDatabase, clock: Clock, written: WrittenRows | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._written = written

    def _insert(self, table: str, row: dict[str, object]) -> int:
        if self._written is not None:
            return self._written.insert(table, row)
        cursor = self._db.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add(
        self,
        customer_id: int,
        details: ContactDetails,
        *,
        source: str,
        external_id: str | None,
        in_reply_to: int | None,
    ) -> int:
        now = to_storage(self._clock())
        fields = details_to_row(details)
        contact_id = self._insert(
            "contacts",
            {
                "customer_id": customer_id,
                **fields,
                "source": source,
                "external_id": external_id,
                "in_reply_to": in_reply_to,
                "revision": 0,
                "created_at": now,
            },
        )
        revision_id = self._insert(
            "contact_revisions",
            {"contact_id": contact_id, "number": 0, "revised_at": now, "reason": "", **fields},
        )
        keep_shown(self._db, revision_id, details.summary, details.text)
        return contact_id

    def revise(self, contact_id: int, details: ContactDetails, reason: str) -> int:
        """Store a new version and make it current; returns the revision's row id."""
        current = self.get(contact_id)
        number = current.revision + 1
        fields = details_to_row(details)
        revision_id = self._insert(
            "contact_revisions",
            {
                "contact_id": contact_id,
                "number": number,
                "revised_at": to_storage(self._clock()),
                "reason": reason,
                **fields,
            },
        )
        keep_shown(self._db, revision_id, details.summary, details.text)
        self._forget(contact_id)
        self._db.execute(
            f"UPDATE contacts SET {', '.join(f'{k} = ?' for k in fields)}, revision = ? "
            "WHERE id = ?",
            [*fields.values(), number, contact_id],
        )
        return revision_id

    def _forget(self, contact_id: int) -> None:
        """A changed row is read again for its ledger entry, never taken as first written;
        as it stood before, it is kept for the ledger to check."""
        if self._written is not None:
            self._written.changing("contacts", contact_id)

    def get(self, contact_id: int) -> Contact:
        rows = list(self._db.query(_SELECT + " WHERE c.id = ?", [contact_id]))
        if not rows:
            raise NotFoundError(f"There is no contact {contact_id}.")
        return _contact(rows[0])

    def count_for_customer(self, customer_id: int) -> int:
        """Every contact kept for the customer, withdrawn ones included (the timeline's rows).

        Kept by triggers (storage/schema_totals.py): a busy customer is not counted row by row.
        The totals leave withdrawn contacts out, and those are few: counted from the
        withdrawals."""
        row = self._db.execute(
            "SELECT contacts FROM customer_totals WHERE customer_id = ?", [customer_id]
        ).fetchone()
        return (row[0] if row else 0) + self.withdrawn_count(customer_id)

    def withdrawn_count(self, customer_id: int) -> int:
        """The customer's contacts withdrawn as logged by mistake (walked from the few
        withdrawals, not from the customer's contacts)."""
        return int(
            self._db.execute(
                "SELECT count(*) FROM contact_withdrawals w CROSS JOIN contacts c "
                "ON c.id = w.contact_id WHERE c.customer_id = ?",
                [customer_id],
            ).fetchone()[0]
        )

    def stream_for_customer(self, customer_id: int) -> Iterator[Contact]:
        """Oldest first, read as the caller goes: a long history is never all in memory.
        Contacts withdrawn as logged by mistake are left out (what is assessed and printed)."""
        from storage.contact_withdrawals import NOT_WITHDRAWN

        for row in self._db.query(
            _SELECT + f" WHERE c.customer_id = ? AND {NOT_WITHDRAWN} ORDER BY c.occurred_at, c.id",
            [customer_id],
        ):
            yield _contact(row)

    def withdraw(self, contact_id: int, reason: str) -> int:
        """Mark a contact as logged by mistake; the contact itself stays as it is."""
        from storage.contact_withdrawals import withdraw

        return withdraw(self._db, self._clock, contact_id, reason)

    def withdrawals(self, contact_ids: list[int] | None = None) -> dict[int, Withdrawal]:
        from storage.contact_withdrawals import withdrawals

        return withdrawals(self._db, contact_ids)

    def for_customer(self, customer_id: int, offset: int, limit: int) -> list[Contact]:
        """Newest first, a page at a time."""
        return [
            _contact(row)
            for row in self._db.query(
                _SELECT + " WHERE c.customer_id = ? ORDER BY c.occurred_at DESC, c.id DESC "
                "LIMIT ? OFFSET ?",
                [customer_id, limit, offset],
            )
        ]

    def revisions(self, contact_id: int) -> list[ContactRevision]:
        from app.core.contact_changes import ContactRevision

        return [
            ContactRevision(
                contact_id=row["contact_id"],
                number=row["number"],
                details=details_from_row(row),
                revised_at=from_storage(row["revised_at"]),
                reason=row["reason"],
            )
            for row in self._db.query(
                "SELECT * FROM contact_revisions WHERE contact_id = ? ORDER BY number",
                [contact_id],
            )
        ]

    def revision_row_id(self, contact_id: int, number: int) -> int:
        return self._db.execute(
            "SELECT id FROM contact_revisions WHERE contact_id = ? AND number = ?",
            [contact_id, number],
        ).fetchone()[0]

    def find_external(self, external_id: str) -> int | None:
        row = self._db.execute(
            "SELECT id FROM contacts WHERE external_id = ?", [external_id]
        ).fetchone()
        return row[0] if row else None

    def move(self, contact_id: int, to_customer_id: int, reason: str) -> int:
        """Give the contact (and any reply answering it) to another customer; returns the
        move's row id. The move is kept; the contact's versions are not touched."""
        current = self.get(contact_id)
        move_id = self._insert(
            "contact_moves",
            {
                "contact_id": contact_id,
                "from_customer_id": current.customer_id,
                "to_customer_id": to_customer_id,
                "reason": reason,
                "moved_at": to_storage(self._clock()),
            },
        )
        self._forget(contact_id)
        self._db.execute(
            "UPDATE contacts SET customer_id = ? WHERE id = ?", [to_customer_id, contact_id]
        )
        self._db.execute(
            "UPDATE replies SET customer_id = ? WHERE contact_id = ?", [to_customer_id, contact_id]
        )
        return move_id

    def moves(self, contact_id: int) -> list[ContactMove]:
        from app.core.contact_changes import ContactMove

        return [
            ContactMove(
                contact_id=row["contact_id"],
                from_customer_id=row["from_customer_id"],
                to_customer_id=row["to_customer_id"],
                reason=row["reason"],
                moved_at=from_storage(row["moved_at"]),
            )
            for row in self._db.query(
                "SELECT * FROM contact_moves WHERE contact_id = ? ORDER BY id", [contact_id]
            )
        ]
