"""The first schema (customers, contacts, evidence, ledger) and the `migrations` every schema
module registers on. Each migration runs in its own transaction.

Add a new function at the end of a schema module for every change; never edit one that has
shipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.database import READ_ONLY_MESSAGE
from storage.schema_steps import SchemaSteps

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

migrations = SchemaSteps("steady")


def read_only_triggers(db: Database, table: str, *, allow_update: bool = False) -> None:
    """Triggers that refuse to change or remove saved evidence (verify catches what bypasses them)."""
    events = ["DELETE"] if allow_update else ["UPDATE", "DELETE"]
    for event in events:
        db.execute(
            f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END"
        )


@migrations()
def m001_evidence_log(db: Database) -> None:
    db.execute("""
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            emails TEXT NOT NULL DEFAULT '[]',
            phones TEXT NOT NULL DEFAULT '[]',
            handles TEXT NOT NULL DEFAULT '[]',
            account_ref TEXT NOT NULL DEFAULT '',
            amount_paid TEXT NOT NULL DEFAULT '0',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            occurred_at TEXT NOT NULL,
            occurred_tz TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            direction TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            categories TEXT NOT NULL DEFAULT '[]',
            severity INTEGER NOT NULL DEFAULT 1 CHECK (severity BETWEEN 1 AND 5),
            minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            url TEXT NOT NULL DEFAULT '',
            staff TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            external_id TEXT,
            in_reply_to INTEGER REFERENCES contacts(id),
            revision INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX contacts_by_customer ON contacts(customer_id, occurred_at)")
    db.execute(
        "CREATE UNIQUE INDEX contacts_external_id ON contacts(external_id) "
        "WHERE external_id IS NOT NULL"
    )
    # Every version of a contact, the original (number 0) included; never changed.
    db.execute("""
        CREATE TABLE contact_revisions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            number INTEGER NOT NULL,
            revised_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            occurred_at TEXT NOT NULL,
            occurred_tz TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            direction TEXT NOT NULL,
            summary TEXT NOT NULL,
            text TEXT NOT NULL,
            categories TEXT NOT NULL,
            severity INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            url TEXT NOT NULL,
            staff TEXT NOT NULL,
            UNIQUE (contact_id, number)
        )""")
    db.execute("""
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )""")
    db.execute("""
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            filename TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX attachments_by_contact ON attachments(contact_id)")
    db.execute("""
        CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            digest TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX ledger_by_entity ON ledger(entity, entity_id, seq)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    read_only_triggers(db, "contact_revisions")
    read_only_triggers(db, "blobs")
    read_only_triggers(db, "attachments")
    read_only_triggers(db, "ledger")
    read_only_triggers(db, "contacts", allow_update=True)
    read_only_triggers(db, "customers", allow_update=True)

    _full_text(db, "contacts", ["summary", "text"])
    _full_text(db, "customers", ["name", "emails", "phones", "handles", "account_ref", "notes"])


def _full_text(db: Database, table: str, columns: list[str]) -> None:
    """An FTS5 index kept in step with `table` by triggers.

    The prefix index (1–3 characters) keeps search-as-you-type fast: without it a one- or
    two-letter prefix merges thousands of terms (~75 ms per 100,000 contacts).
    """
    cols = ", ".join(columns)
    new_values = ", ".join(f"new.{c}" for c in columns)
    old_values = ", ".join(f"old.{c}" for c in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    insert = f"INSERT INTO {table}_fts (rowid, {cols}) VALUES (new.id, {new_values});"
    delete = (
        f"INSERT INTO {table}_fts ({table}_fts, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old_values});"
    )
    db.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END")
