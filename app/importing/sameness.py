"""Deciding whether a message or file is already in the log, without dropping different evidence.

A sender chooses the Message-ID, so two messages with the same ID but different content are
both kept, the second flagged. The same message read from an mbox and from an .eml is the same
message: the mbox's "From " line, its ">From" quoting and the line endings are not compared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.core.ports import Store
from app.importing.fingerprint import message_fingerprint
from app.importing.found import FoundMessage


def for_customer(external_id: str, customer_id: int) -> str:
    """The id a second customer's copy is kept under (the first keeps the plain id)."""
    return f"{external_id}|customer:{customer_id}"


def variant(external_id: str, fingerprint: str) -> str:
    """The id of a different message that reuses a Message-ID already in the log."""
    return f"{external_id}|sha256:{fingerprint}"


@dataclass(frozen=True)
class Sameness:
    """What to do with a message or file: skip it, or log it under `external_id`."""

    skip: bool
    external_id: str
    flag: str = ""  # told to the owner and kept in the original's note
    existing: int | None = None  # the same content, already logged as this contact


def _same_content(store: Store, existing: int, found: FoundMessage) -> bool:
    if not found.message_id:
        return True  # the id was made from the content itself
    if found.original is None:
        return store.contacts.get(existing).details.text == found.text
    # The original (.eml, .msg) is the contact's first attachment of its kind.
    for attachment in store.blobs.attachments(existing):
        if attachment.mime == found.original.mime:
            if attachment.sha256 == hashlib.sha256(found.original.data).hexdigest():
                return True  # the very same bytes; a big mail need not be read back
            kept = store.blobs.get(attachment.sha256)
            return message_fingerprint(kept) == message_fingerprint(found.original.data)
    return False


def before_customer(store: Store, found: FoundMessage, chosen: bool) -> Sameness:
    """Decide what can be decided before the customer is known.

    `chosen`: the owner named the customer (dropped the file onto them, picked them); then the
    same content already logged for someone else is logged for this customer too.
    """
    base = found.external_id
    existing = store.contacts.find_external(base)
    if existing is None:
        return Sameness(False, base)
    if not _same_content(store, existing, found):
        data = found.original.data if found.original else found.text.encode("utf-8")
        other = variant(base, message_fingerprint(data))
        if store.contacts.find_external(other) is not None:
            return Sameness(True, other)
        return Sameness(False, other, f"Same Message-ID as contact {existing}, different content.")
    if not chosen:
        return Sameness(True, base)
    return Sameness(False, base, existing=existing)


def for_the_customer(store: Store, sameness: Sameness, customer_id: int) -> Sameness:
    """Content already logged for one customer, now imported for another: logged for both."""
    if sameness.existing is None:
        return sameness
    if store.contacts.get(sameness.existing).customer_id == customer_id:
        return Sameness(True, sameness.external_id)
    own = for_customer(sameness.external_id, customer_id)
    if store.contacts.find_external(own) is not None:
        return Sameness(True, own)
    return Sameness(
        False,
        own,
        f"The same content is also logged for another customer (contact {sameness.existing}).",
    )
