"""Customers whose name, handle or notes are written in disguise, kept as they read.

A customer who signs as "Ｊｏｈｎ", "Jo\u200bhn" or "Јohn" with a Cyrillic Ј was not found by the
name the owner knows them by, though contacts so written are (storage/written_search_shown.py).
Each customer holding such characters is kept read the same way in an index of its own, searched
beside the customers' own index. The reading is done here, in Python, as each customer is
saved: made into triggers it was hundreds of kilobytes of SQL that SQLite read again at every
opening of the log. The index is a search aid, made again from the customers at will: it is
not evidence, and not in the ledger.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from storage.connection import SteadyDatabase
from storage.schema_expected import CUSTOMERS_SHOWN_INDEX as INDEX
from storage.search_folds import disguises

# What the customers' own index covers, so one typed expression serves both.
COLUMNS = ("name", "emails", "phones", "handles", "account_ref", "notes")
# Arabic-Indic and Persian digits (a phone number written ٠٥٥٥ ١٢٣ ٤٥٦٧), read as the digits
# an owner types: the customers' own index keeps them as other letters.
DIGITS = {chr(zero + n): str(n) for zero in (0x0660, 0x06F0) for n in range(10)}


@cache
def arabic_as_typed() -> dict[str, str]:
    """Arabic-Indic digits, and Arabic letters in their presentation forms (ﻣﺤﻤﺪ), which show
    as the letters an owner types (محمد) but are other characters: each as typed. Made on
    first use, not as the log opens."""
    forms = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]
    return {
        **DIGITS,
        **{
            chr(code): read
            for code in forms
            if (read := unicodedata.normalize("NFKC", chr(code))) != chr(code)
            and all("\u0600" <= char <= "\u06ff" or char == " " for char in read)
        },
    }


@cache
def _reading() -> tuple[frozenset[str], dict[int, str], dict[int, str], re.Pattern[str]]:
    """(the disguising characters, their reading, the look-alikes' reading, a look-alike
    beside a Latin letter), from the same tables the contacts' index is read by."""
    read, look_alike = disguises()
    read = {**read, **arabic_as_typed()}
    alike = "[" + "".join(re.escape(char) for char in look_alike) + "]"
    beside = re.compile(f"[A-Za-z]{alike}|{alike}[A-Za-z]")
    return frozenset(read), str.maketrans(read), str.maketrans(look_alike), beside


def in_disguise(text: str | None) -> bool:
    """True when `text` holds a disguising character, an Arabic-Indic digit or an Arabic
    presentation form, or a look-alike letter beside a Latin one (Russian or Greek words alone
    are left as written, as the threat check leaves them)."""
    if not text or text.isascii():
        return False
    disguising, _read, _alike, beside = _reading()
    return not disguising.isdisjoint(text) or beside.search(text) is not None


def as_read(text: str | None) -> str | None:
    """`text` as it reads: each disguising character as what it shows; its look-alikes too
    once one stands beside a Latin letter (a Russian note beside a disguised name stays
    Russian)."""
    if not text or text.isascii():
        return text
    _disguising, read, alike, beside = _reading()
    text = text.translate(read)
    return text.translate(alike) if beside.search(text) else text


def shown_row(values: Mapping[str, object]) -> list[object] | None:
    """The customer's details as the index keeps them, or None when none is in disguise."""
    texts = [values.get(column) for column in COLUMNS]
    if not any(isinstance(text, str) and in_disguise(text) for text in texts):
        return None
    return [as_read(text) if isinstance(text, str) else text for text in texts]


def keep_shown(
    db: SteadyDatabase, customer_id: int, values: Mapping[str, object], *, added: bool = False
) -> None:
    """Keep the index in step with the customer just saved with `values`: read again, or gone
    when the disguise was taken out. A log from before the index has none to keep."""
    shown = shown_row(values)
    if (added and shown is None) or not db.table_exists(INDEX):
        return
    if not added:
        db.execute(f"DELETE FROM {INDEX} WHERE rowid = ?", [customer_id])
    if shown is not None:
        marks = ", ".join("?" for _ in COLUMNS)
        db.execute(
            f"INSERT INTO {INDEX} (rowid, {', '.join(COLUMNS)}) VALUES (?, {marks})",
            [customer_id, *shown],
        )


def fill_shown(rows: Iterable[Mapping[str, object]]) -> list[list[object]]:
    """The index's rows for `rows` of customers (each with its id): those in disguise."""
    kept = []
    for row in rows:
        shown = shown_row(row)
        if shown is not None:
            kept.append([row["id"], *shown])
    return kept
