"""What the import doubted about who wrote a contact, kept with it so the packet can say so.

A chat line from a name that is neither the owner's nor the customer's, a pasted quote or a
mail claiming the owner's address: each is logged as the customer's until the owner says
otherwise, and until then the packet must not print it as the customer's own words. A chat
line's speaker is kept as written, whatever the doubt. Rows are never changed: the owner
settling the doubt adds a row saying so (storage/written_who_wrote.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.ports import Store


@dataclass(frozen=True)
class DirectionDoubt:
    contact_id: int
    doubt: str = ""  # why the import doubted who wrote it, "" when it did not
    speaker: str = ""  # a chat line's speaker, as the chat names them
    settled: str = ""  # how the owner settled the doubt, "" while it stands

    @property
    def open(self) -> str:
        """The doubt while the owner has not settled it ("" once settled or when none)."""
        return "" if self.settled else self.doubt


def short_doubt(warning: str) -> str:
    """The reason of an import warning about who wrote a message, without its advice: what
    the packet prints beside the words ("“Tom” in the chat is neither your name, …")."""
    reason = warning.split(". Anyone can")[0].split(": what ")[0].split(": they were")[0]
    reason = reason.rstrip(". ")
    # Printed after "not confirmed by the owner:", so a sentence's capital goes.
    return reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason


def record_doubt(store: Store, doubt: DirectionDoubt) -> int:
    """Inside a transaction: save a doubt (or its settling) with its ledger entry."""
    row_id = store.imports.add_direction_doubt(doubt)
    store.ledger.record(
        "direction_doubt.settled" if doubt.settled else "direction_doubt.recorded",
        "direction_doubt",
        row_id,
        {"contact_id": doubt.contact_id, "doubt": doubt.doubt, "speaker": doubt.speaker},
    )
    return row_id


def settle_doubt(store: Store, contact_id: int, how: str) -> None:
    """Inside a transaction: the owner said who wrote the contact; the doubt stays on record
    as settled (a chat line's speaker is carried over, as it still names who spoke)."""
    standing = store.imports.direction_doubts([contact_id]).get(contact_id)
    if standing is not None and standing.open:
        record_doubt(store, DirectionDoubt(contact_id, standing.doubt, standing.speaker, how))
