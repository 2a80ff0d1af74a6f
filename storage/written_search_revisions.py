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
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.schema_totals import PREFIXES
from storage.search_folds import SCRIPTS, parts, replaced
from storage.search_folds import STEPS as FOLD_STEPS

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


@migrations()
def m680_search_folded_words(db: Database) -> None:
    # Every version of a contact, the present one included, in a script an English keyboard
    # does not type: a few rows in most logs, one pass of instr() over them per search.
    db.execute(
        f"CREATE TABLE {FOLDED} (id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
        "summary TEXT NOT NULL, text TEXT NOT NULL)"
    )
    db.execute(f"CREATE INDEX {FOLDED}_by_contact ON {FOLDED}(contact_id)")
    # Two dozen replace() calls deep at most: SQLite's parser refuses much deeper nesting.
    steps = [
        f"UPDATE {FOLDED} SET summary = {replaced('summary', part)}, "
        f"text = {replaced('text', part)} "
        f"WHERE {{which}} (summary GLOB '*{sign}*' OR text GLOB '*{sign}*');"
        for sign, changes in FOLD_STEPS
        for part in parts(changes, 24)
    ]
    # Text all in ASCII, as most English is, is told by its length alone.
    written = " OR ".join(
        f"(length(CAST(new.{column} AS BLOB)) > length(new.{column}) "
        f"AND new.{column} GLOB '*{SCRIPTS}*')"
        for column in ("summary", "text")
    )
    db.execute(
        f"CREATE TRIGGER {FOLDED}_ai AFTER INSERT ON contact_revisions WHEN {written} BEGIN "
        f"INSERT INTO {FOLDED} (id, contact_id, summary, text) "
        "VALUES (new.id, new.contact_id, lower(new.summary), lower(new.text)); "
        + " ".join(step.format(which="id = new.id AND") for step in steps)
        + " END"
    )
    db.execute(
        f"INSERT INTO {FOLDED} (id, contact_id, summary, text) "
        "SELECT id, contact_id, lower(summary), lower(text) FROM contact_revisions "
        f"WHERE summary GLOB '*{SCRIPTS}*' OR text GLOB '*{SCRIPTS}*'"
    )
    for step in steps:
        db.execute(step.format(which="").rstrip(";"))
