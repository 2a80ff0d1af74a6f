"""Contacts by their date, so that search can tell which matches are the latest by date even
when an old mailbox was imported after this week's messages were logged (storage/search.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.schema_core import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


@migrations()
def m600_search_by_date(db: Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS contacts_by_time ON contacts(occurred_at, id)")
