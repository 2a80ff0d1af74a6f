"""Tables for calm replies: the working state, the drafts set aside, and what happened.

`replies` is the owner's work in progress, saved every second while they type, so it changes.
`reply_drafts` and `reply_events` are evidence (a kept draft, an override, a send, an action):
never changed once written, tracked by the ledger so `verify` checks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("reply_draft", "reply_drafts")
track("reply_event", "reply_events")


@migrations()
def m100_replies(db: Database) -> None:
    db.execute("""
        CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            step INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'open',
            draft TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            outbound_contact_id INTEGER REFERENCES contacts(id),
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX replies_by_customer ON replies(customer_id, status, updated_at)")
    db.execute("CREATE INDEX replies_by_contact ON replies(contact_id)")
    db.execute("""
        CREATE TABLE reply_drafts (
            id INTEGER PRIMARY KEY,
            reply_id INTEGER NOT NULL REFERENCES replies(id),
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            kept_at TEXT NOT NULL,
            UNIQUE (reply_id, number)
        )""")
    db.execute("""
        CREATE TABLE reply_events (
            id INTEGER PRIMARY KEY,
            reply_id INTEGER NOT NULL REFERENCES replies(id),
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX reply_events_by_reply ON reply_events(reply_id, id)")
    # Words the owner added with "Add to dictionary".
    db.execute("""
        CREATE TABLE personal_dictionary (
            word TEXT PRIMARY KEY COLLATE NOCASE,
            added_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "reply_drafts")
    read_only_triggers(db, "reply_events")
