"""Words hidden characters split, and customers written in disguise, found by search.

A zero-width space or joiner, a soft hyphen or a direction mark inside an Arabic, Hebrew or
Chinese word ("سأق\u200bاضيك", "起\u200b诉") shows nothing on screen, but the folded copies
kept for those scripts (storage/written_search_revisions.py) held it, and the owner typing the
word found nothing. The copies are now kept without them, as the English words in disguise
are (storage/written_search_shown.py); Persian's non-joiner goes too, for matching only: the
contacts themselves never change.

A customer's name, handle or notes written in disguise ("Ｊｏｈｎ", "J\u200bohn", "Јohn" with a
Cyrillic Ј) were not found by the name the owner knows them by. Each customer holding such
characters is kept read that way in an index of its own, searched beside the customers' own.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.schema_core import migrations
from storage.schema_expected import CUSTOMERS_SHOWN_INDEX as INDEX
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.schema_totals import PREFIXES
from storage.search_folds import char_class, hidden_in_words, replaced
from storage.written_search_shown import WHICH, reading_steps, written_in_disguise

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

# What the customers' own index covers, so one typed expression serves both.
CUSTOMER_COLUMNS = ("name", "emails", "phones", "handles", "account_ref", "notes")


@migrations()
def m710_search_folded_unhidden(db: Database) -> None:
    hidden = dict.fromkeys(hidden_in_words(), "")
    sign = char_class(hidden)
    # On the copies themselves: a copy is made by m680's trigger, and read there without
    # them before its folds are made (which neither add nor need a hidden character).
    unhide = (
        f"UPDATE {FOLDED} SET summary = {replaced('summary', hidden)}, "
        f"text = {replaced('text', hidden)} WHERE {{which}} "
        f"(summary GLOB '*{sign}*' OR text GLOB '*{sign}*')"
    )
    db.execute(
        f"CREATE TRIGGER {FOLDED}_unhidden AFTER INSERT ON {FOLDED} "
        f"WHEN new.summary GLOB '*{sign}*' OR new.text GLOB '*{sign}*' BEGIN "
        + unhide.format(which="id = new.id AND")
        + "; END"
    )
    db.execute(unhide.format(which=""))


@migrations()
def m720_search_disguised_customers(db: Database) -> None:
    columns = ", ".join(CUSTOMER_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({columns}, "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')"
    )
    steps = reading_steps(INDEX, CUSTOMER_COLUMNS, alike_alone=True)
    read = " ".join(step.replace(WHICH, "rowid = new.id AND") for step in steps)
    new_values = ", ".join(f"new.{column}" for column in CUSTOMER_COLUMNS)
    new_written = " OR ".join(written_in_disguise(f"new.{column}") for column in CUSTOMER_COLUMNS)
    old_written = " OR ".join(written_in_disguise(f"old.{column}") for column in CUSTOMER_COLUMNS)
    db.execute(
        f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON customers WHEN {new_written} BEGIN "
        f"INSERT INTO {INDEX} (rowid, {columns}) VALUES (new.id, {new_values}); {read} END"
    )
    # A customer's details are edited in place: their row is read again, or goes when the
    # disguise was taken out.
    db.execute(
        f"CREATE TRIGGER {INDEX}_au AFTER UPDATE ON customers "
        f"WHEN {old_written} OR {new_written} BEGIN "
        f"DELETE FROM {INDEX} WHERE rowid = old.id; "
        f"INSERT INTO {INDEX} (rowid, {columns}) SELECT new.id, {new_values} "
        f"WHERE {new_written}; {read} END"
    )
    existing = " OR ".join(written_in_disguise(column) for column in CUSTOMER_COLUMNS)
    db.execute(
        f"INSERT INTO {INDEX} (rowid, {columns}) SELECT id, {columns} FROM customers "
        f"WHERE {existing}"
    )
    for step in steps:
        db.execute(step.replace(WHICH, "").rstrip(";"))
