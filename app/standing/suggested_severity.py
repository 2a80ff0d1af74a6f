"""Whether a contact's severity is Steady's guess rather than the owner's rating.

Logging or importing a message whose words suggest a category starts its severity at that
category's level (app/importing/suggest.py, CATEGORY_SEVERITY). Until the owner keeps or
clears the suggestion, or changes the severity, the number is the word check's, and a packet
must not print it as the business's rating.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from app.core.contact_changes import ContactRevision
from app.core.domain import Category, Contact
from app.importing.suggest import CATEGORY_SEVERITY


def severity_suggested(
    severity: int, unreviewed: Collection[Category], changed_by_owner: bool
) -> bool:
    """True when the severity is what the suggestions still waiting for review start at.

    A severity the owner changed in a correction is theirs. Otherwise one the waiting
    suggestions account for is marked as suggested, even if the owner happened to type the
    same number: a mark too many costs nothing, a rating passed off as the owner's does."""
    if changed_by_owner or severity <= 1 or not unreviewed:
        return False
    return severity == max(CATEGORY_SEVERITY.get(category, 1) for category in unreviewed)


def owner_changed_severity(versions: Sequence[ContactRevision]) -> bool:
    """Whether a correction changed the severity the contact was first saved with."""
    return bool(versions) and any(
        v.details.severity != versions[0].details.severity for v in versions[1:]
    )


def suggested_severities(
    contacts: Iterable[Contact],
    waiting: Mapping[int, frozenset[Category]],
    revisions: Callable[[int], Sequence[ContactRevision]],
) -> frozenset[int]:
    """The ids of the contacts whose severity is still the word check's guess. Only a corrected
    contact with suggestions waiting has its saved versions read (`revisions`)."""
    found = set()
    for contact in contacts:
        unreviewed = waiting.get(contact.id, frozenset()) & set(contact.categories)
        if not unreviewed or contact.severity <= 1:
            continue
        changed = bool(contact.revision) and owner_changed_severity(revisions(contact.id))
        if severity_suggested(contact.severity, unreviewed, changed):
            found.add(contact.id)
    return frozenset(found)
