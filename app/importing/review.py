"""The owner confirms or clears the categories an import suggested from the exact words.

Keeping or clearing one is a ledger entry; clearing one is also a correction of the contact (a new revision with its reason), so the
original as imported, with the suggestion, stays on record. A suggestion may be decided in
the import dialog, later in the contact's view, or with `steady review`; whichever comes
second finds it decided already and leaves it as it is.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from app.core.domain import Category
from app.core.ports import Store
from app.importing.records import CategorySuggestion
from app.importing.suggest import Suggestion, describe_words, severity_for
from app.importing.suggestion_records import settle_suggestion
from app.log.contacts import ContactLog


def because(suggestion: CategorySuggestion) -> str:
    """“Threat of legal action, because of “I will sue you””: what the owner is asked about."""
    return f"{suggestion.category.label}, because of {describe_words(suggestion.words)}"


class SuggestionReview:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._contacts = ContactLog(store)

    def for_contact(self, contact_id: int) -> list[CategorySuggestion]:
        return self._store.imports.suggestions(contact_id)

    def pending(self, contact_id: int) -> list[CategorySuggestion]:
        return [s for s in self.for_contact(contact_id) if s.status == "suggested"]

    def waiting(self, customer_id: int) -> list[CategorySuggestion]:
        """Every suggestion on the customer's contacts still waiting for the owner."""
        return self._store.imports.waiting_for_customer(customer_id)

    def decide(self, contact_id: int, keep: Collection[Category]) -> None:
        """Confirm the suggestions in `keep`, clear the others still waiting for a decision."""
        with self._store.atomic():
            waiting = self.pending(contact_id)
            self._settle(contact_id, {s.category: s.category in keep for s in waiting})

    def decide_one(self, contact_id: int, category: Category, keep: bool) -> bool:
        """Keep (confirm) or clear one suggestion; False when it was not waiting any more
        (decided elsewhere meanwhile, or never suggested): nothing is changed then."""
        with self._store.atomic():
            return bool(self._settle(contact_id, {category: keep}))

    def _settle(self, contact_id: int, decisions: Mapping[Category, bool]) -> list[Category]:
        """Inside a transaction: decide the suggestions still waiting that `decisions` names;
        returns the categories decided."""
        suggestions = [s for s in self.pending(contact_id) if s.category in decisions]
        if not suggestions:
            return []
        cleared = [s for s in suggestions if not decisions[s.category]]
        for suggestion in suggestions:
            settle_suggestion(self._store, suggestion, keep=suggestion not in cleared)
        decided = [s.category for s in suggestions]
        contact = self._contacts.get(contact_id)
        dropped = {s.category for s in cleared}
        if not dropped & set(contact.categories):
            return decided
        categories = tuple(c for c in contact.categories if c not in dropped)
        details = replace(contact.details, categories=categories)
        everything = [Suggestion(s.category, s.words) for s in self.for_contact(contact_id)]
        if contact.severity == severity_for(everything):
            # The severity was the import's guess, not the owner's: guess again.
            kept = [s for s in everything if s.category in categories]
            details = replace(details, severity=severity_for(kept))
        labels = ", ".join(category.label for category in sorted(dropped))
        self._contacts.correct(contact_id, details, f"Cleared suggested categories: {labels}")
        return decided
