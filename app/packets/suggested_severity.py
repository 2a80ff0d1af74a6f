"""Whether a contact's severity is Steady's guess rather than the owner's rating.

Logging or importing a message whose words suggest a category starts its severity at that
category's level (app/importing/suggest.py, CATEGORY_SEVERITY). Until the owner keeps or
clears the suggestion, or changes the severity, the number is the word check's, and a packet
must not print it as the business's rating.
"""

from __future__ import annotations

from collections.abc import Collection

from app.core.domain import Category
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
