"""English words written in disguise, kept as they read in a search index of their own.

A sender who writes "k\u200bill" with a zero-width space, "ｂｕｒｎ" full-width or "kіll" with a
Cyrillic і is read by Steady's threat check as writing "kill" (app/core/shown_text.py), but the
contacts' index split or kept those words as written, and the owner searching "kill" did not
find them. Each version of a contact holding such characters is kept here read that way (a few
rows in most logs: plain ASCII text is told by its length alone), searched beside the
contacts' own index with the same words and prefixes. The contacts themselves never change.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.contacts_shown import byte_signs
from storage.schema_core import migrations
from storage.schema_expected import DISGUISED_WORDS_INDEX as INDEX
from storage.schema_totals import PREFIXES
from storage.search_folds import char_class, disguises, parts, replaced

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

_LATIN = "[A-Za-z]"
# Where a step names the version it reads (the text read may hold braces of its own).
_WHICH = "<which>"


def _holds(column: str, signs: list[bytes]) -> str:
    return " OR ".join(f"instr(CAST({column} AS BLOB), X'{sign.hex()}')" for sign in signs)


def _written(column: str) -> str:
    """SQL true when `column` holds a disguising character, or a look-alike letter beside a
    Latin one (Russian or Greek words alone are left as written, as the threat check leaves
    them). Bytes are looked for, not characters: a GLOB over a class of a hundred ranges made
    saving a page of text with curly quotes in it take 3 ms more, this takes 0.3 ms."""
    read, look_alike = disguises()
    alike = char_class(look_alike)
    # A quick look first, by the lead bytes of the blocks that hold a few dozen disguises:
    # it also lets through the euro sign and the emoji variation selector, which the close
    # look, character by character where their blocks are mostly everyday ones, then turns
    # away. Text with curly quotes and dashes, as most mail has, stops at the quick look.
    quick, close = byte_signs(read, 15), byte_signs(read, 28)
    disguised = f"(({_holds(column, quick)}) AND ({_holds(column, close)}))"
    may_look_alike = _holds(column, byte_signs(look_alike, 15))
    beside = f"{column} GLOB '*{_LATIN}{alike}*' OR {column} GLOB '*{alike}{_LATIN}*'"
    return (
        f"(length(CAST({column} AS BLOB)) > length({column}) "
        f"AND ({disguised} OR (({may_look_alike}) AND ({beside}))))"
    )


def _steps() -> list[str]:
    """The UPDATEs that read one kept version (`_WHICH` names it) as shown, a score of
    characters each (SQLite's parser refuses much deeper nesting), each only where one of its
    characters is; the look-alikes last, once no hidden character stands between the letters."""
    read, look_alike = disguises()
    steps = []
    for part in parts(read, 24):
        sign = char_class(part)
        steps.append(
            f"UPDATE {INDEX} SET summary = {replaced('summary', part)}, "
            f"text = {replaced('text', part)} "
            f"WHERE {_WHICH} (summary GLOB '*{sign}*' OR text GLOB '*{sign}*');"
        )
    alike = char_class(look_alike)
    beside = " OR ".join(
        f"{column} GLOB '*{_LATIN}{alike}*' OR {column} GLOB '*{alike}{_LATIN}*'"
        for column in ("summary", "text")
    )
    for part in parts(look_alike, 24):
        steps.append(
            f"UPDATE {INDEX} SET summary = {replaced('summary', part)}, "
            f"text = {replaced('text', part)} WHERE {_WHICH} ({beside});"
        )
    return steps


@migrations()
def m690_search_disguised_words(db: Database) -> None:
    db.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(summary, text, "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')"
    )
    steps = _steps()
    written = " OR ".join(_written(f"new.{column}") for column in ("summary", "text"))
    db.execute(
        f"CREATE TRIGGER {INDEX}_ai AFTER INSERT ON contact_revisions WHEN {written} BEGIN "
        f"INSERT INTO {INDEX} (rowid, summary, text) VALUES (new.id, new.summary, new.text); "
        + " ".join(step.replace(_WHICH, "rowid = new.id AND") for step in steps)
        + " END"
    )
    # The versions already in the log, each read the same way.
    existing = " OR ".join(_written(column) for column in ("summary", "text"))
    db.execute(
        f"INSERT INTO {INDEX} (rowid, summary, text) "
        f"SELECT id, summary, text FROM contact_revisions WHERE {existing}"
    )
    for step in steps:
        db.execute(step.replace(_WHICH, "").rstrip(";"))
