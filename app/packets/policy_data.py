"""A policy the customer broke, as a packet states it: the version that bound them and the
contacts the owner tagged as breaking it."""

from __future__ import annotations

from dataclasses import dataclass

from app.standing.records import Agreement, PolicyVersion


@dataclass(frozen=True)
class BrokenClause:
    """A contact the owner tagged as breaking a clause (“section 2”) of a policy."""

    contact_id: int
    clause: str
    note: str = ""


@dataclass(frozen=True)
class PolicyBreach:
    """A policy the customer broke, in the version that bound them at the time of the contacts
    (the one they had agreed to by then; if they never agreed to any, the one in force)."""

    policy: PolicyVersion
    agreement: Agreement | None
    contact_ids: tuple[int, ...] = ()
    clauses: tuple[BrokenClause, ...] = ()
    # Tagged by the owner, but the contact came before the customer agreed: not a breach.
    before_agreement: tuple[BrokenClause, ...] = ()
