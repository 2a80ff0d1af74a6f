"""Numbers the owner types in plain digits, found where a customer wrote them in other digits.

A customer may write a phone number or an order in Arabic-Indic or Persian digits (٠٤١٢ ٥٥٥
٠١٩), in full-width digits inside Chinese text, or glue the number to the words beside it
(订单4471号): the contacts' index keeps those as other words, and the owner typing "4471" or
"0412 555 019" found nothing. Every version of a contact holding such text already has a
folded copy with its digits as typed (storage/search_read_folds.py): a query holding a digit
also looks for its words there, anywhere in the text as Chinese words are, and for a number
only where it stands whole ("4471" is not found in "44712"). A phone number is found whatever
its grouping, as the contacts' index finds one.
"""

from __future__ import annotations

import re
from typing import Any

from app.core.text_folding import phone_query
from storage.connection import SteadyDatabase
from storage.schema_expected import FOLDED_WORDS
from storage.search_earlier import CORRECTED
from storage.search_folded import snippet_around
from storage.search_folded_index import NEWEST_FIRST, indexed, indexed_copies
from storage.search_read_folds import digit_forms, fold_read

_WORD = re.compile(r"\w+", re.UNICODE)
_ASCII_DIGIT = re.compile(r"[0-9]")
# Digits typed so far before a number being typed is looked for.
SHORTEST_TYPED = 3
# What stands between the groups of a phone number as written: 0412 555 019, (04) 12.555-019.
_BETWEEN = r"[\s.\-()/]*"


def holds_number(query: str) -> bool:
    """Whether the owner typed a digit: only then are the folded copies looked through."""
    return _ASCII_DIGIT.search(query) is not None


def _number(digits: str, whole_end: bool, written: bool) -> str:
    """A regular expression for `digits` in any grouping, not inside a longer number; with
    `written`, each digit in any of the forms a customer writes it in."""
    forms = digit_forms() if written else {}
    each = [
        "[" + re.escape(digit) + "".join(map(re.escape, forms.get(digit, ()))) + "]"
        for digit in digits
    ]
    pattern = "(?<![0-9])" + _BETWEEN.join(each)
    return pattern + ("(?![0-9])" if whole_end else "")


def _patterns(query: str, typing: bool, written: bool) -> list[re.Pattern[str]]:
    """What a version must hold, each anywhere in its text: the phone number, or every word
    typed, a number only whole (the last one may be unfinished while typing)."""
    number = phone_query(query)
    if number:
        return [re.compile(_number(number, not typing, written))]
    words = [fold_read(word) for word in _WORD.findall(query)]
    patterns = []
    for at, word in enumerate(words):
        last = at == len(words) - 1
        if word.isdigit():
            patterns.append(re.compile(_number(word, not (typing and last), written)))
        else:
            patterns.append(re.compile(re.escape(word), re.IGNORECASE if written else 0))
    return patterns


def _hints(query: str) -> list[str]:
    """Pieces every matching folded copy holds as typed, for a quick first look."""
    number = phone_query(query)
    if number:
        return [number[:2], number[-2:]]
    return [fold_read(word) for word in _WORD.findall(query)]


def numbers_written_otherwise(
    db: SteadyDatabase, query: str, prefix: bool, shown: set[int], limit: int, above: int = 0
) -> dict[int, int]:
    """The contacts not in `shown`, logged after contact `above`, with a version whose folded
    copy holds the typed number and words: `limit` and one more at most, newest logged first,
    each with the version found. A log from before the copies has none."""
    if not holds_number(query) or not db.table_exists(FOLDED_WORDS):
        return {}
    typing = prefix and not query[-1:].isspace()
    words = _WORD.findall(query)
    if typing and words and words[-1].isdigit() and len(words[-1]) < SHORTEST_TYPED:
        # "0" or "04" begins a number in most texts with one: the next digit typed looks.
        return {}
    patterns = _patterns(query, typing, written=False)
    hints = _hints(query)
    # LIKE, not instr(): it reads a page of Arabic text three times as fast (75 against 250
    # ms for 100,000 folded copies of an Arabic shop's log).
    each = " AND ".join(
        "(f.text LIKE ? ESCAPE '\\' OR f.summary LIKE ? ESCAPE '\\')" for _ in hints
    )
    likes = ["%" + re.sub(r"([\\%_])", r"\\\1", hint) + "%" for hint in hints]
    read = f"FROM {FOLDED_WORDS} f WHERE f.contact_id > ?"
    values: list[object] = [above, *(like for like in likes for _ in range(2))]
    newest_first = "ORDER BY f.id DESC"
    # Only the copies the index names hold the number and the words of three letters or more.
    number = phone_query(query)
    pieces = indexed(db, [] if number else hints, number)
    if pieces is not None:
        read = f"{indexed_copies(FOLDED_WORDS)} AND f.contact_id > ?"
        values = [pieces, *values]
        newest_first = NEWEST_FIRST
    rows = db.execute(
        f"SELECT f.id, f.contact_id, f.summary, f.text {read} AND {each} {newest_first}", values
    )
    found: dict[int, int] = {}
    for revision, contact_id, summary, text in rows:
        if contact_id in shown or contact_id in found:
            continue
        if all(pattern.search(text) or pattern.search(summary) for pattern in patterns):
            found[contact_id] = revision
            if len(found) > limit:
                break
    return found


def numbers_found(
    db: SteadyDatabase, query: str, prefix: bool, shown: set[int], limit: int, above: int = 0
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """`numbers_written_otherwise`, each read as the search reads a contact, with the words it
    matched in as written; a version a correction replaced is told as such."""
    found = numbers_written_otherwise(db, query, prefix, shown, limit, above)
    if not found:
        return [], {}
    marks = ",".join("?" for _ in found)
    rows = list(
        db.query(
            "SELECT c.id, c.customer_id, c.occurred_at, c.channel, c.summary, cu.name, "
            "r.number = c.revision AS present, r.summary AS was_summary, r.text AS was_text "
            "FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
            "JOIN contact_revisions r ON r.contact_id = c.id "
            f"WHERE c.id IN ({marks}) AND r.id IN ({marks})",
            [*found, *found.values()],
        )
    )
    typing = prefix and not query[-1:].isspace()
    patterns = _patterns(query, typing, written=True)
    snippets = {}
    for row in rows:
        snippet = _snippet(row["was_text"], patterns) or _snippet(row["was_summary"], patterns)
        snippets[row["id"]] = snippet if row["present"] else CORRECTED + snippet
    return rows, snippets


def _snippet(text: str, patterns: list[re.Pattern[str]]) -> str:
    spans = [found.span() for pattern in patterns for found in pattern.finditer(text)]
    return snippet_around(text, [span for span in spans if span[1] > span[0]])
