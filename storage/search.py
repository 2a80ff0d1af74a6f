"""Full-text search over contacts and customers (SQLite FTS5).

Ranking every match of a common word in a million contacts is too slow for search-as-you-type,
so contacts are read newest-logged first straight off the index (FTS5 walks its doclist
backwards and stops at the limit); the few logged earlier but dated later (an old mailbox
imported last) are then added from the index of dates, so the page holds the latest by date,
shown in time order. Customers are
ranked by relevance, but only among the newest `CUSTOMER_CANDIDATES` that match: one letter
typed matches tens of thousands of addresses, and ranking them all took 90 ms. The best of
them and those written in disguise are then put in the order the owner looks for them, on
their details as they read (storage/search_closeness.py): the name exactly as typed first.

Chinese, Japanese, Thai and the like write words without spaces between them: the index's
tokenizer keeps a whole run of such letters between punctuation as one "word", so a word
inside it (弁護士 in 返金しなければ弁護士に相談します) can never match. A typed word in one of
those scripts, or in Arabic or Hebrew, is looked for anywhere in a folded copy of the text
instead, without vowel points and the like (storage/search_folded.py), in the present words and
in those a correction replaced.

An English word written in disguise ("k\u200bill" with a zero-width space, "ｂｕｒｎ" full-width)
is found in the index of such contacts kept as they read (storage/written_search_shown.py), and
a customer's name or notes so written in that of such customers (storage/written_words_shown.py),
beside Arabic or Chinese words too. Text holding a NUL character is read past it everywhere, as
the contacts' index reads it: a mail pasted with one holds words after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.core.clock import from_storage
from app.core.domain import Channel
from app.core.search_hits import (
    HIT_END,
    HIT_START,
    MAX_QUERY_CHARACTERS,
    MAX_QUERY_WORDS,
    SearchHit,
    SearchPage,
)
from app.core.search_snippets import marked_words
from app.core.unspaced_scripts import PREFIXED, UNSPACED, character_class
from storage.connection import SteadyDatabase
from storage.customers_shown import as_read as read_as_shown
from storage.rows import load_list
from storage.search_closeness import closeness, exact_names, typed_words
from storage.search_dates import dated_later
from storage.search_earlier import earlier_snippets, earlier_words
from storage.search_folded import (
    disguised_contacts,
    disguised_customers,
    folded_contacts,
    folded_customers,
    folded_snippet,
    has_folded_copies,
)
from storage.search_folds import undisguised
from storage.search_numbers import numbers_found
from storage.search_terms import match_expression

_WORD = re.compile(r"\w+", re.UNICODE)
# Hebrew and Arabic write particles onto the next word (למשטרה, والشرطة): a word in them is
# looked for as written too, so "משטרה" (police) finds "to the police".
_UNSPACED = re.compile(character_class(UNSPACED + PREFIXED))
CUSTOMER_LIMIT = 20
CUSTOMER_CANDIDATES = 200
# Contacts logged earlier but dated later than the newest-logged matches, checked one by one.
LATER_CHECKED = 2000


def unspaced_words(query: str) -> list[str]:
    """The typed words in a script written without spaces, looked for as written."""
    return [word for word in _WORD.findall(query) if _UNSPACED.search(word)]


def bounded_query(query: str) -> tuple[str, bool]:
    """The query with each piece typed once, cut to the first `MAX_QUERY_WORDS` different
    pieces in its first `MAX_QUERY_CHARACTERS`; and whether it was cut. A piece is what stands
    between spaces ("#A-1042"), kept as typed."""
    cut = len(query) > MAX_QUERY_CHARACTERS
    pieces: dict[str, str] = {}
    kept = query[:MAX_QUERY_CHARACTERS]
    if cut and not query[MAX_QUERY_CHARACTERS].isspace() and len(kept.split()) > 1:
        kept = kept.rsplit(None, 1)[0]  # not half a word, cut where the limit fell
    for piece in kept.split():
        pieces.setdefault(piece.casefold(), piece)
    if len(pieces) > MAX_QUERY_WORDS:
        pieces = dict(list(pieces.items())[:MAX_QUERY_WORDS])
        cut = True
    if not cut:
        return query, False
    # A space at the end says the last word is finished (see `match_expression`).
    return " ".join(pieces.values()) + " ", True


class SqliteSearch:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[SearchHit]:
        return self.page(query, limit, prefix).hits

    def page(self, query: str, limit: int = 100, prefix: bool = False) -> SearchPage:
        query, cut = bounded_query(query)
        shortened_to = query.strip() if cut else ""
        expression = match_expression(query, prefix)
        unspaced = unspaced_words(query)
        if unspaced:
            # Read as a customer's details are kept: "محمد ٠٥٥٥" finds one who wrote 0555.
            as_read = expression and _as_read(query, prefix, expression, digits=True)
            typing = prefix and not query[-1:].isspace()
            customers = self._customers_containing(unspaced, expression, as_read, query, typing)
            others = [word for word in _WORD.findall(query) if word not in unspaced]
            shown = expression and _as_read(query, prefix, expression)
            contacts, by_date = self._contacts_containing(
                unspaced, expression, limit, others, shown
            )
        elif expression is None:
            return SearchPage([], shortened_to=shortened_to)
        else:
            words = _WORD.findall(query)
            typing = prefix and not query[-1:].isspace()
            as_read = _as_read(query, prefix, expression)
            customers = self._customers(expression, words, typing, as_read)
            contacts, by_date = self._contacts(expression, limit, words, typing)
            contacts = self._with_earlier_words(contacts, expression, limit)
            contacts = self._with_disguised(contacts, as_read, limit, query, prefix)
        return SearchPage(
            _shown(customers[:CUSTOMER_LIMIT] + contacts[:limit]),
            more_customers=len(customers) > CUSTOMER_LIMIT,
            more_contacts=len(contacts) > limit,
            by_date=by_date,
            shortened_to=shortened_to,
        )

    def _customers_containing(
        self,
        words: list[str],
        expression: str | None,
        as_read: str | None,
        query: str,
        typing: bool,
    ) -> list[SearchHit]:
        found = folded_customers(self._db, words, expression, CUSTOMER_CANDIDATES, as_read)
        # The newest first, as found, but a name that is what was typed before them all.
        typed = typed_words(query)
        found.sort(key=lambda each: closeness(each[0], typed, typing)[0] > 0)
        return [
            SearchHit(
                kind="customer",
                id=row["id"],
                customer_id=row["id"],
                customer_name=row["name"],
                title=row["name"],
                snippet=snippet,
            )
            for row, snippet in found[: CUSTOMER_LIMIT + 1]
        ]

    def _contacts_containing(
        self,
        words: list[str],
        expression: str | None,
        limit: int,
        others: list[str],
        as_read: str | None,
    ) -> tuple[list[SearchHit], bool]:
        if has_folded_copies(self._db):
            rows, snippets, by_date = folded_contacts(
                self._db, words, expression, limit, LATER_CHECKED, others, as_read
            )
            return _contact_hits(rows, snippets), by_date
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
                "ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?",
                [*values, limit + 1],
            )
        )
        snippets = {
            row["id"]: folded_snippet(row["text"] or "", words)
            or folded_snippet(row["summary"] or "", words)
            for row in rows
        }
        return _contact_hits(rows, snippets), True

    def _customers(
        self, expression: str, words: list[str], typing: bool, as_read: str
    ) -> list[SearchHit]:
        rows = self._db.execute(
            "SELECT f.rowid, bm25(customers_fts), snippet(customers_fts, -1, ?, ?, '…', 12) "
            "FROM customers_fts f WHERE customers_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            [HIT_START, HIT_END, expression, CUSTOMER_CANDIDATES],
        ).fetchall()
        # bm25 is lower for a better match; among equals the newer customer first.
        rows.sort(key=lambda row: (row[1], -row[0]))
        # Those whose name or notes match only as read ("Ｊｏｈｎ"), and every name that is
        # exactly what was typed wherever the index ranked it, ranked among the best of the rest.
        rows = rows[: CUSTOMER_LIMIT + 1]
        typed = typed_words(" ".join(words))
        rows += [
            *disguised_customers(self._db, as_read, CUSTOMER_CANDIDATES),
            *((rowid, 0.0, "") for rowid in exact_names(self._db, typed, typing, CUSTOMER_LIMIT)),
        ]
        rows = list({row[0]: row for row in reversed(rows)}.values())
        if not rows:
            return []
        snips = {rowid: snip for rowid, _rank, snip in rows}
        marks = ",".join("?" for _ in snips)
        found = {
            row["id"]: row
            for row in self._db.query(
                "SELECT id, name, emails, phones, handles, account_ref, notes FROM customers "
                f"WHERE id IN ({marks})",
                list(snips),
            )
        }
        # Two indexes' ranks cannot be compared: each is ranked on its details as they read.
        kept = sorted(found, key=lambda rowid: (closeness(found[rowid], typed, typing), -rowid))[
            : CUSTOMER_LIMIT + 1
        ]
        return [
            SearchHit(
                kind="customer",
                id=rowid,
                customer_id=rowid,
                customer_name=found[rowid]["name"],
                title=found[rowid]["name"],
                snippet=_customer_snippet(found[rowid], words, typing) or _unlisted(snips[rowid]),
            )
            for rowid in kept
        ]

    def _contacts(
        self, expression: str, limit: int, words: list[str], typing: bool
    ) -> tuple[list[SearchHit], bool]:
        """The `limit` matches latest by the contact's date (not by when they were logged),
        and one more when there are more; and whether they are the latest by date."""
        matches = self._db.execute(
            "SELECT rowid, snippet(contacts_fts, 1, ?, ?, '…', 16), "
            "snippet(contacts_fts, 0, ?, ?, '…', 12) FROM contacts_fts "
            "WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            [HIT_START, HIT_END, HIT_START, HIT_END, expression, limit + 1],
        ).fetchall()
        if not matches:
            return [], True
        snippets = {
            rowid: (text if HIT_START in text else summary) for rowid, text, summary in matches
        }
        later: list[int] | None = []
        if len(matches) > limit:
            later = self._dated_later(expression, list(snippets), limit)
        ids = [*snippets, *(later or [])]
        marks = ",".join("?" for _ in ids)
        rows = list(
            self._db.query(
                "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name, "
                "CASE WHEN c.id < ? OR instr(c.text, char(0)) OR instr(c.summary, char(0)) "
                "THEN c.text ELSE '' END AS text "
                "FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
                f"WHERE c.id IN ({marks}) ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?",
                [min(snippets), *ids, limit + 1],
            )
        )
        for row in rows:
            # The index's snippet leaves out what stands between a NUL and the word found.
            if "\0" in row["text"] or "\0" in (row["summary"] or ""):
                snippets.pop(row["id"], None)
            if row["id"] not in snippets:  # logged earlier, dated later: marked here
                snippets[row["id"]] = marked_words(row["text"], words, typing) or marked_words(
                    row["summary"], words, typing
                )
        return _contact_hits(rows, snippets), later is not None

    def _with_earlier_words(
        self, found: list[SearchHit], expression: str, limit: int
    ) -> list[SearchHit]:
        """`found` with the contacts whose words before a correction match, in date order.

        A full page holds the latest logged matches: one logged before them all is left for
        the next words typed, as a contact matching in its present words would be. Any logged
        after the first of them that is not on the page matches in its earlier words only,
        so the page needs no second look at the contacts' index."""
        shown = {hit.id for hit in found}
        above = min(shown) if len(found) > limit else 0
        rows = earlier_words(self._db, expression, shown, limit, above)
        if not rows:
            return found
        earlier = {row["id"]: row["revision"] for row in rows}
        hits = [*found, *_contact_hits(rows, dict.fromkeys(earlier, ""))]
        hits.sort(key=lambda hit: (hit.occurred_at, hit.id), reverse=True)
        page = hits[: limit + 1]
        snippets = earlier_snippets(
            self._db,
            expression,
            [earlier[hit.id] for hit in page if hit.id in earlier and hit.kind == "contact"],
        )
        return [
            replace(hit, snippet=snippets[earlier[hit.id]])
            if hit.id in earlier and hit.kind == "contact"
            else hit
            for hit in page
        ]

    def _with_disguised(
        self, found: list[SearchHit], expression: str, limit: int, query: str, prefix: bool
    ) -> list[SearchHit]:
        """`found` with the contacts whose words match only as read, written in disguise
        ("k\u200bill", "ｂｕｒｎ") or in other digits (٤٤٧١), in date order; as with earlier
        words, a full page leaves those logged before it all for the next words typed."""
        shown = {hit.id for hit in found if hit.kind == "contact"}
        above = min(shown) if len(found) > limit else 0
        rows, snippets = disguised_contacts(self._db, expression, shown, limit, above)
        more, snippets_more = numbers_found(
            self._db, query, prefix, shown | set(snippets), limit, above
        )
        rows, snippets = [*rows, *more], {**snippets, **snippets_more}
        if not rows:
            return found
        hits = [*found, *_contact_hits(rows, snippets)]
        hits.sort(key=lambda hit: (hit.occurred_at, hit.id), reverse=True)
        return hits[: limit + 1]

    def _dated_later(self, expression: str, found: list[int], limit: int) -> list[int] | None:
        """Matches logged before the newest-logged ones in `found` but dated after the
        `limit`-th of them: an old mailbox imported last, a contact entered days late.

        The newest-logged matches are read straight off the index; only contacts dated after
        the cut and logged earlier can be among the latest by date, and in an everyday log they
        are few, so the common word stays as quick as the rare one. None when they are too
        many to check: the page then holds the latest logged, and says so."""
        later = dated_later(self._db, found, limit, LATER_CHECKED, logged_before=min(found))
        if not later:
            return later
        low, high = min(later), max(later)
        matching = {
            row[0]
            for row in self._db.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
                "AND rowid BETWEEN ? AND ?",
                [expression, low, high],
            )
        }
        return [rowid for rowid in later if rowid in matching][: limit + 1]


