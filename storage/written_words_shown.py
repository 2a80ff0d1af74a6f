"""Words hidden characters split, and customers written in disguise, found by search.

A zero-width space or joiner, a soft hyphen or a direction mark inside an Arabic, Hebrew or
Chinese word ("سأق\u200bاضيك", "起\u200b诉") shows nothing on screen, but the folded copies
kept for those scripts (storage/written_search_revisions.py) held it, and the owner typing the
word found nothing. The copies are now kept without them, as the English words in disguise
are (storage/written_search_shown.py); Persian's non-joiner goes too, for matching only: the
contacts themselves never change.

A customer's name, handle or notes written in disguise ("Ｊｏｈｎ", "J\u200bohn") are kept as
they read in an index of their own (storage/customers_shown.py); those already in a log are
read into it when the log is brought up to date.

The versions of contacts written in disguise are now kept the same way, by Steady's saving of
each (storage/contacts_shown.py): the trigger that read them, 95 KB of SQL read again at every
opening of the log, is dropped. The versions it kept stay in the index as they were.

Customers written with Arabic-Indic digits or Arabic presentation forms are kept as read too,
and the folded copies of contacts so written, or holding a NUL character (the copies' trigger
stopped there), are folded again by Steady as they read (storage/contacts_shown.py).

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.contacts_shown import fold_again, shown_version
from storage.customers_shown import COLUMNS, fill_shown
from storage.older_read_only_scans import found_once, versions_read
from storage.schema_core import migrations
from storage.schema_expected import CUSTOMERS_SHOWN_INDEX, DISGUISED_WORDS_INDEX
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.schema_totals import PREFIXES
from storage.search_folds import char_class, hidden_in_words, replaced
from storage.search_read_folds import SIGNS

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


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
    # No triggers: the customers' storage keeps it as it saves them (SQLite reads every
    # trigger again at each opening of the log, and this reading made hundreds of KB of SQL).
    index, columns = CUSTOMERS_SHOWN_INDEX, ", ".join(COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE {index} USING fts5({columns}, "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')"
    )
    _read_customers(db)


@migrations()
def m730_search_disguised_kept_by_steady(db: Database) -> None:
    # IF EXISTS: a log whose trigger was removed outside Steady has already been told so by
    # verify, and is upgraded all the same.
    db.execute(f"DROP TRIGGER IF EXISTS {DISGUISED_WORDS_INDEX}_ai")


@migrations()
def m740_search_customers_read_arabic(db: Database) -> None:
    # A customer written with Arabic-Indic digits or Arabic presentation forms is now kept as
    # read (storage/customers_shown.py): the index is read again from the customers, as the
    # search aid it is, the customers themselves unchanged.
    db.execute(f"DELETE FROM {CUSTOMERS_SHOWN_INDEX}")
    _read_customers(db)


def _read_customers(db: Database) -> None:
    """Each customer in disguise into the index, as read."""
    index, columns = CUSTOMERS_SHOWN_INDEX, ", ".join(COLUMNS)
    # Plain ASCII details cannot be in disguise: only the others are read.
    customers = db.execute(
        f"SELECT id, {columns} FROM customers WHERE "
        + " OR ".join(f"length(CAST({c} AS BLOB)) > length({c})" for c in COLUMNS)
    )
    names = ["id", *COLUMNS]
    kept = fill_shown(dict(zip(names, row, strict=True)) for row in customers.fetchall())
    marks = ", ".join("?" for _ in names)
    for row in kept:
        db.execute(f"INSERT INTO {index} (rowid, {columns}) VALUES ({marks})", row)


@migrations()
def m750_search_folded_read_whole(db: Database) -> None:
    # Versions holding a NUL character are read past it, as the contacts' own index reads
    # them: their folded copies and their reading as shown made again by Steady; and copies
    # holding Arabic-Indic digits or presentation forms folded as they read.
    nul = "instr(text, char(0)) OR instr(summary, char(0))"
    read = f"summary GLOB '*{SIGNS}*' OR text GLOB '*{SIGNS}*'"
    # The look through every version, remembered for a read-only log opened again unchanged
    # (storage/older_read_only_scans.py): the same versions, read in the same order.
    found = found_once(
        "m750_search_folded_read_whole",
        lambda: [
            row[0]
            for row in db.execute(
                f"SELECT id FROM contact_revisions WHERE {nul} "
                f"OR id IN (SELECT id FROM {FOLDED} WHERE {read})"
            )
        ],
    )
    for revision, summary, text in versions_read(db, found):
        fold_again(db, revision, summary, text)
        if "\0" not in summary and "\0" not in text:
            continue
        db.execute(f"DELETE FROM {DISGUISED_WORDS_INDEX} WHERE rowid = ?", [revision])
        shown = shown_version(summary, text)
        if shown is not None:
            db.execute(
                f"INSERT INTO {DISGUISED_WORDS_INDEX} (rowid, summary, text) VALUES (?, ?, ?)",
                [revision, *shown],
            )
