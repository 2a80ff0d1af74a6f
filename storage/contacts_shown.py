"""Each version of a contact with English words written in disguise, kept as it reads.

A sender who writes "k\u200bill", "ｂｕｒｎ" or "kіll" with a Cyrillic і is found by the owner
searching "kill" through an index of those versions read as shown (storage/
written_search_shown.py made it). A trigger first kept it, with the reading inlined as some
3,100 nested replace() calls: 95 KB of SQL that SQLite parsed again at every opening of the
log, tripling the time to open it. The reading is now done here, as each version is saved, in
the same transaction, step for step as that trigger did it, so a log keeps the same rows
whichever Steady saved them. The index is a search aid: not evidence, and not in the ledger.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from storage.connection import SteadyDatabase
from storage.schema_expected import DISGUISED_WORDS_INDEX as INDEX
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.search_folds import SCRIPTS, disguises, parts
from storage.search_read_folds import fold_read, needs_reading

# How many characters the trigger read in each of its steps (storage/written_search_shown.py).
_STEP = 24


def byte_signs(chars: Iterable[str], shared_by: int) -> list[bytes]:
    """UTF-8 byte strings, one of which is in any text holding one of `chars`: a character's
    lead bytes when more than `shared_by` of `chars` share them (a block of fancy letters),
    else its own bytes."""
    shared: dict[bytes, list[bytes]] = defaultdict(list)
    for char in chars:
        encoded = char.encode()
        shared[encoded[:-1]].append(encoded)
    signs: list[bytes] = []
    for lead, each in sorted(shared.items()):
        signs += [lead] if len(each) > shared_by else sorted(each)
    return signs


def _any_of(signs: list[bytes]) -> re.Pattern[bytes]:
    """Finds any of `signs` in one pass (a page of mail with curly quotes is looked through
    for some 250 of them)."""
    return re.compile(b"|".join(re.escape(sign) for sign in signs))


class _Reading:
    """The trigger's reading: which versions it kept, and each step it took on them."""

    def __init__(self) -> None:
        read, look_alike = disguises()
        self.quick, self.close = _any_of(byte_signs(read, 15)), _any_of(byte_signs(read, 28))
        self.may_look_alike = _any_of(byte_signs(look_alike, 15))
        alike = "[" + "".join(re.escape(char) for char in look_alike) + "]"
        self.beside = re.compile(f"[A-Za-z]{alike}|{alike}[A-Za-z]")
        self.read_steps = [(frozenset(part), part) for part in parts(read, _STEP)]
        self.alike_steps = parts(look_alike, _STEP)

    def written(self, text: str) -> bool:
        """Whether the trigger took `text` for one in disguise. Bytes are looked for, as it
        did: a quick look may let through a character of a block mostly of disguises (a
        half-width katakana beside the full-width letters), and such a version is kept too."""
        if text.isascii():
            return False
        data = text.encode()
        if self.quick.search(data) and self.close.search(data):
            return True
        return bool(self.may_look_alike.search(data) and self.beside.search(text))


@cache
def _reading() -> _Reading:
    return _Reading()


def _replaced(text: str, changes: dict[str, str]) -> str:
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def shown_version(summary: str, text: str) -> tuple[str, str] | None:
    """(summary, text) of a version as the index keeps it, or None when neither is in
    disguise. Look-alikes are read as Latin only while one stands beside a Latin letter in
    either: a Russian word alone stays Russian."""
    reading = _reading()
    if not (reading.written(summary) or reading.written(text)):
        return None
    present = {*summary, *text}
    for chars, changes in reading.read_steps:
        if not chars.isdisjoint(present):
            summary, text = _replaced(summary, changes), _replaced(text, changes)
            present = {*summary, *text}
    for changes in reading.alike_steps:
        if reading.beside.search(summary) or reading.beside.search(text):
            summary, text = _replaced(summary, changes), _replaced(text, changes)
    return summary, text


def keep_shown(db: SteadyDatabase, revision_id: int, summary: str, text: str) -> None:
    """Keep the version just saved in the index when it is written in disguise; and its
    folded copy, when the copies' trigger cannot fold it whole (`folded_again`)."""
    shown = shown_version(summary, text)
    if shown is not None:
        db.execute(
            f"INSERT INTO {INDEX} (rowid, summary, text) VALUES (?, ?, ?)", [revision_id, *shown]
        )
    if folded_again(summary, text):
        keep_folded_whole(db, revision_id, summary, text)


def folded_again(summary: str, text: str) -> bool:
    """Whether Steady folds the version again after the copies' trigger: it holds a NUL
    character, Arabic-Indic digits or Arabic presentation forms."""
    return "\0" in summary or "\0" in text or needs_reading(summary) or needs_reading(text)


@cache
def _scripts() -> re.Pattern[str]:
    # Made when first needed: compiling it took 3 ms of every start, which saves no version.
    return re.compile(SCRIPTS)


def keep_folded_whole(db: SteadyDatabase, revision_id: int, summary: str, text: str) -> None:
    """The folded copy of a version `folded_again`, read whole and as shown. A log from
    before the copies has none."""
    if db.table_exists(FOLDED):
        fold_again(db, revision_id, summary, text)


def fold_again(db: Any, revision_id: int, summary: str, text: str) -> None:
    """Replace the version's folded copy with `folded_whole`'s (none when it has none); `db`
    is the log's connection or, in a migration, sqlite-utils' database."""
    db.execute(f"DELETE FROM {FOLDED} WHERE id = ?", [revision_id])
    whole = folded_whole(summary, text)
    if whole is not None:
        db.execute(
            f"INSERT INTO {FOLDED} (id, contact_id, summary, text) "
            "SELECT id, contact_id, ?, ? FROM contact_revisions WHERE id = ?",
            [*whole, revision_id],
        )


def folded_whole(summary: str, text: str) -> tuple[str, str] | None:
    """(summary, text) folded as the copies are, read past any NUL and with Arabic-Indic
    digits and presentation forms as they read, or None when neither is in a script that is
    kept folded.

    The copies' trigger (storage/written_search_revisions.py) tells those scripts by GLOB,
    which stops at a NUL: Arabic or Chinese words after one were never found; and it keeps
    ٠٥٥٥ and ﺳﺄﻗﺎﺿﻴﻚ as written (storage/search_read_folds.py). Such versions are rare and
    are folded here as the trigger folds the rest, the characters hidden inside words left
    out as its later trigger leaves them out."""
    scripts = _scripts()
    if scripts.search(summary) or scripts.search(text):
        return fold_read(summary), fold_read(text)
    return None
