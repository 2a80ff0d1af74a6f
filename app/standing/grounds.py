"""The grounds to end the relationship: abuse or staff made to feel unsafe, threats, and bad
behaviour that went on after a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, tzinfo

from app.core.domain import Contact, Direction
from app.standing.action_records import Action, ActionKind
from app.standing.reading import (
    C,
    abuse_severity,
    ids_of,
    is_difficult,
    show_day,
    times_word,
    with_category,
)
from app.standing.records import Ground

_WARNING_WORDS = re.compile(r"\bwarn(ing|ed)?\b", re.IGNORECASE)


def find_warnings(contacts: Sequence[Contact], actions: Sequence[Action]) -> list[datetime]:
    """When the customer was warned: warning actions, and our own messages titled a warning."""
    moments = [a.occurred_at for a in actions if a.kind is ActionKind.WARNING]
    moments += [
        c.occurred_at
        for c in contacts
        if c.direction is Direction.OUTBOUND and _WARNING_WORDS.search(c.summary)
    ]
    return sorted(moments)


def _ground(
    key: str,
    title: str,
    reason: str,
    met: bool,
    contacts: tuple[int, ...] = (),
    since: datetime | None = None,
) -> Ground:
    return Ground(key=key, title=title, met=met, reason=reason, contact_ids=contacts, since=since)


def find_grounds(
    inbound: Sequence[Contact], warned: list[datetime], zone: tzinfo | None
) -> tuple[Ground, ...]:
    unsafe = with_category(inbound, C.THREAT_PHYSICAL, C.THREAT_VANDALISM)
    abusive = [c for c in with_category(inbound, C.ABUSE) if abuse_severity(c) >= 3]
    mild = [c for c in with_category(inbound, C.ABUSE) if abuse_severity(c) < 3]
    if abusive or unsafe:
        bits = []
        if abusive:
            bits.append(f"abusive {times_word(len(abusive))}")
        if unsafe:
            bits.append(f"threatened harm {times_word(len(unsafe))}")
        abuse = _ground(
            "abuse-or-unsafe",
            "Verbal abuse, or staff made to feel unsafe",
            " and ".join(bits).capitalize() + ".",
            True,
            ids_of([*abusive, *unsafe]),
        )
    else:
        reason = (
            f"Not yet: {times_word(len(mild), 'rude remark')} (severity 2 or less), not abuse on "
            "its own."
            if mild
            else "No abusive language or threat to anyone's safety is logged."
        )
        abuse = _ground(
            "abuse-or-unsafe", "Verbal abuse, or staff made to feel unsafe", reason, False
        )
    # Asking for a manager or writing to a regulator is the customer's right, not a threat.
    threats = [c for c in inbound if any(cat.is_threat for cat in c.categories)]
    if threats:
        kinds = sorted(
            {cat.label.lower() for c in threats for cat in c.categories if cat.is_threat}
        )
        threat = _ground(
            "threats",
            "Threats to staff or the business",
            # One message may hold two kinds: not "1 threat:" then two listed.
            f"{times_word(len(threats), 'threat' if len(kinds) <= len(threats) else 'message')}"
            + ("" if len(kinds) <= len(threats) else " with threats")
            + ": "
            + ", ".join(kinds)
            + ".",
            True,
            ids_of(threats),
        )
    else:
        threat = _ground(
            "threats", "Threats to staff or the business", "No threat is logged.", False
        )
    title = "Bad behaviour continued after a warning"
    if not warned:
        history = _ground(
            "no-change-after-warning",
            title,
            "Not yet: no warning is recorded. Send one before relying on this ground.",
            False,
        )
    else:
        after = [c for c in inbound if is_difficult(c) and c.occurred_at > warned[0]]
        if after:
            history = _ground(
                "no-change-after-warning",
                title,
                f"Warned on {show_day(warned[0], zone)}; "
                f"{times_word(len(after), 'difficult contact')} since.",
                True,
                ids_of(after),
                warned[0],
            )
        else:
            history = _ground(
                "no-change-after-warning",
                title,
                f"Not yet: warned on {show_day(warned[0], zone)} and nothing difficult since.",
                False,
                since=warned[0],
            )
    return (abuse, threat, history)
