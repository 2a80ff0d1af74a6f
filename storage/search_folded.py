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
from storage.search_folds import fold, folded_snippet


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
