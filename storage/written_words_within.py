"""The folded copies of contacts in an index of their three-letter pieces (read by
storage/search_folded_index.py). The copies and their own triggers never change.

A copy is written in steps as its version is saved: made, folded letter by letter, made again
by Steady as it reads (storage/contacts_shown.py). It is indexed once, settled: until the next
version is saved it stands in the index as one to read whatever is looked for, and is listed
among those waiting. A copy changed or removed later leaves the index with it.

The index keeps each copy's words, and its digits with what stands between a phone number's
groups left out (0412 555 019 as 0412555019): a number is found whatever its grouping.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storage.schema_core import migrations
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.schema_expected import FOLDED_WORDS_INDEX as INDEX
from storage.search_folded_index import READ_ALWAYS, TERMS

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

# The copies written since the last version was saved, not yet in the index in full.
WAITING = f"{FOLDED}_waiting"
# Copies indexed at a time in a log that already has them.
BATCH = 2000
# What may stand between a phone number's groups (storage/search_numbers.py): every space a
# regular expression's \s is, and . - ( ) /. Written out, not asked of Python: the triggers'
# SQL must stay as it was made, whichever Python later reads a log.
_BETWEEN = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000.-()/"
)
# replace() calls nested in one expression: SQLite's parser refuses much deeper nesting.
_DEEP = 18


def _words(row: str) -> str:
    # Two characters after the text: every letter in it begins a piece, so a word of one or
    # two letters is found among the pieces it begins (storage/search_folded_index.py).
    # The index reads no further than a NUL, and replace() cannot take one out: a copy with
    # one is marked, to be read whatever is looked for.
    nul = f"instr({row}.summary, char(0)) OR instr({row}.text, char(0))"
    return (
        f"CASE WHEN {nul} THEN {_char(READ_ALWAYS)} || char(10) ELSE '' END "
        f"|| {row}.summary || char(10) || {row}.text || char(10, 10)"
    )


def _char(text: str) -> str:
    return f"char({', '.join(str(ord(letter)) for letter in text)})"


def _digits(row: str) -> str:
    """SQL for the copy's summary and text with what may stand between a number's digits left
    out: `_DEEP` replace() calls at a time, each batch reading the one before it as x."""
    removed = list(_BETWEEN)
    batches = [removed[at : at + _DEEP] for at in range(0, len(removed), _DEEP)]
    found = _replaced(f"{row}.summary || ' ' || {row}.text", batches[0])
    for batch in batches[1:]:
        found = f"(SELECT {_replaced('x', batch)} FROM (SELECT {found} AS x))"
    # Only a copy with a digit as typed has a number to find.
    digit = f"{row}.summary GLOB '*[0-9]*' OR {row}.text GLOB '*[0-9]*'"
    return f"CASE WHEN {digit} THEN {found} ELSE '' END"


def _replaced(text: str, chars: list[str]) -> str:
    for char in chars:
        text = f"replace({text}, char({ord(char)}), '')"
    return text


def index_folded_copies(db: Any) -> None:
    """Make the index, its list of copies waiting and their triggers, and index the copies `db`
    holds (`db` is the log's connection or, in a migration, sqlite-utils' database)."""
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(words, digits, content='', "
        "tokenize='trigram', detail='column')"
    )
    # Its pieces, each with the column it is in: a word of one or two letters is looked for
    # among those it begins. Made here, not as a search needs it: a log opened read-only can
    # make nothing.
    db.execute(f"CREATE VIRTUAL TABLE {TERMS} USING fts5vocab({INDEX}, 'col')")
    db.execute(f"CREATE TABLE {WAITING} (id INTEGER PRIMARY KEY)")
    waiting = f"EXISTS (SELECT 1 FROM {WAITING} WHERE id = old.id)"
    marked = f"{_char(READ_ALWAYS)}, ''"
    wait = (
        f"INSERT INTO {WAITING} (id) VALUES (new.id); "
        f"INSERT INTO {INDEX} (rowid, words, digits) VALUES (new.id, {marked}); "
    )
    leave = (
        f"INSERT INTO {INDEX} ({INDEX}, rowid, words, digits) SELECT 'delete', old.id, "
        f"CASE WHEN {waiting} THEN {_char(READ_ALWAYS)} ELSE {_words('old')} END, "
        f"CASE WHEN {waiting} THEN '' ELSE {_digits('old')} END; "
        f"DELETE FROM {WAITING} WHERE id = old.id; "
    )
    db.execute(f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON {FOLDED} BEGIN {wait}END")
    db.execute(f"CREATE TRIGGER {INDEX}_ad AFTER DELETE ON {FOLDED} BEGIN {leave}END")
    # A copy folded again as it is written is left waiting; one changed later waits again.
    db.execute(
        f"CREATE TRIGGER {INDEX}_au AFTER UPDATE ON {FOLDED} WHEN (old.id IS NOT new.id "
        "OR old.summary IS NOT new.summary OR old.text IS NOT new.text) "
        f"AND NOT (old.id IS new.id AND {waiting}) BEGIN {leave}{wait}END"
    )
    # As the next version is saved, those written before it are settled: each indexed once.
    # Its own copy is left waiting, whichever trigger runs first.
    earlier = f"SELECT id FROM {WAITING} WHERE id < new.id"
    db.execute(
        f"CREATE TRIGGER {INDEX}_settled AFTER INSERT ON contact_revisions "
        f"WHEN EXISTS ({earlier}) BEGIN "
        f"INSERT INTO {INDEX} ({INDEX}, rowid, words, digits) "
        f"SELECT 'delete', id, {marked} FROM {WAITING} WHERE id < new.id; "
        f"INSERT INTO {INDEX} (rowid, words, digits) SELECT f.id, {_words('f')}, "
        f"{_digits('f')} FROM {FOLDED} f WHERE f.id IN ({earlier}); "
        f"DELETE FROM {WAITING} WHERE id < new.id; END"
    )
    if not db.execute("PRAGMA database_list").fetchone()[2]:
        # A copy in memory of a log Steady cannot write (storage/older_read_only.py), made
        # at every opening: its copies wait, read whatever is looked for as before, rather
        # than be indexed each time it is opened.
        db.execute(f"INSERT INTO {WAITING} (id) SELECT id FROM {FOLDED}")
        db.execute(f"INSERT INTO {INDEX} (rowid, words, digits) SELECT id, {marked} FROM {FOLDED}")
        return
    last = 0
    while True:
        high = db.execute(
            f"SELECT max(id) FROM (SELECT id FROM {FOLDED} WHERE id > ? ORDER BY id LIMIT ?)",
            [last, BATCH],
        ).fetchone()[0]
        if high is None:
            return
        db.execute(
            f"INSERT INTO {INDEX} (rowid, words, digits) SELECT f.id, {_words('f')}, "
            f"{_digits('f')} FROM {FOLDED} f WHERE f.id > ? AND f.id <= ?",
            [last, high],
        )
        last = high


@migrations()
def m770_search_folded_index(db: Database) -> None:
    index_folded_copies(db)
