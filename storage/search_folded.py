"""Contacts found by words in Arabic, Hebrew, Chinese and the like, folded as the owner types
them (storage/search_folds.py), in their present words or in those a correction replaced.

Such words are looked for anywhere in the text, not as whole words: the index's tokenizer
cannot find a word inside unspaced text (起诉 in 我会起诉你) or one with a particle written onto
it (למשטרה). The kept folded copies are read newest logged first, as the contacts' index is
(storage/search.py), so a common word stops at the page and a rare one reads only the contacts
in those scripts.
"""

from __future__ import annotations

import re
from typing import Any

from app.core.search_hits import HIT_END, HIT_START
from storage.connection import SteadyDatabase
from storage.customers_shown import as_read as read_as_shown
from storage.schema_expected import (
    CUSTOMERS_SHOWN_INDEX,
    DISGUISED_WORDS_INDEX,
    EARLIER_WORDS_INDEX,
    FOLDED_WORDS,
)
from storage.search_dates import dated_later
from storage.search_earlier import CORRECTED, matched_words
from storage.search_folded_index import newest_found
from storage.search_folds import SCRIPTS
from storage.search_read_folds import fold_read, read_anchor, written_as_read

CUSTOMER_DETAILS = ("name", "notes", "account_ref", "handles", "emails", "phones")


def has_folded_copies(db: SteadyDatabase) -> bool:
    """False for a log read as it is, before the folded copies were made."""
    return db.table_exists(FOLDED_WORDS)


def folded_contacts(
    db: SteadyDatabase,
    words: list[str],
    expression: str | None,
    limit: int,
    checked: int,
    others: list[str],
    as_read: str | None = None,
) -> tuple[list[dict[str, Any]], dict[int, str], bool]:
    """The latest `limit` contacts by date (and one more when there are more) holding every
    one of `words` and matching `expression`, each read with its snippet: from its present
    words when they match, else from the version before a correction that does; and whether
    they are the latest by date (not when more than `checked` others are dated after the
    page's last, a log kept in no order of date, as in the contacts' own search). `others`
    are the typed words `expression` is made of; `as_read` the expression for the versions
    written in disguise ("我会 𝐤𝐢𝐥𝐥 你" read as "我会 kill 你")."""
    wanted = [fold_read(word) for word in words]
    each = " AND ".join("(instr(f.text, ?) OR instr(f.summary, ?))" for _ in wanted)
    values: list[object] = [word for word in wanted for _ in range(2)]
    now = earlier = "1"
    if expression is not None:
        # The present words in the contacts' index, earlier ones in their own (each the same
        # words and prefixes): the typed words in other scripts must be in the same version.
        # Or each of them in the folded copy: "AB1234" is written ＡＢ１２３４ in Chinese text,
        # inside a run of letters the index keeps as one word.
        typed = " AND ".join("(instr(f.text, ?) OR instr(f.summary, ?))" for _ in others) or "0"
        also = [fold_read(word) for word in others for _ in range(2)]
        # Or the version, read as shown, in the index of those written in disguise.
        shown = "0"
        if db.table_exists(DISGUISED_WORDS_INDEX):
            index = DISGUISED_WORDS_INDEX
            shown = f"f.id IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
            also.append(as_read or expression)
        now = (
            f"(c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?) "
            f"OR {typed} OR {shown})"
        )
        earlier = (
            f"(f.id IN (SELECT rowid FROM {EARLIER_WORDS_INDEX} "
            f"WHERE {EARLIER_WORDS_INDEX} MATCH ?) OR {typed} OR {shown})"
        )
        values += [expression, *also, expression, *also]
    joins = "JOIN contact_revisions r ON r.id = f.id JOIN contacts c ON c.id = f.contact_id"
    where = f"{each} AND CASE WHEN r.number = c.revision THEN {now} ELSE {earlier} END"
    matching = f"SELECT f.id, f.contact_id FROM {FOLDED_WORDS} f {joins} WHERE {where}"
    # Newest logged first, straight off the kept copies' rowids (or the index's, for those it
    # names): a common word stops at the page. A contact's first version read is its newest
    # that matches.
    found = newest_found(db, FOLDED_WORDS, joins, where, values, [w for w in wanted if w], limit)
    by_date = True
    if len(found) > limit:
        later = dated_later(db, list(found), limit, checked)
        if later is None:
            by_date = False
        elif later:
            marks = ",".join("?" for _ in later)
            for revision, contact_id in db.execute(
                f"{matching} AND f.contact_id IN ({marks}) ORDER BY f.id DESC", [*values, *later]
            ):
                found.setdefault(contact_id, revision)
    return (*_read(db, found, words, limit), by_date)


