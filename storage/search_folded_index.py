"""The folded copies of contacts (storage/written_search_revisions.py) in an index of their
three-letter pieces, so a word or number looked for anywhere in them reads only the copies that
hold it.

Arabic, Chinese and the like are looked for anywhere in the text (storage/search_folded.py),
and a typed number in the copies' digits (storage/search_numbers.py): in a log whose contacts
are mostly in those scripts, reading every copy took a second at a million contacts. A word of
three letters or more is now first looked up here, then checked in the copies it names as
before, so what is found is exactly what reading them all found. The index keeps each copy's
words, and its digits with what stands between a phone number's groups left out (0412 555 019
as 0412555019). A word of one or two letters is read in the newest copies first, where a
common one fills the page, then looked for among the pieces it begins. A log read as it is
from before the index reads every copy. The index is made, and kept, by
storage/written_words_within.py.
"""

from __future__ import annotations

from typing import Any

from storage.schema_expected import FOLDED_WORDS_INDEX as INDEX

# The index's pieces, each with the column it is in.
TERMS = f"{INDEX}_terms"
# The order `indexed_copies` reads them in, off the index.
NEWEST_FIRST = f"ORDER BY {INDEX}.rowid DESC"
# The piece a copy the index cannot tell of begins with, read whatever is looked for: one
# holding a NUL (the index reads nothing after one), one still being written
# (storage/written_words_within.py).
READ_ALWAYS = "\x01\x01\x01"
# Copies read before a word of one or two letters is looked up (`newest_found`).
READ_FIRST = 2000
# The pieces a word of one or two letters may be looked for in at once.
MOST_BEGUN = 200


def _pieces(text: str) -> list[str]:
    return list(dict.fromkeys(text[at : at + 3] for at in range(len(text) - 2)))


def indexed(db: Any, words: list[str], digits: str = "", short: bool = True) -> str | None:
    """The index's expression for copies holding every one of `words` (folded) in their words
    and `digits` in their digits, as far as their three-letter pieces tell, and those it
    cannot tell of; None when it can tell nothing, or in a log without the index: every copy
    is read. A word of one or two letters is looked up only when no longer one is typed, and
    with `short`."""
    if not db.table_exists(INDEX):
        return None
    typed = [*(("words", word) for word in words), ("digits", digits)]
    terms = [
        f"{column} : ({' AND '.join(map(_quoted, _pieces(text)))})"
        for column, text in typed
        if len(text) >= 3
    ]
    if not terms and short:
        return _short(db, typed)
    return _or_read_always(terms)


def _short(db: Any, typed: list[tuple[str, str]]) -> str | None:
    """`indexed` for words of one or two letters, each looked up among the pieces it begins."""
    terms = []
    for column, text in typed:
        begun = _begun(db, text) if text else None
        if begun == []:
            # In no copy the index reads in full: only those it cannot are read.
            return f"words : {_quoted(READ_ALWAYS)}"
        if begun:
            terms.append(f"{column} : ({' OR '.join(map(_quoted, begun))})")
    return _or_read_always(terms)


def _or_read_always(terms: list[str]) -> str | None:
    if not terms:
        return None
    return f"({' AND '.join(terms)}) OR words : {_quoted(READ_ALWAYS)}"


def newest_found(
    db: Any, folded: str, joins: str, where: str, values: list[object], words: list[str], limit: int
) -> dict[int, int]:
    """The first `limit` contacts and one more whose copy in `folded` (as f, with `joins`)
    matches `where` with `values` and holds `words` (folded), newest copy first, each with its
    newest matching version: the copies the index names, or every copy when it can tell
    nothing of them."""
    plain = f"SELECT f.id, f.contact_id FROM {folded} f {joins} WHERE {where}"
    found: dict[int, int] = {}
    pieces = indexed(db, words, short=False)
    upper = 2**63 - 1
    if pieces is None and any(words) and db.table_exists(INDEX):
        # A word of one or two letters is looked up among the pieces it begins, as many as
        # the copies it is in: the newest copies are read first, where a common one fills
        # the page, and only a rarer one is looked up for the rest.
        newest = db.execute(
            f"SELECT id FROM {folded} ORDER BY id DESC LIMIT 1 OFFSET ?", [READ_FIRST]
        ).fetchone()
        if newest is not None:
            upper = newest[0]
            _collect(db, f"{plain} AND f.id > ? ORDER BY f.id DESC", [*values, upper], found, limit)
            if len(found) > limit:
                return found
            pieces = indexed(db, words)
    if pieces is None:
        read, more = f"{plain} AND f.id <= ? ORDER BY f.id DESC", [*values, upper]
    else:
        read = f"SELECT f.id, f.contact_id {indexed_copies(folded, joins)} AND f.id <= ? "
        read, more = f"{read}AND {where} {NEWEST_FIRST}", [pieces, upper, *values]
    return _collect(db, read, more, found, limit)


def _collect(
    db: Any, read: str, values: list[object], found: dict[int, int], limit: int
) -> dict[int, int]:
    """`found` with the contacts `read` reads until it holds `limit` and one more; a contact's
    first version read is kept."""
    for revision, contact_id in db.execute(read, values):
        if contact_id not in found:
            if len(found) > limit:
                break
            found[contact_id] = revision
    return found


def _begun(db: Any, word: str) -> list[str] | None:
    """The pieces in the copies' words that `word`, of one or two letters, begins: every
    letter in them begins one. None when they are too many to ask for at once (a common
    letter, soon found by reading the copies), or when the index would read a letter of
    `word` otherwise (a letter with a case: the index folds it its own way)."""
    if not all(letter == letter.lower() == letter.upper() for letter in word):
        return None
    after = ord(word[-1]) + 1
    if 0xD800 <= after < 0xE000:
        after = 0xE000
    if after > 0x10FFFF:
        return None
    found = [
        row[0]
        for row in db.execute(
            f"SELECT term FROM {TERMS} WHERE term >= ? AND term < ? AND col = 'words' LIMIT ?",
            [word, word[:-1] + chr(after), MOST_BEGUN + 1],
        )
    ]
    return None if len(found) > MOST_BEGUN else found


def indexed_copies(folded: str, joins: str = "") -> str:
    """FROM and WHERE for the copies `folded` (as f) the index names, with `joins`: read off
    the index newest first (with `NEWEST_FIRST`), each copy then looked up. The index's
    expression is the first value; "AND" and the rest of the WHERE clause are to follow."""
    return (
        f"FROM {INDEX} CROSS JOIN {folded} f ON f.id = {INDEX}.rowid {joins} WHERE {INDEX} MATCH ?"
    )


def _quoted(piece: str) -> str:
    return '"' + piece.replace('"', '""') + '"'
