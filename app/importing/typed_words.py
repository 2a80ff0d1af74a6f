"""Suggestions for a contact the owner types or pastes (Log a contact, `steady log`), made as an
import makes them: the categories the customer's words point to, with the words named, kept
with the contact so what was suggested, and what the owner did with it, stays on record.

In the window the owner sees the suggested boxes ticked and can untick any before saving: those
kept are confirmed, the others cleared. From the command line nobody looks before the contact is
saved, so, as with `steady import`, they wait for the owner ("suggested").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, ContactDetails, Direction
from app.core.ports import Store
from app.importing.suggest import Suggestion, severity_for, suggest_categories
from app.importing.suggestion_records import add_suggestion
from app.log.contacts import ContactLog
from app.standing.attribution import is_customers_words


def suggestions_for(details: ContactDetails, *, notes_too: bool = False) -> list[Suggestion]:
    """What the customer's words suggest. A note of a call or a visit is the staff member's
    words: read only when the owner sees the suggestion before saving (`notes_too`)."""
    if details.direction is not Direction.INBOUND or not details.text.strip():
        return []
    if not notes_too and not is_customers_words(details):
        return []
    return suggest_categories(details.text)


def with_suggestions(
    details: ContactDetails, suggestions: Sequence[Suggestion], *, severity_given: bool
) -> ContactDetails:
    """The categories given plus those suggested; the severity the suggestions start at unless
    the owner gave one."""
    wanted = set(details.categories) | {s.category for s in suggestions}
    categories = tuple(category for category in Category if category in wanted)
    severity = details.severity
    if not severity_given:
        severity = max(severity, severity_for(list(suggestions)))
    return replace(details, categories=categories, severity=severity)


class SuggestedLog:
    def __init__(self, store: Store, contacts: ContactLog) -> None:
        """`contacts`: the owner's contact log (services.contacts), which refuses a date in
        the future as typing one by hand should."""
        self._store = store
        self._contacts = contacts

    def log(
        self,
        customer_id: int,
        details: ContactDetails,
        attachments: Sequence[NewAttachment] = (),
        suggestions: Sequence[Suggestion] = (),
        *,
        seen: Collection[Category] = (),
    ) -> int:
        """Save the contact with what its words suggested, in one transaction. A suggestion
        the owner saw before saving (its category in `seen`) is confirmed if its box is still
        ticked, cleared if not; the others wait for the owner."""
        kept = set(details.categories)
        with self._store.atomic():
            contact_id = self._contacts.log(customer_id, details, list(attachments))
            for suggestion in suggestions:
                status = "suggested"
                if suggestion.category in seen:
                    status = "confirmed" if suggestion.category in kept else "cleared"
                add_suggestion(
                    self._store, contact_id, suggestion.category, suggestion.words, status
                )
        return contact_id
