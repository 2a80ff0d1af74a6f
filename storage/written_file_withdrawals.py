"""Files withdrawn by the owner: one added to a contact by mistake (a slip of the mouse, the
wrong screenshot) is never deleted; a withdrawal with its reason is added beside it,
append-only and tracked by the ledger like the file itself, so packets leave it out."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.core.clock import from_storage, to_storage
from storage.actions import insert_row
from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

    from storage.connection import SteadyDatabase

TABLE = "attachment_withdrawals"
track("attachment_withdrawal", TABLE)


@migrations()
def m650_attachment_withdrawals(db: Database) -> None:
    db.execute("""
        CREATE TABLE attachment_withdrawals (
            id INTEGER PRIMARY KEY,
            attachment_id INTEGER NOT NULL UNIQUE REFERENCES attachments(id),
            reason TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""")
    read_only_triggers(db, TABLE)


def withdraw(db: SteadyDatabase, attachment_id: int, reason: str, at: datetime) -> int:
    return insert_row(
        db,
        TABLE,
        {"attachment_id": attachment_id, "reason": reason, "withdrawn_at": to_storage(at)},
    )


def withdrawals(db: SteadyDatabase, contact_id: int) -> dict[int, tuple[datetime, str]]:
    """The contact's withdrawn files: when and why, by attachment id. A log opened read-only
    (a locked file, one changed outside Steady) is not brought up to date and may predate it."""
    if not db.table_exists(TABLE):
        return {}
    return {
        row["attachment_id"]: (from_storage(row["withdrawn_at"]), row["reason"])
        for row in db.query(
            "SELECT w.attachment_id, w.withdrawn_at, w.reason FROM attachment_withdrawals w "
            "JOIN attachments a ON a.id = w.attachment_id WHERE a.contact_id = ?",
            [contact_id],
        )
    }
