"""Contacts found by the words they held before a correction (the index is made in
storage/written_search_revisions.py): the owner searching for what the customer first wrote
finds the contact, shown as since corrected."""

from __future__ import annotations

from typing import Any

from app.core.search_hits import HIT_END, HIT_START
from storage.connection import SteadyDatabase

# Said before the earlier words, so the owner does not take them for today's.
CORRECTED = "Since corrected; it first read: "


def earlier_words(
    db: SteadyDatabase, expression: str, shown: set[int], limit: int
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The contacts not in `shown` whose replaced words match (`limit` and one more at most,
    newest corrected first), and the snippet of each. A log from before the index has none."""
    if not db.table_exists("contact_revisions_fts"):
        return [], {}
    rows = db.execute(
        "SELECT r.contact_id, snippet(contact_revisions_fts, 1, ?, ?, '…', 16), "
        "snippet(contact_revisions_fts, 0, ?, ?, '…', 12) FROM contact_revisions_fts f "
        "JOIN contact_revisions r ON r.id = f.rowid "
        "WHERE contact_revisions_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
        [HIT_START, HIT_END, HIT_START, HIT_END, expression, limit + 1],
    ).fetchall()
    snippets: dict[int, str] = {}
    for contact_id, text, summary in rows:
        if contact_id not in shown:
            snippets.setdefault(contact_id, CORRECTED + (text if HIT_START in text else summary))
    if not snippets:
        return [], {}
    marks = ",".join("?" for _ in snippets)
    contacts = db.query(
        "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name "
        "FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE c.id IN ({marks})",
        list(snippets),
    )
    return list(contacts), snippets
