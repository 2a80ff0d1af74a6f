"""The owner's answer to "Did you forward these?" about a forward that claimed the business's
address but came in like mail from outside, logged whole as the forwarded sender's until she
answers (app/importing/forwarded_by_us.py).

Her tick makes it what a believed forward is at import: the forwarded message's words, dated
when it was sent, the note above it the business's, kept in the correction's reason. It is a
correction, so the contact as imported stays on record. When the same message is already
logged on its own, the forward goes with that contact as its evidence and this one is
withdrawn, so the customer's words are counted once (app/importing/forward_pairs.py).
"""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import Category, Contact
from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.importing.doubt_records import settle_doubt
from app.importing.forward_pairs import files_for_pair, forwarded_in, same_message
from app.importing.forwarded_by_us import apply_forward
from app.importing.found import FoundMessage
from app.importing.suggest import CATEGORY_SEVERITY
from app.importing.suggestion_records import settle_suggestion, suggested_for
from app.log.contacts import ContactLog

CONFIRMED = (
    "You confirmed the business forwarded it; it was logged whole as received until you did."
)
SETTLED = "confirmed forwarded by the business"


class ForwardedByOwner:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._contacts = ContactLog(store)

    def confirm(self, contact_id: int) -> int | None:
        """Take the contact as the business's forward; the contact it turned out to be the
        same message as, when it was withdrawn for that one (else None)."""
        with self._store.atomic():
            contact = self._contacts.get(contact_id)
            standing = self._store.imports.direction_doubts([contact_id]).get(contact_id)
            read = forwarded_in(self._store, contact_id)
            if read is None:
                raise InvalidInputError(
                    f"Contact #{contact_id} holds no forwarded message, so there is no forward "
                    "to confirm."
                )
            if standing is None or not standing.open:
                return None  # answered already
            found, forwarded = read
            apply_forward(found, forwarded)
            settle_doubt(self._store, contact_id, SETTLED)
            kept, dropped = self._categories_of_the_forwarded_words(contact, found)
            details = replace(
                contact.details,
                text=found.text,
                summary=found.label,
                staff=found.staff,
                occurred_at=found.occurred_at or contact.occurred_at,
                categories=kept,
                severity=_severity(contact.details.severity, kept, dropped),
            )
            if details != contact.details:
                reason = f"{CONFIRMED} {found.warnings[0]}"
                if dropped:
                    reason += " " + _dropped_words(dropped)
                self._contacts.correct(contact_id, details, reason)
            pair = same_message(self._store, contact.customer_id, found, other_than=contact_id)
            if pair is None:
                return None
            note = " ".join(
                ["The business's forward of this message, as received.", *found.warnings]
            )
            files = files_for_pair(self._store, pair, found, note)
            if files:
                self._contacts.attach(pair, files)
            self._contacts.withdraw(
                contact_id,
                f"The same message as contact #{pair}, logged on its own: this forward of it "
                "is attached to that contact.",
            )
            return pair

    def _categories_of_the_forwarded_words(
        self, contact: Contact, found: FoundMessage
    ) -> tuple[tuple[Category, ...], tuple[Category, ...]]:
        """The contact's categories the forwarded message's own words still point to, and
        those only the rest of the mail did (the business's note above it): the latter are
        taken off, their suggestions cleared, so the customer is never said to have written
        what the note said."""
        supported = {s.category for s in suggested_for(self._store, contact.customer_id, found)}
        kept = tuple(c for c in contact.details.categories if c in supported)
        dropped = tuple(c for c in contact.details.categories if c not in supported)
        for suggestion in self._store.imports.suggestions(contact.id):
            if suggestion.category in dropped and suggestion.status != "cleared":
                settle_suggestion(self._store, suggestion, keep=False)
        return kept, dropped


def _severity(severity: int, kept: tuple[Category, ...], dropped: tuple[Category, ...]) -> int:
    """The starting severity no higher than the categories left point to, once some went."""
    if not dropped:
        return severity
    return min(severity, max((CATEGORY_SEVERITY.get(c, 1) for c in kept), default=1))


def _dropped_words(dropped: tuple[Category, ...]) -> str:
    names = ", ".join(category.label for category in dropped)
    return (
        f"Taken off, as only the business's note above the forwarded message pointed to them, "
        f"not the sender's words: {names}."
    )