def _read(
    db: SteadyDatabase, found: dict[int, int], words: list[str], limit: int
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The latest `limit` (and one more) of the contacts `found`, as the search reads them,
    each with a snippet of the version of it that matched."""
    if not found:
        return [], {}
    marks = ",".join("?" for _ in found)
    rows = list(
        db.query(
            "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, c.text, cu.name, "
            "r.number = c.revision AS present, r.summary AS was_summary, r.text AS was_text "
            "FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
            "JOIN contact_revisions r ON r.contact_id = c.id "
            f"WHERE c.id IN ({marks}) AND r.id IN ({marks}) "
            "ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?",
            [*found, *found.values(), limit + 1],
        )
    )
    snippets: dict[int, str] = {}
    for row in rows:
        if row["present"]:
            snippets[row["id"]] = folded_snippet(row["text"], words) or folded_snippet(
                row["summary"], words
            )
        else:
            snippets[row["id"]] = CORRECTED + (
                folded_snippet(row["was_text"], words) or folded_snippet(row["was_summary"], words)
            )
    return rows, snippets


def disguised_contacts(
    db: SteadyDatabase, expression: str, shown: set[int], limit: int, above: int = 0
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The contacts not in `shown`, logged after contact `above`, whose words written in
    disguise match `expression` once read as shown ("k\u200bill" for "kill"): `limit` and one
    more at most, newest logged first, each with the words it matched in, as read. A version
    a correction replaced is told as such. A log from before the index has none."""
    index = DISGUISED_WORDS_INDEX
    if not db.table_exists(index):
        return [], {}
    # Rowids first, newest first, straight off the index: snippets only for those kept.
    found: dict[int, int] = {}
    # Every version of a contact logged after `above` was written after its first one: the
    # rest of the index is not read (a full page of a common word stops there).
    floor = 0
    if above:
        floor = (
            db.execute(
                "SELECT min(id) FROM contact_revisions WHERE contact_id = ?", [above]
            ).fetchone()[0]
            or 0
        )
    matches = db.execute(
        f"SELECT i.rowid, r.contact_id FROM {index} i JOIN contact_revisions r ON r.id = i.rowid "
        f"WHERE {index} MATCH ? AND i.rowid > ? ORDER BY i.rowid DESC",
        [expression, floor],
    )
    for revision, contact_id in matches:
        if contact_id in shown or contact_id <= above or contact_id in found:
            continue
        found[contact_id] = revision
        if len(found) > limit:
            break
    if not found:
        return [], {}
    marks = ",".join("?" for _ in found)
    rows = list(
        db.query(
            "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name, "
            "r.number = c.revision AS present FROM contacts c "
            "JOIN customers cu ON cu.id = c.customer_id "
            "JOIN contact_revisions r ON r.contact_id = c.id "
            f"WHERE c.id IN ({marks}) AND r.id IN ({marks})",
            [*found, *found.values()],
        )
    )
    read = matched_words(db, index, expression, list(found.values()))
    snippets = {}
    for row in rows:
        snippet = read.get(found[row["id"]], "")
        snippets[row["id"]] = snippet if row["present"] else CORRECTED + snippet
    return rows, snippets


def disguised_customers(
    db: SteadyDatabase, expression: str, limit: int
) -> list[tuple[int, float, str]]:
    """The newest `limit` customers whose details written in disguise match `expression` once
    read as shown ("Ｊｏｈｎ" for "john"), as the customers' own index answers: each with its
    rank and the detail that matched, as read. A log from before the index has none."""
    index = CUSTOMERS_SHOWN_INDEX
    if not db.table_exists(index):
        return []
    return db.execute(
        f"SELECT rowid, bm25({index}), snippet({index}, -1, ?, ?, '…', 12) FROM {index} "
        f"WHERE {index} MATCH ? ORDER BY rowid DESC LIMIT ?",
        [HIT_START, HIT_END, expression, limit],
    ).fetchall()


def folded_customers(
    db: SteadyDatabase,
    words: list[str],
    expression: str | None,
    limit: int,
    as_read: str | None = None,
) -> list[tuple[dict[str, Any], str]]:
    """The newest `limit` customers (and one more when there are more) with every one of
    `words` in one of their details and matching `expression` (or, as they read, `as_read`),
    each with the detail shown.

    Customers are few beside contacts and their details short: those holding a letter of each
    word as typed are folded here as they are read, newest first, until the page is full. A
    detail in disguise is read as shown first ("王小明 ＡＢ１２３", "محمد ٠٥٥٥"), as the index of
    such customers keeps it (storage/customers_shown.py)."""
    wanted = [_read_folded(word) for word in words]
    conditions = []
    values: list[object] = []
    # Those written in disguise hold a word's letters in other characters (ﻣﺤﻤﺪ): they are
    # few, and each is read.
    disguised = ""
    if db.table_exists(CUSTOMERS_SHOWN_INDEX):
        disguised = f" OR id IN (SELECT rowid FROM {CUSTOMERS_SHOWN_INDEX})"
    for word in words:
        letter = read_anchor(read_as_shown(word) or word)
        if letter:
            conditions.append(" OR ".join(f"instr({c}, ?)" for c in CUSTOMER_DETAILS) + disguised)
            values += [letter] * len(CUSTOMER_DETAILS)
        else:
            conditions.append(" OR ".join(f"{c} GLOB '*{SCRIPTS}*'" for c in CUSTOMER_DETAILS))
    if expression is not None:
        # As typed and as read ("محمد ٠٥٥٥" for a customer who wrote 0555), in both indexes.
        indexes = ["customers_fts"]
        if db.table_exists(CUSTOMERS_SHOWN_INDEX):
            indexes.append(CUSTOMERS_SHOWN_INDEX)
        typed = list(dict.fromkeys([expression, as_read or expression]))
        found_by = " OR ".join(
            f"id IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
            for index in indexes
            for _ in typed
        )
        values += typed * len(indexes)
        conditions.append(found_by)
    found: list[tuple[dict[str, Any], str]] = []
    for row in db.query(
        f"SELECT id, {', '.join(CUSTOMER_DETAILS)} FROM customers "
        f"WHERE ({') AND ('.join(conditions)}) ORDER BY id DESC",
        values,
    ):
        details = [row[column] or "" for column in CUSTOMER_DETAILS]
        kept = [_read_folded(detail) for detail in details]
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


def _read_folded(text: str) -> str:
    """`text` read as shown, then folded as typed."""
    return fold_read(read_as_shown(text) or "")


def folded_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in `text` each of `words` (folded) stands, as (start, end) in `text`, in order."""
    spans = sorted(
        found.span()
        for word in {fold_read(word) for word in words if fold_read(word)}
        for found in written_as_read(word).finditer(text)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def folded_snippet(text: str, words: list[str], before: int = 24, after: int = 72) -> str:
    """The text around the first of `words` found as typed, each found word marked."""
    return snippet_around(text, folded_spans(text, words), before, after)


def snippet_around(
    text: str, found: list[tuple[int, int]], before: int = 24, after: int = 72
) -> str:
    """The text around the first of the `found` spans, each marked (overlapping ones as one)."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    if not spans:
        return ""
    first = spans[0]
    start = max(0, first[0] - before)
    if start:
        # From a whole word: a word cut before its vowel points shows them dangling.
        space = re.search(r"\s", text[start : first[0]])
        start += space.end() if space else 0
    end = min(len(text), first[1] + after)
    pieces: list[str] = []
    at = start
    for low, high in spans:
        if low < start or high > end:
            continue
        pieces += [text[at:low], HIT_START, text[low:high], HIT_END]
        at = high
    pieces.append(text[at:end])
    piece = " ".join("".join(pieces).split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
