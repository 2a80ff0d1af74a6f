"""The customers found, in the order the owner looks for them: by how closely what they typed
matches, whatever the writing.

A customer who writes their name in disguise ("Ｊｏｈｎ Ｓｍｉｔｈ", "Jo\u200bhn") is found through
an index of their own (storage/customers_shown.py), whose rank cannot be set beside the
customers' own index's: an index of a handful of rows gives every match almost no weight, and
such a customer fell below every plain match, off the page. Yet a customer who disguises their
name is exactly the one the owner is looking for. Every customer found is therefore ranked
here on its details as they read: the name that is exactly what was typed first, then a name
holding every typed word, then another detail that does (the addresses, the handles), each with the
fewest words beside the typed ones first; among equals, the one matching in more details,
then the newer. An exact name is looked for on its own too (`exact_names`): the best of the
index's ranking can all be others, details that repeat the typed words more often, or customers
added since.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from storage.connection import SteadyDatabase
from storage.customers_shown import as_read
from storage.schema_expected import CUSTOMERS_SHOWN_INDEX
from storage.search_folds import undisguised

_WORD = re.compile(r"\w+", re.UNICODE)
COLUMNS = ("name", "emails", "phones", "handles", "account_ref", "notes")
# Names beginning with the typed words read to find those that are exactly them: a flood of
# "Sam Lee 1", "Sam Lee 2"... stops here.
EXACT_CHECKED = 1000


def read_words(text: str | None) -> list[str]:
    """The words of `text` as read and as the index compares them: in disguise read as
    shown, case and accents set aside."""
    if not text or text.isascii():
        return _WORD.findall(text.casefold()) if text else []
    plain = unicodedata.normalize("NFKD", (as_read(text) or "").casefold())
    return _WORD.findall("".join(char for char in plain if not unicodedata.combining(char)))


def typed_words(query: str) -> list[str]:
    """The words the owner typed, compared as the details are."""
    return read_words(undisguised(query))


def details(row: Mapping[str, object]) -> list[str]:
    """The customer's details, the name first; a list of addresses, phones or handles as one
    (its brackets and quotes are not words)."""
    return [str(row.get(column) or "") for column in COLUMNS]


def _holds(words: list[str], typed: list[str], typing: bool) -> bool:
    """Whether `words` hold every typed word; the last one may be unfinished while typing."""
    last = len(typed) - 1
    return all(
        any(word == want or (typing and at == last and word.startswith(want)) for word in words)
        for at, want in enumerate(typed)
    )


def closeness(row: Mapping[str, object], typed: list[str], typing: bool) -> tuple[int, int, int]:
    """How closely the customer in `row` matches the typed words, lower first: (0 the name is
    exactly what was typed, 1 the name holds every word, 2 another detail does, 3 they are
    spread over the details; how many words stand beside them; how few details match)."""
    each = [read_words(detail) for detail in details(row)]
    matching = -sum(1 for words in each if any(word in words for word in typed))
    if not typed:
        return 3, 0, matching
    name = each[0]
    if _holds(name, typed, typing):
        if len(name) == len(typed) and _holds(name[-1:], typed[-1:], typing):
            exact = all(word == want for word, want in zip(name[:-1], typed[:-1], strict=False))
            if exact:
                return 0, 0, matching
        return 1, len(name) - len(typed), matching
    holding = [len(words) - len(typed) for words in each[1:] if _holds(words, typed, typing)]
    if holding:
        return 2, min(holding), matching
    return 3, 0, matching


def exact_names(db: SteadyDatabase, typed: list[str], typing: bool, limit: int) -> list[int]:
    """The newest `limit` customers (and one more) whose name, as it reads, is exactly the
    typed words: in the customers' own index and in that of those written in disguise, the
    name beginning with them, each checked as `closeness` checks it."""
    if not typed:
        return []
    phrase = " + ".join('"' + word.replace('"', '""') + '"' for word in typed)
    expression = "name : ^ " + phrase + ("*" if typing else "")
    indexes = ["customers_fts"]
    if db.table_exists(CUSTOMERS_SHOWN_INDEX):
        indexes.append(CUSTOMERS_SHOWN_INDEX)
    # A plain name of more words than typed cannot be exact: "Sam Leeson 12" is not read for
    # "sam lee", nor any name of two words for "m". (One in disguise may hide a word between
    # two spaces: those are few, and each is read.)
    spaced = "replace(trim(name), '  ', ' ')"
    words = f"length({spaced}) - length(replace({spaced}, ' ', '')) < {len(typed)}"
    names: dict[int, str] = {}
    for index in indexes:
        names.update(
            db.execute(
                f"SELECT id, name FROM customers WHERE id IN (SELECT rowid FROM {index} "
                f"WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?)"
                + (f" AND {words}" if index == "customers_fts" else ""),
                [expression, EXACT_CHECKED],
            ).fetchall()
        )
    found: list[int] = []
    for rowid, name in sorted(names.items(), reverse=True):
        if closeness({"name": name}, typed, typing)[0] == 0:
            found.append(rowid)
            if len(found) > limit:
                break
    return found
