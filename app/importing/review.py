"""The owner confirms or clears the categories an import suggested from the exact words.

Clearing one is a correction of the contact (a new revision with its reason), so the
original as imported, with the suggestion, stays on record.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from app.core.domain import Category
from app.core.ports import Store
from app.importing.records import CategorySuggestion
from app.importing.suggest import Suggestion, severity_for
from app.log.contacts import ContactLog


class SuggestionReview:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._contacts = ContactLog(store)

    def for_contact(self, contact_id: int) -> list[CategorySuggestion]:
        return self._store.imports.suggestions(contact_id)

    def pending(self, contact_id: int) -> list[CategorySuggestion]:
        return [s for s in self.for_contact(contact_id) if s.status == "suggested"]

    def decide(self, contact_id: int, keep: Collection[Category]) -> None:
        """Confirm the suggestions in `keep`, clear the others still waiting for a decision."""
        with self._store.atomic():
            suggestions = self.pending(contact_id)
            if not suggestions:
                return
            cleared = [s for s in suggestions if s.category not in keep]
            for suggestion in suggestions:
                status = "cleared" if suggestion in cleared else "confirmed"
                self._store.imports.set_suggestion_status(suggestion.id, status)
            contact = self._contacts.get(contact_id)
            dropped = {s.category for s in cleared}
            if not dropped & set(contact.categories):
                return
            categories = tuple(c for c in contact.categories if c not in dropped)
            details = replace(contact.details, categories=categories)
            everything = [Suggestion(s.category, s.words) for s in self.for_contact(contact_id)]
            if contact.severity == severity_for(everything):
                # The severity was the import's guess, not the owner's: guess again.
                kept = [s for s in everything if s.category in categories]
                details = replace(details, severity=severity_for(kept))
            labels = ", ".join(category.label for category in sorted(dropped))
            self._contacts.correct(contact_id, details, f"Cleared suggested categories: {labels}")
