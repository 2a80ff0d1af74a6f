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

from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.importing.doubt_records import settle_doubt
from app.importing.forward_pairs import files_for_pair, forwarded_in, same_message
from app.importing.forwarded_by_us import apply_forward
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
            details = replace(
                contact.details,
                text=found.text,
                summary=found.label,
                staff=found.staff,
                occurred_at=found.occurred_at or contact.occurred_at,
            )
            if details != contact.details:
                self._contacts.correct(contact_id, details, f"{CONFIRMED} {found.warnings[0]}")
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
