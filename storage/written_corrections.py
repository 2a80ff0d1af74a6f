"""The tables of corrections that keep what they correct: earlier versions of a customer's
details, contacts the owner withdrew as logged by mistake, "same person" links withdrawn. Each row is never changed once written and is tracked by the ledger.

(Named to be imported after the older schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("customer_version", "customer_versions")
track("contact_withdrawal", "contact_withdrawals")
track("link_withdrawal", "link_withdrawals")


# In the order of their names, the order a new log lists its schema changes in.
@migrations()
def m640_contact_withdrawals(db: Database) -> None:
    # A contact logged by mistake (the same call twice, a test) stays in the log; this says
    # it was withdrawn, when and why, and it is left out of what the log is taken to show.
    db.execute("""
        CREATE TABLE contact_withdrawals (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts(id),
            reason TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "contact_withdrawals")


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


@migrations()
def m640_link_withdrawals(db: Database) -> None:
    # A "same person" link made by mistake stays in the log; this withdraws it, with why.
    db.execute("""
        CREATE TABLE link_withdrawals (
            id INTEGER PRIMARY KEY,
            link_id INTEGER NOT NULL UNIQUE REFERENCES customer_links(id),
            reason TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "link_withdrawals")
