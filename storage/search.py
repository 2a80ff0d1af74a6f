"""Full-text search over contacts and customers (SQLite FTS5).

Ranking every match of a common word in a million contacts is too slow for search-as-you-type,
so contacts are read newest-logged first straight off the index (FTS5 walks its doclist
backwards and stops at the limit) and the page is then shown in time order. Customers are
ranked by relevance, but only among the newest `CUSTOMER_CANDIDATES` that match: one letter
typed matches tens of thousands of addresses, and ranking them all took 90 ms.
"""

from __future__ import annotations

import re

from app.core.clock import from_storage
from app.core.domain import Channel
from app.core.search_hits import HIT_END, HIT_START, SearchHit
from storage.connection import SteadyDatabase

_WORD = re.compile(r"\w+", re.UNICODE)
CUSTOMER_LIMIT = 20
CUSTOMER_CANDIDATES = 200


def match_expression(query: str, prefix: bool = False) -> str | None:
    """Each word typed must appear; with prefix, the last word may be unfinished (typing)."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix and not query[-1:].isspace():
        quoted[-1] += "*"
    return " ".join(quoted)


class SqliteSearch:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[SearchHit]:
        expression = match_expression(query, prefix)
        if expression is None:
            return []
        return self._customers(expression) + self._contacts(expression, limit)

    def _customers(self, expression: str) -> list[SearchHit]:
        rows = self._db.execute(
            "SELECT f.rowid, bm25(customers_fts), snippet(customers_fts, -1, ?, ?, '…', 12), "
            "c.name FROM customers_fts f JOIN customers c ON c.id = f.rowid "
            "WHERE customers_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            [HIT_START, HIT_END, expression, CUSTOMER_CANDIDATES],
        ).fetchall()
        # bm25 is lower for a better match; among equals the newer customer first.
        rows.sort(key=lambda row: (row[1], -row[0]))
        return [
            SearchHit(
                kind="customer",
                id=rowid,
                customer_id=rowid,
                customer_name=name,
                title=name,
                snippet=snip,
            )
            for rowid, _rank, snip, name in rows[:CUSTOMER_LIMIT]
        ]

    def _contacts(self, expression: str, limit: int) -> list[SearchHit]:
        matches = self._db.execute(
            "SELECT rowid, snippet(contacts_fts, 1, ?, ?, '…', 16), "
            "snippet(contacts_fts, 0, ?, ?, '…', 12) FROM contacts_fts "
            "WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [HIT_START, HIT_END, HIT_START, HIT_END, expression, limit],
        ).fetchall()
        if not matches:
            return []
        snippets = {
            rowid: (text if HIT_START in text else summary) for rowid, text, summary in matches
        }
        marks = ",".join("?" for _ in snippets)
        rows = self._db.query(
            "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name "
            f"FROM contacts c JOIN customers cu ON cu.id = c.customer_id WHERE c.id IN ({marks})",
            list(snippets),
        )
        hits = [
            SearchHit(
                kind="contact",
                id=row["id"],
                customer_id=row["customer_id"],
                customer_name=row["name"],
                title=row["summary"] or Channel(row["channel"]).label,
                snippet=snippets[row["id"]],
                occurred_at=from_storage(row["occurred_at"]),
                channel=Channel(row["channel"]),
            )
            for row in rows
        ]
        hits.sort(key=lambda hit: (hit.occurred_at, hit.id), reverse=True)
        return hits
