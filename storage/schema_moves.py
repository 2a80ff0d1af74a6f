"""The table of contacts moved from one customer to another (logged under the wrong one).

Each move is evidence of its own: never changed once written, tracked by the ledger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("contact_move", "contact_moves")


@migrations()
def m100_log_moves(db: Database) -> None:
    db.execute("""
        CREATE TABLE contact_moves (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            from_customer_id INTEGER NOT NULL REFERENCES customers(id),
            to_customer_id INTEGER NOT NULL REFERENCES customers(id),
            reason TEXT NOT NULL,
            moved_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX contact_moves_by_contact ON contact_moves(contact_id, id)")
    read_only_triggers(db, "contact_moves")
