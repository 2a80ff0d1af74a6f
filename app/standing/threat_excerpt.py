"""The part of a long message that holds the threat, for a sign's sentence.

A sign quotes a contact in at most a line. Quoting a long message from its start showed the
owner "Hi, I wanted to ask about my order number…" for a threat at its end: the words that made
it a threat were never in view. The line now shows the words around them.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import Category, Contact
from app.standing.attribution import is_customers_words
from app.standing.reading import HEADLINE

ELLIPSIS = "…"


def around(text: str, words: str, limit: int = HEADLINE) -> str:
    """`text` on one line, cut to about `limit` characters around the first `words` (as
    written), with "…" where it was cut; the whole text when it fits or the words are absent."""
    flat = " ".join(text.split())
    at = flat.casefold().find(" ".join(words.split()).casefold())
    if len(flat) <= limit or at < 0:
        return flat
    # A third of the room before the words, the rest after; near the end, all of it before.
    start = min(max(0, at - (limit - len(words)) // 3), max(0, len(flat) - limit))
    if start:
        space = flat.find(" ", start, at + 1)
        start = space + 1 if space >= 0 else start
    end = min(len(flat), start + limit)
    if end < len(flat):
        space = flat.rfind(" ", at + len(words), end)
        end = space if space >= 0 else end
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(flat) else ""
    return f"{lead}{flat[start:end].strip(' ,;:-—–')}{tail}"


def threat_in_view(contact: Contact, category: Category) -> Contact:
    """The contact with its words narrowed to the ones around what made it `category`, when
    they are the customer's own and too long to quote whole; else unchanged."""
    details = contact.details
    if len(details.text) <= HEADLINE or not is_customers_words(details):
        return contact
    from app.importing.suggest import suggest_categories  # the words, found again on demand

    found = next((s for s in suggest_categories(details.text) if s.category is category), None)
    if found is None or not found.words:
        return contact
    excerpt = around(details.text, found.words[0])
    return replace(contact, details=replace(details, text=excerpt))
