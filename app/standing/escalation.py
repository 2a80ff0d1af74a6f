"""Whether it is getting worse: the last weeks against the weeks before."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from app.core.domain import Contact
from app.standing.reading import show_day
from app.standing.records import Escalation

RECENT = timedelta(days=28)  # "the last weeks" for escalation


def measure_escalation(
    inbound: Sequence[Contact], now: datetime, zone: tzinfo | None
) -> Escalation:
    cutoff = now - RECENT
    recent = [c for c in inbound if c.occurred_at >= cutoff]
    before = [c for c in inbound if c.occurred_at < cutoff]

    def mean(contacts: Sequence[Contact]) -> float:
        return sum(c.severity for c in contacts) / len(contacts) if contacts else 0.0

    recent_rate = len(recent) / (RECENT.days / 7)
    before_weeks = max(1.0, (cutoff - before[0].occurred_at).days / 7) if before else 1.0
    before_rate = len(before) / before_weeks if before else 0.0
    figures = (recent_rate, before_rate, mean(recent), mean(before))
    if not inbound:
        return Escalation(False, "Nothing from this customer yet.", *figures)
    if not recent:
        return Escalation(
            False,
            f"Quiet: nothing in the last {RECENT.days // 7} weeks "
            f"(last on {show_day(inbound[-1].occurred_at, zone)}).",
            *figures,
        )
    if not before:
        return Escalation(
            False,
            f"Everything is from the last {RECENT.days // 7} weeks; too early to see a trend.",
            *figures,
        )
    reasons = []
    if len(recent) >= 3 and recent_rate >= 1.5 * before_rate:
        reasons.append(f"{recent_rate:.1f} contacts a week lately against {before_rate:.1f}")
    if mean(recent) >= mean(before) + 0.75:
        reasons.append(f"severity {mean(recent):.1f} lately against {mean(before):.1f}")
    new_threats = {cat for c in recent for cat in c.categories if cat.is_threat} - {
        cat for c in before for cat in c.categories if cat.is_threat
    }
    if new_threats:
        reasons.append(
            "new threats: " + ", ".join(sorted(cat.label.lower() for cat in new_threats))
        )
    if reasons:
        return Escalation(True, "Getting worse: " + "; ".join(reasons) + ".", *figures)
    return Escalation(
        False,
        f"Not getting worse: {recent_rate:.1f} contacts a week lately against "
        f"{before_rate:.1f}, severity {mean(recent):.1f} against {mean(before):.1f}.",
        *figures,
    )
