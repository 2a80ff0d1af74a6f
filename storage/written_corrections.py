"""The tables of corrections that keep what they correct: earlier versions of a customer's
details. Each row is never changed once written and is tracked by the ledger.

(Named to be imported after the older schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("customer_version", "customer_versions")


@migrations()
def m640_customer_versions(db: Database) -> None:
    db.execute("""
        CREATE TABLE customer_versions (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            name TEXT NOT NULL,
            emails TEXT NOT NULL,
            phones TEXT NOT NULL,
            handles TEXT NOT NULL,
            account_ref TEXT NOT NULL,
            amount_paid TEXT NOT NULL,
            notes TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            replaced_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX customer_versions_by_customer ON customer_versions(customer_id, id)")
    read_only_triggers(db, "customer_versions")