def _shown(hits: list[SearchHit]) -> list[SearchHit]:
    """The hits with a NUL character in a snippet shown as a space, as a mail program shows
    the gap it leaves."""
    return [
        replace(hit, snippet=hit.snippet.replace("\0", " ")) if "\0" in hit.snippet else hit
        for hit in hits
    ]


def _as_read(query: str, prefix: bool, expression: str, digits: bool = False) -> str:
    """The expression for the indexes of words kept as read: the query read the same way
    (with `digits`, its Arabic-Indic digits and letters as a customer's are kept)."""
    read = undisguised(query)
    if digits:
        read = read_as_shown(read) or read
    return (read != query and match_expression(read, prefix)) or expression


def _customer_snippet(row: dict[str, Any], words: list[str], typing: bool) -> str:
    """The customer's detail that matched, as the customer page shows it: an address or a
    phone number, not the list it is stored in (`["+1 555 010 2233"]`)."""
    details: list[str] = [row["name"]]
    for column in ("emails", "phones", "handles"):
        try:
            details += load_list(row[column])
        except ValueError:
            details.append(row[column] or "")
    details += [row["account_ref"] or "", row["notes"] or ""]
    # The detail with the most of the typed words: "bob@shop" shows the address, not "Bob".
    marked = [marked_words(detail, words, typing) for detail in details]
    return max(marked, key=lambda piece: piece.count(HIT_START))


def _unlisted(snippet: str) -> str:
    """An index snippet without the brackets and quotes of a stored list."""
    return re.sub(r'"\]|\["|", "|"', lambda m: ", " if "," in m.group() else "", snippet)


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
