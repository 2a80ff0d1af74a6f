"""Which policies a packet says the customer broke: only those the owner tagged on a contact.

Each tagged contact is held to the version of the policy that bound the customer when it was
sent: the latest version they had agreed to by then. A contact from before the customer agreed
to the policy at all is not a breach of it (it is listed as such, so the owner's tag is not
silently dropped). A policy the customer never agreed to is still shown, in the version in
force at the time, as “no agreement recorded”.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from app.packets.policy_data import BrokenClause, PolicyBreach
from app.standing.records import Agreement, ClauseTag, PolicyVersion

# (tag, every version of the tagged policy, oldest first)
TaggedClause = tuple[ClauseTag, Sequence[PolicyVersion]]

_Key = tuple[int, int | None]  # (version id, agreement id)


def policy_breaches(
    tags: Iterable[TaggedClause],
    agreements: Iterable[tuple[Agreement, PolicyVersion]],
    contact_times: Mapping[int, datetime],
) -> tuple[PolicyBreach, ...]:
    """Breaches among the packet's contacts (contact_times), in the order they first occurred."""
    by_policy: dict[int, list[tuple[Agreement, PolicyVersion]]] = {}
    for pair in sorted(agreements, key=lambda pair: pair[0].agreed_at):
        by_policy.setdefault(pair[1].policy_id, []).append(pair)
    blocks: dict[_Key, tuple[PolicyVersion, Agreement | None]] = {}
    broken: dict[_Key, list[tuple[datetime, BrokenClause]]] = {}
    early: dict[_Key, list[tuple[datetime, BrokenClause]]] = {}
    for tag, versions in tags:
        at = contact_times.get(tag.contact_id)
        if at is None or not versions:
            continue  # not in this packet
        clause = BrokenClause(tag.contact_id, tag.clause, tag.note)
        agreed = by_policy.get(versions[0].policy_id, [])
        before = [pair for pair in agreed if pair[0].agreed_at <= at]
        agreement: Agreement | None
        if before:
            agreement, version = before[-1]
            target = broken
        elif agreed:
            agreement, version = agreed[0]
            target = early
        else:
            agreement = None
            in_force = [v for v in versions if v.effective_from <= at]
            version = in_force[-1] if in_force else _tagged(tag, versions)
            target = broken
        key = (version.id, agreement.id if agreement else None)
        blocks.setdefault(key, (version, agreement))
        target.setdefault(key, []).append((at, clause))
    result = []
    for key, (version, agreement) in blocks.items():
        clauses = _in_order(broken.get(key, []))
        result.append(
            PolicyBreach(
                version,
                agreement,
                tuple(dict.fromkeys(c.contact_id for c in clauses)),
                clauses,
                _in_order(early.get(key, [])),
            )
        )
    return tuple(sorted(result, key=lambda b: _first(b, contact_times)))


def _tagged(tag: ClauseTag, versions: Sequence[PolicyVersion]) -> PolicyVersion:
    return next((v for v in versions if v.id == tag.policy_version_id), versions[0])


def _in_order(items: list[tuple[datetime, BrokenClause]]) -> tuple[BrokenClause, ...]:
    return tuple(clause for _, clause in sorted(items, key=lambda item: item[0]))


def _first(breach: PolicyBreach, times: Mapping[int, datetime]) -> datetime:
    return min(times[c.contact_id] for c in (*breach.clauses, *breach.before_agreement))
