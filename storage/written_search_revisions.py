"""The words a contact held before it was corrected, in a search index of their own.

A correction is a new revision (storage/contacts.py); the contacts' index then holds the
corrected words only, and the owner searching for the customer's exact first words found
nothing. This index holds each version a correction replaced: a few rows in an everyday log,
so searching it beside the contacts' index costs one more small look-up.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.schema_core import migrations
from storage.schema_expected import EARLIER_WORDS_INDEX as INDEX
from storage.schema_totals import PREFIXES

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


@migrations()
def m670_search_earlier_words(db: Database) -> None:
    # The same words and prefixes as the contacts' own index, so one query serves both.
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(summary, text, content='contact_revisions', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')"
    )
    # Revisions are never changed or removed: a new one replaces the one before it.
    db.execute(
        f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON contact_revisions WHEN new.number > 0 BEGIN "
        f"INSERT INTO {INDEX} (rowid, summary, text) SELECT id, summary, text "
        "FROM contact_revisions WHERE contact_id = new.contact_id AND number = new.number - 1; "
        "END"
    )
    db.execute(
        f"INSERT INTO {INDEX} (rowid, summary, text) SELECT r.id, r.summary, r.text "
        "FROM contact_revisions r WHERE EXISTS (SELECT 1 FROM contact_revisions n "
        "WHERE n.contact_id = r.contact_id AND n.number = r.number + 1)"
    )
