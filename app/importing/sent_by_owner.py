"""The owner's answer to "Did you send this?" about a message logged as the customer's because
its claim to be the business's could not be believed (app/importing/direction.py)."""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import Direction
from app.core.ports import Store
from app.importing.doubt_records import settle_doubt
from app.importing.review import SuggestionReview
from app.log.contacts import ContactLog

CONFIRMED = "You confirmed the business sent it; it was logged as received until you did."


class SentByOwner:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._contacts = ContactLog(store)
        self._suggestions = SuggestionReview(store)

    def confirm(self, contact_id: int) -> None:
        """A correction, so the contact as imported stays on record; the word check's threat
        categories go with it (the business's own words are never the customer's threat)."""
        with self._store.atomic():
            self._suggestions.decide(contact_id, set())
            settle_doubt(self._store, contact_id, "confirmed sent by the business")
            contact = self._contacts.get(contact_id)
            if contact.direction is Direction.OUTBOUND:
                return
            details = replace(contact.details, direction=Direction.OUTBOUND)
            self._contacts.correct(contact_id, details, CONFIRMED)
