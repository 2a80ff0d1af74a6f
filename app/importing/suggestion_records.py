"""Each suggestion of Steady's word check, and the owner's keep or clear, is a ledger entry:
a packet tells the business's own flags from Steady's unreviewed guesses by these rows, so
`verify` must be able to prove them."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.domain import Category
from app.core.ports import Store
from app.core.settings import Settings
from app.importing.found import FoundMessage
from app.importing.records import CategorySuggestion
from app.importing.suggest import Earlier, Suggestion, suggest_categories

_ENTITY = "category_suggestion"


def add_suggestion(
    store: Store,
    contact_id: int,
    category: Category,
    words: tuple[str, ...],
    status: str = "suggested",
) -> int:
    """Inside a transaction: save a suggestion (already decided when the owner saw it before
    saving) with its ledger entry."""
    suggestion_id = store.imports.add_suggestion(contact_id, category, words)
    if status != "suggested":
        store.imports.set_suggestion_status(suggestion_id, status)
    store.ledger.record(
        "category_suggestion.made",
        _ENTITY,
        suggestion_id,
        {"contact_id": contact_id, "category": category.value, "status": status},
    )
    return suggestion_id


def settle_suggestion(store: Store, suggestion: CategorySuggestion, keep: bool) -> None:
    """Inside a transaction: the owner keeps (confirms) or clears a suggestion."""
    status = "confirmed" if keep else "cleared"
    store.imports.set_suggestion_status(suggestion.id, status)
    store.ledger.record(
        "category_suggestion.kept" if keep else "category_suggestion.cleared",
        _ENTITY,
        suggestion.id,
        {
            "contact_id": suggestion.contact_id,
            "category": suggestion.category.value,
            "status": status,
        },
    )


def earlier_contacts(store: Store, customer_id: int) -> Earlier:
    """The subject and text of each contact logged for the customer so far, read when asked:
    a quote of words never logged is read as new (app.importing.suggest)."""

    def read() -> Iterator[tuple[str, str]]:
        for contact in store.contacts.stream_for_customer(customer_id):
            yield contact.details.summary, contact.text

    return read


def suggested_for(store: Store, customer_id: int, found: FoundMessage) -> list[Suggestion]:
    """What Steady's word check suggests for a message the customer sent, read against the
    contacts already logged for them (a quote of words they never sent is read as new)."""
    own = frozenset(Settings(store).own_addresses())
    earlier = earlier_contacts(store, customer_id)
    suggested = suggest_categories(found.text, found.subject, earlier, own)
    if found.forward_words:
        # A forward's block, or the message attached to it, is the sender's too until the
        # owner says she forwarded it: his threat in it is flagged either way.
        seen = {suggestion.category for suggestion in suggested}
        more = suggest_categories(found.forward_words, "", earlier, own)
        suggested += [suggestion for suggestion in more if suggestion.category not in seen]
    return suggested
