"""Contacts found by words in Arabic, Hebrew, Chinese and the like, folded as the owner types
them (storage/search_folds.py), in their present words or in those a correction replaced.

Such words are looked for anywhere in the text, not as whole words: the index's tokenizer
cannot find a word inside unspaced text (起诉 in 我会起诉你) or one with a particle written onto
it (למשטרה). The kept folded copies are read newest by date first, so a common word stops at
the page and a rare one reads only the contacts in those scripts.
"""

from __future__ import annotations

from typing import Any

from storage.connection import SteadyDatabase
from storage.schema_expected import EARLIER_WORDS_INDEX, FOLDED_WORDS
from storage.search_earlier import CORRECTED
from storage.search_folds import SCRIPTS, fold, folded_snippet

CUSTOMER_DETAILS = ("name", "notes", "account_ref", "handles", "emails", "phones")


def has_folded_copies(db: SteadyDatabase) -> bool:
    """False for a log read as it is, before the folded copies were made."""
    return db.table_exists(FOLDED_WORDS)


def folded_contacts(
    db: SteadyDatabase, words: list[str], expression: str | None, limit: int
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The latest `limit` contacts by date (and one more when there are more) holding every
    one of `words` and matching `expression`, each read with its snippet: from its present
    words when they match, else from the version before a correction that does."""
    wanted = [fold(word) for word in words]
    each = " AND ".join("(instr(f.text, ?) OR instr(f.summary, ?))" for _ in wanted)
    values: list[object] = [word for word in wanted for _ in range(2)]
    now = earlier = "1"
    if expression is not None:
        # The present words in the contacts' index, earlier ones in their own (each the same
        # words and prefixes): the typed words in other scripts must be in the same version.
        now = "c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
        earlier = (
            f"f.id IN (SELECT rowid FROM {EARLIER_WORDS_INDEX} WHERE {EARLIER_WORDS_INDEX} MATCH ?)"
        )
        values += [expression, expression]
    rows = db.query(
        "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, c.text, cu.name, "
        "r.number = c.revision AS present, r.summary AS was_summary, r.text AS was_text "
        f"FROM {FOLDED_WORDS} f JOIN contact_revisions r ON r.id = f.id "
        "JOIN contacts c ON c.id = f.contact_id JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE {each} AND CASE WHEN r.number = c.revision THEN {now} ELSE {earlier} END "
        "ORDER BY c.occurred_at DESC, c.id DESC, r.number DESC",
        values,
    )
    found: dict[int, dict[str, Any]] = {}
    snippets: dict[int, str] = {}
    for row in rows:
        if row["id"] in found:
            continue  # an earlier version of a contact already found
        if len(found) > limit:
            break
        found[row["id"]] = row
        if row["present"]:
            snippets[row["id"]] = folded_snippet(row["text"], words) or folded_snippet(
                row["summary"], words
            )
        else:
            snippets[row["id"]] = CORRECTED + (
                folded_snippet(row["was_text"], words) or folded_snippet(row["was_summary"], words)
            )
    return list(found.values()), snippets


def folded_customers(
    db: SteadyDatabase, words: list[str], expression: str | None, limit: int
) -> list[tuple[dict[str, Any], str]]:
    """The newest `limit` customers (and one more when there are more) with every one of
    `words` in one of their details and matching `expression`, each with the detail shown.

    Customers are few beside contacts and their details short: those with a detail in these
    scripts are folded here as they are read, newest first, until the page is full."""
    wanted = [fold(word) for word in words]
    written = " OR ".join(f"{column} GLOB '*{SCRIPTS}*'" for column in CUSTOMER_DETAILS)
    values: list[object] = []
    also = ""
    if expression is not None:
        also = " AND id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"
        values.append(expression)
    found: list[tuple[dict[str, Any], str]] = []
    for row in db.query(
        f"SELECT id, {', '.join(CUSTOMER_DETAILS)} FROM customers WHERE ({written}){also} "
        "ORDER BY id DESC",
        values,
    ):
        details = [row[column] or "" for column in CUSTOMER_DETAILS]
        kept = [fold(detail) for detail in details]
        if not all(any(word in detail for detail in kept) for word in wanted):
            continue
        shown = next(
            (
                detail
                for detail, plain in zip(details, kept, strict=True)
                if any(word in plain for word in wanted)
            ),
            row["name"],
        )
        found.append((row, folded_snippet(shown, words)))
        if len(found) > limit:
            break
    return found
