"""The signs that a customer is in the wrong, each with the contacts that show it: threats by
kind, harassment, demands out of proportion, bursts of contact, a pattern over time, policies
broken.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta, tzinfo
from decimal import Decimal
from urllib.parse import urlparse

from app.core.domain import Channel, Contact
from app.importing.records import NOT_REVIEWED
from app.log.repeats import RepeatGroup, group_repeats
from app.standing.demands import DEMAND_WORDS, demand_sign
from app.standing.reading import (
    THREAT_TITLES,
    C,
    abuse_severity,
    as_sentence,
    by_channel,
    closed,
    day_of,
    headline_of,
    ids_of,
    is_difficult,
    local_time,
    show_day,
    times_word,
    with_category,
)
from app.standing.records import Sign
from app.standing.threat_excerpt import threat_in_view

# How a contact is told in a sign's sentence: its words quoted only when they are the customer's.
Tell = Callable[[Contact], str]

# Thresholds a shop owner would recognise as "too much", not statistics.
CALLS_IN_A_DAY = 5  # calls from one customer on one day
MESSAGES_IN_A_DAY = 10  # contacts of any kind on one day
MESSAGES_IN_AN_HOUR = 6  # contacts of any kind within sixty minutes
PATTERN_CONTACTS = 3  # difficult contacts, on different days…
PATTERN_SPAN = timedelta(days=28)  # …spread over at least four weeks
LIBEL_SEVERITY = 4  # public posts this bad make claims a lawyer should see
__all__ = ["DEMAND_WORDS", "OVER_HEAD", "demand_sign", "find_signs"]
# Asking for a manager, or saying they will write to a regulator or a complaints body, is the
# customer's right and no sign that they are in the wrong: no rule reads these words any more
# (the lighter form of a long history still keeps them, app/standing/view.py).
OVER_HEAD = re.compile(
    r"\b(regulators?|ombudsman|better business bureau|trading standards|consumer protection)\b",
    re.IGNORECASE,
)


def threat_signs(
    inbound: Sequence[Contact], zone: tzinfo | None, tell: Tell = headline_of
) -> list[Sign]:
    signs = []
    for category, title in THREAT_TITLES.items():
        shown = with_category(inbound, category)
        if shown:
            latest = shown[-1]
            when = (
                f"{times_word(len(shown))}, latest on " if len(shown) > 1 else "On "
            ) + show_day(latest.occurred_at, zone)
            reason = closed(f"{when}: {tell(threat_in_view(latest, category))}")
            signs.append(Sign(category.value, title, reason, ids_of(shown)))
    return signs


def _platforms(contacts: Sequence[Contact]) -> str:
    names: list[str] = []
    for contact in contacts:
        host = urlparse(contact.details.url).hostname or ""
        name = host.removeprefix("www.") or contact.channel.label.lower()
        if name not in names:
            names.append(name)
    return ", ".join(names)


def harassment_signs(
    inbound: Sequence[Contact],
    abuse_staff: str,
    tell: Tell = headline_of,
    suggested_severity: frozenset[int] = frozenset(),
) -> list[Sign]:
    signs = []
    social = with_category(inbound, C.HARASSMENT_SOCIAL)
    if social:
        reviews = sum(1 for c in social if c.channel is Channel.REVIEW)
        posts = len(social) - reviews
        parts = [
            p
            for p in (
                times_word(posts, "post") if posts else "",
                times_word(reviews, "review") if reviews else "",
            )
            if p
        ]
        signs.append(
            Sign(
                "harassment-social",
                "Harassment on social networks or review sites",
                f"{' and '.join(parts)} on {_platforms(social)}"
                + (
                    "; untrue claims in public may be libel."
                    if max(c.severity for c in social) >= LIBEL_SEVERITY
                    else "."
                ),
                ids_of(social),
            )
        )
    others = with_category(inbound, C.HARASSING_OTHERS)
    if others:
        signs.append(
            Sign(
                "harassing-others",
                "Harassing other customers",
                closed(
                    f"Went after other customers {times_word(len(others))}, "
                    f"latest: {tell(others[-1])}"
                ),
                ids_of(others),
            )
        )
    abuse = with_category(inbound, C.ABUSE)
    if abuse:
        worst = max(abuse_severity(c) for c in abuse)
        # Said as the owner's rating only when one of the worst is: else it is Steady's guess.
        guessed = all(c.id in suggested_severity for c in abuse if abuse_severity(c) == worst)
        signs.append(
            Sign(
                "abuse",
                "Abusive language",
                f"{times_word(len(abuse))}{abuse_staff}, worst at severity {worst} of 5"
                + (f", {NOT_REVIEWED}." if guessed else "."),
                ids_of(abuse),
            )
        )
    return signs


def _busiest_hour(inbound: Sequence[Contact]) -> list[Contact]:
    """The most contacts within sixty minutes of each other, in real elapsed time."""
    best: list[Contact] = []
    start = 0
    for end, contact in enumerate(inbound):
        while contact.occurred_at - inbound[start].occurred_at >= timedelta(hours=1):
            start += 1
        if end + 1 - start > len(best):
            best = list(inbound[start : end + 1])
    return best


def _at_burst_pace(copies: Sequence[Contact], zone: tzinfo | None) -> bool:
    per_day: dict[date, int] = defaultdict(int)
    for copy in copies:
        per_day[day_of(copy.occurred_at, zone)] += 1
    return (
        len(_busiest_hour(copies)) >= MESSAGES_IN_AN_HOUR
        or max(per_day.values(), default=0) >= MESSAGES_IN_A_DAY
    )


def burst_sign(
    inbound: Sequence[Contact],
    zone: tzinfo | None,
    repeats: Sequence[RepeatGroup] | None = None,
) -> Sign | None:
    by_day: dict[date, list[Contact]] = defaultdict(list)
    for contact in inbound:
        by_day[day_of(contact.occurred_at, zone)].append(contact)
    findings: dict[date, list[str]] = defaultdict(list)
    shown: dict[int, Contact] = {}
    if by_day:
        calls_day, calls = max(
            (
                (day, [c for c in found if c.channel is Channel.PHONE])
                for day, found in by_day.items()
            ),
            key=lambda pair: len(pair[1]),
        )
        if len(calls) >= CALLS_IN_A_DAY:
            findings[calls_day].append(f"{len(calls)} calls")
            shown |= {c.id: c for c in calls}
        busiest_day, busiest = max(by_day.items(), key=lambda pair: len(pair[1]))
        if len(busiest) >= MESSAGES_IN_A_DAY and len(busiest) > len(shown):
            findings[busiest_day].append(f"{len(busiest)} contacts in all")
            shown |= {c.id: c for c in busiest}
    hour = _busiest_hour(inbound)
    if len(hour) >= MESSAGES_IN_AN_HOUR:
        first = local_time(hour[0].occurred_at, zone)
        findings[first.date()].append(
            f"{len(hour)} within one hour from {first:%H:%M} ({by_channel(hour)})"
        )
        shown |= {c.id: c for c in hour}
    # The same message again and again, told as one group ("the same message 23 times on social
    # media between 13:57 and 14:49"); each copy stays its own exhibit. Only at a burst's pace:
    # one polite chaser a day is a customer still waiting, not a burst.
    for group in group_repeats(inbound) if repeats is None else repeats:
        if not _at_burst_pace(group.contacts, zone):
            continue
        findings[day_of(group.first, zone)].append(group.describe(zone, with_day=False))
        shown |= {c.id: c for c in group.contacts}
    parts = [
        f"{show_day(by_day[day][0].occurred_at, zone)}: {', '.join(found)}"
        for day, found in sorted(findings.items())
    ]
    repeated = with_category(inbound, C.REPEATED_CONTACT)
    if not parts and len(repeated) >= 2:
        parts.append(f"{len(repeated)} contacts marked as the same thing asked again")
        shown |= {c.id: c for c in repeated}
    if not parts:
        return None
    return Sign(
        "burst", "Bursts of repeated contact", "; ".join(parts) + ".", ids_of(shown.values())
    )


def pattern_sign(inbound: Sequence[Contact], zone: tzinfo | None) -> Sign | None:
    difficult = [c for c in inbound if is_difficult(c)]
    days = {day_of(c.occurred_at, zone) for c in difficult}
    if len(days) < PATTERN_CONTACTS:
        return None
    span = difficult[-1].occurred_at - difficult[0].occurred_at
    if span < PATTERN_SPAN:
        return None
    weeks = span.days // 7
    spread = f"{span.days // 30} months" if span.days >= 60 else f"{weeks} weeks"
    return Sign(
        "pattern",
        "A pattern of difficulty over time",
        f"{len(difficult)} difficult contacts on {len(days)} different days over {spread}, "
        f"since {show_day(difficult[0].occurred_at, zone)}.",
        ids_of(difficult),
    )


def policy_sign(inbound: Sequence[Contact], clause_contact_ids: frozenset[int]) -> Sign | None:
    shown = [c for c in inbound if C.TOS_VIOLATION in c.categories or c.id in clause_contact_ids]
    if not shown:
        return None
    return Sign(
        "policy-breach",
        "Breaks your terms or policies",
        f"{times_word(len(shown), 'contact')} against your terms of service or policies.",
        ids_of(shown),
    )


def find_signs(
    inbound: Sequence[Contact],
    paid: Decimal,
    symbol: str,
    *,
    zone: tzinfo | None = None,
    clause_contact_ids: frozenset[int] = frozenset(),
    repeats: Sequence[RepeatGroup] | None = None,
    tell: Tell = headline_of,
    suggested_severity: frozenset[int] = frozenset(),
) -> tuple[Sign, ...]:
    """Every sign the customer's contacts (oldest first) show, counted over these contacts only;
    `suggested_severity` the ids of those whose severity is the word check's guess."""
    staff = sorted({c.details.staff for c in with_category(inbound, C.ABUSE) if c.details.staff})
    abuse_staff = f" (towards {', '.join(staff)})" if staff else ""
    found: list[Sign | None] = [
        *threat_signs(inbound, zone, tell),
        *harassment_signs(inbound, abuse_staff, tell, suggested_severity),
        demand_sign(inbound, paid, symbol),
        burst_sign(inbound, zone, repeats),
        pattern_sign(inbound, zone),
        policy_sign(inbound, clause_contact_ids),
    ]
    return tuple(
        replace(sign, reason=as_sentence(sign.reason)) for sign in found if sign is not None
    )
