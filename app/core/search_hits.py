"""One match of a search through the log, with its snippet's matched words marked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.domain import Channel

HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "customer"
    id: int
    customer_id: int
    customer_name: str
    title: str
    snippet: str  # matched words wrapped in HIT_START / HIT_END
    occurred_at: datetime | None = None
    channel: Channel | None = None


# A whole pasted email would otherwise become thousands of terms that must all match: 10,000
# characters kept the window from answering for 13 seconds.
MAX_QUERY_CHARACTERS = 500
MAX_QUERY_WORDS = 30
# "-angry" or "sue OR refund", as other search boxes take them.
_LOOKS_LIKE_SYNTAX = re.compile(r"(?:^|\s)-\w|\sOR\s")
QUERY_QUOTED = 60  # characters of the query repeated in the status line


@dataclass(frozen=True)
class SearchPage:
    """What a search shows, and whether it is all of it."""

    hits: list[SearchHit]
    more_customers: bool = False  # more customers match than are in `hits`
    more_contacts: bool = False  # more contacts match than are in `hits`
    # Those in `hits` are the latest by their date; else the latest logged (a log kept in no
    # order of date, where finding the latest by date would be slow).
    by_date: bool = True
    shortened_to: str = ""  # the words looked for when the query was too long to use whole


def page_summary(page: SearchPage, query: str) -> str:
    """The status line's words for a search page, said truthfully: what was found, whether
    more match than are shown, and how much of a long query was used."""
    shown_query = query if len(query) <= QUERY_QUOTED else query[: QUERY_QUOTED - 1] + "…"
    contacts = sum(1 for hit in page.hits if hit.kind == "contact")
    customers = len(page.hits) - contacts
    if not page.hits:
        said = f"Nothing matches “{shown_query}”."
    else:
        parts = []
        if customers:
            best = " (the best matches)" if page.more_customers else ""
            parts.append(_count(customers, "customer") + best)
        if contacts:
            latest = " (the latest by date)" if page.by_date else " (the latest logged)"
            parts.append(_count(contacts, "contact") + (latest if page.more_contacts else ""))
        said = " and ".join(parts)
        if page.more_customers or page.more_contacts:
            said += " shown; more match. Add a word to narrow it down."
        else:
            said += " found."
    if _LOOKS_LIKE_SYNTAX.search(query):
        said += " Every word is looked for, in any order: - and OR are not search commands here."
    if page.shortened_to:
        used = page.shortened_to.strip()
        used = used if len(used) <= QUERY_QUOTED else used[: QUERY_QUOTED - 1] + "…"
        said += f" The search was too long: only “{used}” was looked for."
    return said


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"
