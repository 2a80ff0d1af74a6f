"""Contacts found by the words they held before a correction (the index is made in
storage/written_search_revisions.py): the owner searching for what the customer first wrote
finds the contact, shown as since corrected."""

from __future__ import annotations

import re
from typing import Any

from app.core.search_hits import HIT_END, HIT_START
from app.core.search_snippets import marked_words
from storage.connection import SteadyDatabase
from storage.schema_expected import EARLIER_WORDS_INDEX as INDEX

# Said before the earlier words, so the owner does not take them for today's.
CORRECTED = "Since corrected; it first read: "


def earlier_words(
    db: SteadyDatabase, expression: str, shown: set[int], limit: int, above: int = 0
) -> list[dict[str, Any]]:
    """The contacts not in `shown` and logged after contact `above` whose replaced words match
    (`limit` and one more at most, newest corrected first), as the search reads a contact. A
    log from before the index has none. Their snippets are read by `earlier_snippets`, for the
    few kept on the page."""
    if not db.table_exists(INDEX):
        return []
    # Rowids only, straight off the index as the contacts' own search reads it: a snippet
    # for each of a hundred matches cost more than the whole search.
    revisions = [
        row[0]
        for row in db.execute(
            f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ? ORDER BY rowid DESC LIMIT ?",
            [expression, limit + 1],
        )
    ]
    if not revisions:
        return []
    marks = ",".join("?" for _ in revisions)
    earliest: dict[int, int] = {}
    for revision, contact_id in db.execute(
        f"SELECT id, contact_id FROM contact_revisions WHERE id IN ({marks}) ORDER BY id DESC",
        revisions,
    ):
        if contact_id not in shown and contact_id > above:
            earliest.setdefault(contact_id, revision)
    if not earliest:
        return []
    marks = ",".join("?" for _ in earliest)
    return [
        row | {"revision": earliest[row["id"]]}
        for row in db.query(
            "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name "
            "FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
            f"WHERE c.id IN ({marks})",
            list(earliest),
        )
    ]


def earlier_snippets(db: SteadyDatabase, expression: str, revisions: list[int]) -> dict[int, str]:
    """For each of `revisions`, the replaced words that matched, marked, after the words that
    say they were replaced: one look-up for the whole page."""
    snippets = dict.fromkeys(revisions, CORRECTED)
    for revision, words in matched_words(db, INDEX, expression, revisions).items():
        snippets[revision] = CORRECTED + words
    return snippets


def matched_words(
    db: SteadyDatabase, index: str, expression: str, revisions: list[int]
) -> dict[int, str]:
    """The words of each of `revisions` that matched in `index` (a copy of contact versions'
    summary and text), marked: the text's when they are in it, else the summary's."""
    if not revisions:
        return {}
    marks = ",".join("?" for _ in revisions)
    found = {}
    for revision, text, summary, whole_text, whole_summary in db.execute(
        f"SELECT rowid, snippet({index}, 1, ?, ?, '…', 16), snippet({index}, 0, ?, ?, '…', 12), "
        "CASE WHEN instr(text, char(0)) OR instr(summary, char(0)) THEN text END, summary "
        f"FROM {index} WHERE {index} MATCH ? AND rowid IN ({marks})",
        [HIT_START, HIT_END, HIT_START, HIT_END, expression, *revisions],
    ):
        snippet = text if HIT_START in text else summary
        if whole_text is not None:
            snippet = past_nul(snippet, whole_text, whole_summary or "")
        found[revision] = snippet
    return found


def past_nul(snippet: str, text: str, summary: str) -> str:
    """The snippet of a version holding a NUL character, made again from its words: the
    index's leaves out what stands between the NUL and the word found ("hello kill" for
    "hello\0 I will kill")."""
    words = re.findall(f"{HIT_START}(.*?){HIT_END}", snippet, re.DOTALL)
    words = [word for piece in words for word in re.findall(r"\w+", piece)]
    if not words:
        return snippet
    return marked_words(text, words) or marked_words(summary, words) or snippet
