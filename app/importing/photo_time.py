"""A photo's own date checked against the customer it is logged for.

When a photo is read, its customer is not known yet, so only a date from another decade is
refused then (app/importing/exif_time.py). Once the batch knows whose photo it is, a date long
before that customer's first contact is refused too: the sender of a photo, or a camera clock
never set right, would otherwise choose the day the packet says the customer made contact.
"""

from __future__ import annotations

import os
from datetime import datetime

from app.core.ports import Store
from app.importing.exif_time import too_early
from app.importing.found import FoundMessage
from app.importing.images import ImageDetails, exif_capture, file_time


def first_contact(store: Store, customer_id: int) -> datetime | None:
    """When the customer's earliest contact still in the log was (None: none yet)."""
    first = next(store.contacts.stream_for_customer(customer_id), None)
    return first.occurred_at if first is not None else None


def refused_photo_time(
    store: Store,
    found: FoundMessage,
    details: ImageDetails | None,
    customer_id: int,
    now: datetime,
) -> str:
    """What to tell the owner when the photo's own date was not used as the contact's time
    ("" when it was, or when the time is not the photo's); a date too early for this customer
    is replaced here by the file's time."""
    path = found.original_path
    if found.kind != "image" or not path or not os.path.exists(path):
        return ""
    if details is not None and (details.captured_from != "EXIF" or details.is_post):
        return ""  # a time the owner typed, or a post's own date: theirs to choose
    exif = exif_capture(path, now)
    if exif.moment is None:
        # Refused or unreadable as the photo was read; the window says so in its image facts.
        return exif.note if details is None else ""
    if found.occurred_at != exif.moment:
        return ""
    note = too_early(exif.moment, now, first_contact(store, customer_id))
    if note:
        found.occurred_at = file_time(path)
        found.original_note = f"{found.original_note} {note}".strip()
    return note
