"""Full-text search over contacts and customers (SQLite FTS5).

Ranking every match of a common word in a million contacts is too slow for search-as-you-type,
so contacts are read newest-logged first straight off the index (FTS5 walks its doclist
backwards and stops at the limit) and the page is then shown in time order. Customers are
ranked by relevance, but only among the newest `CUSTOMER_CANDIDATES` that match: one letter
typed matches tens of thousands of addresses, and ranking them all took 90 ms.

Chinese, Japanese, Thai and the like write words without spaces between them: the index's
tokenizer keeps a whole run of such letters between punctuation as one "word", so a word
inside it (弁護士 in 返金しなければ弁護士に相談します) can never match. A typed word in one of
those scripts is looked for as written anywhere in the text instead, newest contact first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.core.clock import from_storage
from app.core.domain import Channel
from app.core.search_hits import HIT_END, HIT_START, SearchHit
from app.core.unspaced_scripts import UNSPACED, character_class
from storage.connection import SteadyDatabase

_WORD = re.compile(r"\w+", re.UNICODE)
_UNSPACED = re.compile(character_class(UNSPACED))
CUSTOMER_LIMIT = 20
CUSTOMER_CANDIDATES = 200


def unspaced_words(query: str) -> list[str]:
    """The typed words in a script written without spaces, looked for as written."""
    return [word for word in _WORD.findall(query) if _UNSPACED.search(word)]


def match_expression(query: str, prefix: bool = False) -> str | None:
    """Each word typed must appear; with prefix, the last word may be unfinished (typing).
    Words in scripts written without spaces are left to `unspaced_words`."""
    words = _WORD.findall(query)
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if quoted and prefix and not query[-1:].isspace():
        quoted[-1] += "*"
    indexed = [q for word, q in zip(words, quoted, strict=True) if not _UNSPACED.search(word)]
    return " ".join(indexed) or None


def marked_snippet(text: str, words: list[str], before: int = 24, after: int = 72) -> str:
    """The text around the first of `words` found, each of them wrapped in hit markers."""
    found = [(text.find(word), word) for word in words if word in text]
    if not found:
        return ""
    at, word = min(found)
    start = max(0, at - before)
    end = min(len(text), at + len(word) + after)
    piece = " ".join(text[start:end].split())
    for word in sorted(set(words), key=len, reverse=True):
        piece = piece.replace(word, f"{HIT_START}{word}{HIT_END}")
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


class SqliteSearch:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[SearchHit]:
        expression = match_expression(query, prefix)
        unspaced = unspaced_words(query)
        if unspaced:
            return self._customers_containing(unspaced, expression) + self._contacts_containing(
                unspaced, expression, limit
            )
        if expression is None:
            return []
        return self._customers(expression) + self._contacts(expression, limit)

    def _customers_containing(self, words: list[str], expression: str | None) -> list[SearchHit]:
        columns = ("name", "notes", "account_ref", "handles", "emails", "phones")
        each = " AND ".join(
            "(" + " OR ".join(f"instr({column}, ?)" for column in columns) + ")" for _ in words
        )
        values: list[object] = [word for word in words for _ in columns]
        also = ""
        if expression is not None:
            also = " AND id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"
            values.append(expression)
        rows = self._db.query(
            f"SELECT id, {', '.join(columns)} FROM customers WHERE {each}{also} "
            "ORDER BY id DESC LIMIT ?",
            [*values, CUSTOMER_LIMIT],
        )
        hits = []
        for row in rows:
            shown = next(
                (row[c] for c in columns if any(w in (row[c] or "") for w in words)), row["name"]
            )
            hits.append(
                SearchHit(
                    kind="customer",
                    id=row["id"],
                    customer_id=row["id"],
                    customer_name=row["name"],
                    title=row["name"],
                    snippet=marked_snippet(shown or "", words),
                )
            )
        return hits

    def _contacts_containing(
        self, words: list[str], expression: str | None, limit: int
    ) -> list[SearchHit]:
        each = " AND ".join("(instr(c.text, ?) OR instr(c.summary, ?))" for _ in words)
        values: list[object] = [word for word in words for _ in range(2)]
        also = ""
        if expression is not None:
            also = " AND c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
            values.append(expression)
        rows = list(
            self._db.query(
                "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, c.text, cu.name "
                f"FROM contacts c JOIN customers cu ON cu.id = c.customer_id WHERE {each}{also} "
                "ORDER BY c.id DESC LIMIT ?",
                [*values, limit],
            )
        )
        return _contact_hits(
            rows,
            {
                row["id"]: marked_snippet(row["text"] or "", words)
                or marked_snippet(row["summary"] or "", words)
                for row in rows
            },
        )

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
        return _contact_hits(rows, snippets)


def _contact_hits(rows: Iterable[dict[str, Any]], snippets: dict[int, str]) -> list[SearchHit]:
    """The contacts found, newest first, each with its snippet."""
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
