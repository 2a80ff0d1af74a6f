"""Each doubt the import had about who wrote a contact, and the owner settling it, is a ledger
entry beside its row (app/importing/direction_doubts.py)."""

from __future__ import annotations

from app.core.ports import Store
from app.importing.direction_doubts import DirectionDoubt


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
