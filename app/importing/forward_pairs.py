"""The same customer message imported twice, on its own and inside the business's forward of
it, is one contact: whichever came first is kept and the other file is attached to it as
evidence of the same message, in either order.

The pair is told by the forwarded message's Message-ID, or by its sender and the minute it
was sent when the forward drops the ID, and always by its words: a sender chooses his
Message-ID and can reuse the one of a message the business forwarded, so a message with other
words is another message, logged as its own. A forward not yet believed (one that came in from
outside, app/importing/forwarded_by_us.py) is never paired: the words above the forwarded
message may be a forger's, and they stay a contact of their own until the owner answers.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta

from app.core.contact_changes import NewAttachment
from app.core.ports import Store
from app.importing.email_message import EML_MIME, parse_email
from app.importing.forwards import Forwarded
from app.importing.found import FoundMessage

_MINUTE = timedelta(minutes=1)
_MAIL = ("email", "mbox")


def _words(text: str) -> str:
    # A forward keeps the words but not always the blank lines and spaces around them.
    return " ".join(text.split())


def forwarded_in(store: Store, contact_id: int) -> tuple[FoundMessage, Forwarded] | None:
    """The mail a contact was imported from (its first file) and the message it forwards,
    read again from the bytes kept (None when it forwards none)."""
    attachments = store.blobs.attachments(contact_id)
    if not attachments or attachments[0].mime != EML_MIME:
        return None
    found = parse_email(store.blobs.get(attachments[0].sha256), attachments[0].filename)
    return (found, found.forwarded) if found.forwarded is not None else None


def _id_of(external_id: str | None) -> str:
    if not external_id or not external_id.startswith("message-id:"):
        return ""
    return external_id.removeprefix("message-id:").split("|", 1)[0]


def same_message(
    store: Store, customer_id: int, found: FoundMessage, other_than: int | None = None
) -> int | None:
    """The contact already logged for the customer that is the same message as `found` (a
    forward the business made of it, or the message its forward holds), if any."""
    words = _words(found.text)
    if not words or found.kind not in _MAIL or found.occurred_at is None or found.forward_doubt:
        return None
    if found.original is None:
        return None  # a mail too big to hold whole is logged as its own, never lost
    taken = found.taken_forward
    if taken is not None and taken.message_id:
        existing = store.contacts.find_external(f"message-id:{taken.message_id}")
        if (
            existing is not None
            and existing != other_than
            and not store.contacts.withdrawals([existing])
        ):
            contact = store.contacts.get(existing)
            if contact.customer_id == customer_id and _words(contact.text) == words:
                return existing
    start = found.occurred_at.replace(second=0, microsecond=0)
    # A forward names who passed it on: a burst of the same words from him is not read back.
    candidates = store.imports.contacts_with_words(
        customer_id, found.text, start, start + _MINUTE, by_staff=taken is None
    )
    for contact_id in candidates:
        if contact_id == other_than:
            continue
        if taken is not None:
            logged_id = _id_of(store.contacts.get(contact_id).external_id)
            if not (taken.message_id and logged_id and logged_id != taken.message_id):
                return contact_id
        elif _a_forward_of(store, contact_id, found, words):
            return contact_id
    return None


def _a_forward_of(store: Store, contact_id: int, found: FoundMessage, words: str) -> bool:
    """Whether the logged contact is the business's forward of `found`."""
    read = forwarded_in(store, contact_id)
    if read is None:
        return False
    forwarded = read[1]
    if forwarded.sender_address != found.sender_address or _words(forwarded.text) != words:
        return False
    return not (forwarded.message_id and found.message_id) or (
        forwarded.message_id == found.message_id
    )


def files_for_pair(
    store: Store, contact_id: int, found: FoundMessage, note: str
) -> list[NewAttachment]:
    """The files of `found` not yet with the contact it is the same message as, its original
    first with `note`: none when it was attached before (the same import again)."""
    if found.original is None:
        return []
    have = {attachment.sha256 for attachment in store.blobs.attachments(contact_id)}
    files = [replace(found.original, note=note), *found.attachments]
    if hashlib.sha256(found.original.data).hexdigest() in have:
        return []
    return [f for f in files if hashlib.sha256(f.data).hexdigest() not in have]
