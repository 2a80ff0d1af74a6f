"""What a calm-reply letter may say about the customer, by the same rules as the termination
letter of the packet (app/packets/drafts.py): it quotes only the customer's own written words,
never a staff member's note of a call or visit; it never repeats a threat back (a threat is
named by its date only); it claims a refund only when one was logged; and it names a policy
only when one is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.core.domain import Category, Contact, Direction
from app.reply.context import quote
from app.standing.action_records import Action, ActionKind
from app.standing.actions import UNDONE
from app.standing.attribution import is_customers_words
from app.standing.records import PolicyVersion

MAX_EXAMPLES = 5
# A threat of harm ends the offer to keep helping (Steady's advice: stop the conversation).
HARM = frozenset({Category.THREAT_PHYSICAL, Category.THREAT_VANDALISM})
_CROSSED = frozenset({Category.ABUSE} | {c for c in Category if c.is_threat})


@dataclass(frozen=True)
class Example:
    """A dated example of language that crossed the line, in the customer's own written words."""

    at: datetime
    quote: str


@dataclass(frozen=True)
class LetterFacts:
    examples: tuple[Example, ...] = ()
    threat_dates: tuple[datetime, ...] = ()  # the customer's written threats, named by date only
    harm_threatened: bool = False  # a threat of harm is logged, in writing or in a note
    policy_name: str = ""  # "terms of service"; empty when no policy is recorded
    refund: Decimal | None = None  # the refunds logged for the customer; None when none was


def _is_threat(contact: Contact) -> bool:
    return any(c.is_threat for c in contact.categories) or contact.severity >= 5


def letter_facts(
    contacts: Iterable[Contact],
    actions: Iterable[Action] = (),
    policies: Sequence[PolicyVersion] = (),
) -> LetterFacts:
    inbound = sorted(
        (c for c in contacts if c.direction is Direction.INBOUND), key=lambda c: c.occurred_at
    )
    crossed = [c for c in inbound if set(c.categories) & _CROSSED or c.severity >= 4]
    written = [c for c in crossed if is_customers_words(c.details)]
    quoted = [c for c in written if not _is_threat(c)][-MAX_EXAMPLES:]
    refunds = [
        a.amount or Decimal("0")
        for a in actions
        if a.kind is ActionKind.REFUND and not a.details.get(UNDONE)
    ]
    return LetterFacts(
        examples=tuple(Example(c.occurred_at, quote(c.text)) for c in quoted),
        threat_dates=tuple(c.occurred_at for c in written if _is_threat(c)),
        harm_threatened=any(set(c.categories) & HARM for c in inbound),
        policy_name=_policy_name(policies),
        refund=sum(refunds, Decimal("0")) if refunds else None,
    )


def _policy_name(policies: Sequence[PolicyVersion]) -> str:
    """The policy a letter about behaviour names: a behaviour or conduct policy first, then the
    terms; "Terms of service" reads "terms of service" inside a sentence."""
    if not policies:
        return ""
    names = [p.policy_name.strip() for p in policies if p.policy_name.strip()]
    if not names:
        return ""
    for words in (("behav", "conduct", "courtesy"), ("terms",)):
        chosen = next((n for n in names if any(w in n.lower() for w in words)), None)
        if chosen is not None:
            break
    else:
        chosen = names[0]
    if len(chosen) > 1 and chosen[1].islower():
        chosen = chosen[0].lower() + chosen[1:]
    return chosen
