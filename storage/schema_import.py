"""Tables for evidence import: what was imported from which file, the facts of a post shown
in a screenshot, the words behind each suggested category, and remembered CSV column maps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("import_file", "import_files")
track("post_details", "post_details")


@migrations()
def m100_import_records(db: Database) -> None:
    # One row per file imported (a whole mbox is one row), written when the file is done.
    db.execute("""
        CREATE TABLE import_files (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            filename TEXT NOT NULL,
            kind TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            imported INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    # The facts that make a screenshot of a post good evidence. Rows are never changed:
    # filling in a missing fact adds a row, and the newest row for a contact is the current one.
    db.execute("""
        CREATE TABLE post_details (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            platform TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            handle TEXT NOT NULL DEFAULT '',
            posted_at TEXT,
            captured_at TEXT,
            captured_from TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX post_details_by_contact ON post_details(contact_id, id)")
    # Which words made the import suggest a category; the owner confirms or clears each one.
    db.execute("""
        CREATE TABLE category_suggestions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            category TEXT NOT NULL,
            words TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'suggested',
            UNIQUE (contact_id, category)
        )""")
    db.execute("""
        CREATE TABLE csv_mappings (
            signature TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "import_files")
    read_only_triggers(db, "post_details")
