"""The customer's words as first received, where a correction changed them: what the
assessment quotes, as the packet does (a correction is the business's wording, never what the
customer wrote)."""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import Contact
from app.core.ports import Store
from app.standing.attribution import is_customers_words


def as_first_received(store: Store, contact: Contact) -> Contact:
    """`contact` with its words as first received, when they were the customer's and a
    correction changed them; else unchanged."""
    if not contact.revision:
        return contact
    versions = store.contacts.revisions(contact.id)
    if not versions:
        return contact
    original = versions[0].details
    if (
        original.text == contact.details.text
        or not is_customers_words(original)
        or not is_customers_words(contact.details)
    ):
        return contact
    return replace(contact, details=replace(contact.details, text=original.text))
