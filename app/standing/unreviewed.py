"""Signs, grounds and next steps that stand only on categories Steady's word check suggested and
the owner has not reviewed yet say so in their sentence.

A suggestion nobody confirmed still counts (they are the customer's words, and the owner may
not have looked yet), but the owner, and whoever reads a packet, must see what rests on it:
the customer is assessed again without the categories still waiting, and what is there only
in the first assessment is marked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from app.core.domain import Category, Contact
from app.importing.records import NOT_REVIEWED
from app.standing.records import Assessment

NOT_REVIEWED_SENTENCE = (
    "This rests only on categories Steady's word check suggested; nobody has reviewed them yet."
)


def waiting_by_contact(
    waiting: Iterable[tuple[int, Category]],
) -> dict[int, frozenset[Category]]:
    """(contact id, category) pairs still waiting for review, as each contact's categories."""
    grouped: dict[int, set[Category]] = {}
    for contact_id, category in waiting:
        grouped.setdefault(contact_id, set()).add(category)
    return {contact_id: frozenset(categories) for contact_id, categories in grouped.items()}


def reviewed_only(
    contacts: Sequence[Contact], waiting: Mapping[int, frozenset[Category]]
) -> list[Contact]:
    """The contacts as they would stand without the categories still waiting for review."""
    return [
        replace(
            contact,
            details=replace(
                contact.details,
                categories=tuple(c for c in contact.categories if c not in waiting[contact.id]),
            ),
        )
        if waiting.get(contact.id, frozenset()) & set(contact.categories)
        else contact
        for contact in contacts
    ]


def marked_unreviewed(
    assessment: Assessment,
    contacts: Sequence[Contact],
    waiting: Mapping[int, frozenset[Category]],
    assess_again: Callable[[list[Contact]], Assessment],
) -> Assessment:
    """`assessment` with each sign, met ground and next step that only the waiting suggestions
    give marked in its sentence; unchanged (and not assessed again) when none is waiting."""
    if not any(waiting.get(c.id, frozenset()) & set(c.categories) for c in contacts):
        return assessment
    without = assess_again(reviewed_only(contacts, waiting))
    kept_signs = {sign.key for sign in without.signs}
    met_without = {ground.key for ground in without.grounds if ground.met}
    steps_without = {step.key for step in without.next_steps}
    return replace(
        assessment,
        signs=tuple(
            sign if sign.key in kept_signs else replace(sign, reason=_marked(sign.reason))
            for sign in assessment.signs
        ),
        grounds=tuple(
            ground
            if not ground.met or ground.key in met_without
            else replace(ground, reason=_marked(ground.reason))
            for ground in assessment.grounds
        ),
        next_steps=tuple(
            step
            if step.key in steps_without
            else replace(step, because=f"{step.because} — {NOT_REVIEWED}")
            for step in assessment.next_steps
        ),
    )


def _marked(reason: str) -> str:
    return f"{reason.rstrip()} {NOT_REVIEWED_SENTENCE}"
