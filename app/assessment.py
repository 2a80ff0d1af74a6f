"""Where a customer stands: plain rules over their log, their actions and the owner's settings.

`assess()` is pure (no storage, no clock of its own) so it can be tested on any log; the
`Assessor` gathers what it needs from storage and keeps the customer list's risk scores fresh.
Times are grouped into days and months in the owner's time zone (DST-aware), while "within an
hour" is measured in real elapsed time, so a clock change never invents or hides a burst.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlparse

from app.actions import UNDONE
from app.blocking import after_block_ids
from app.clock import Clock
from app.domain import Category, Channel, Contact, Customer, Direction
from app.ports import Store
from app.settings import Settings
from app.standing import (
    Action,
    ActionKind,
    Assessment,
    CustomerCost,
    Escalation,
    Ground,
    MonthVolume,
    NextStep,
    Sign,
)

# Thresholds a shop owner would recognise as "too much", not statistics.
CALLS_IN_A_DAY = 5  # calls from one customer on one day
MESSAGES_IN_A_DAY = 10  # contacts of any kind on one day
MESSAGES_IN_AN_HOUR = 6  # contacts of any kind within sixty minutes
PATTERN_CONTACTS = 3  # difficult contacts, on different days…
PATTERN_SPAN = timedelta(days=28)  # …spread over at least four weeks
RECENT = timedelta(days=28)  # "the last weeks" for escalation
MONTHS_SHOWN = 12
LIBEL_SEVERITY = 4  # public posts this bad make claims a lawyer should see

C = Category
THREAT_TITLES = {
    C.THREAT_PHYSICAL: "Threatens physical harm",
    C.THREAT_VANDALISM: "Threatens vandalism",
    C.THREAT_LEGAL: "Threatens legal action",
    C.THREAT_CHARGEBACK: "Threatens a chargeback",
    C.THREAT_PUBLIC: "Threatens public retaliation",
}
# Going over your head: a regulator, a manager, a complaints body.
_OVER_HEAD = re.compile(
    r"\b(your (manager|boss|supervisor|superiors?|head office)|head office|regulator|"
    r"ombudsman|better business bureau|trading standards|consumer protection)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"[$€£]\s?(\d[\d,]*(?:\.\d{1,2})?)|(\d[\d,]*(?:\.\d{1,2})?)\s?(?:dollars|euros|pounds|usd|eur|gbp)\b",
    re.IGNORECASE,
)
_DEMAND_WORDS = re.compile(r"\b(compensation|refund|pay|owe|damages|reimburse)", re.IGNORECASE)
_WARNING_WORDS = re.compile(r"\bwarn(ing|ed)?\b", re.IGNORECASE)

STEP_ORDER = (
    ActionKind.POLICE_REPORT,
    ActionKind.STOP_CONVERSATION,
    ActionKind.LEGAL_ADVICE,
    ActionKind.PLATFORM_REPORT,
    ActionKind.HANDOVER,
    ActionKind.WARNING,
    ActionKind.REFUND,
    ActionKind.REFER_ELSEWHERE,
    ActionKind.TERMINATE,
)
STEP_TEXT = {
    ActionKind.POLICE_REPORT: "Report the threat to the police",
    ActionKind.STOP_CONVERSATION: "Stop the conversation and take advice before replying",
    ActionKind.LEGAL_ADVICE: "Talk to a lawyer",
    ActionKind.PLATFORM_REPORT: "Report the posts to the platform",
    ActionKind.HANDOVER: "Hand the customer over to another staff member",
    ActionKind.WARNING: "Send a warning that names the behaviour",
    ActionKind.REFUND: "Offer a refund and move on",
    ActionKind.REFER_ELSEWHERE: "Suggest another business that may suit them better",
    ActionKind.TERMINATE: "End the relationship",
}
# Which next steps answer which sign.
SIGN_STEPS: dict[str, tuple[ActionKind, ...]] = {
    C.THREAT_PHYSICAL.value: (ActionKind.POLICE_REPORT, ActionKind.STOP_CONVERSATION),
    C.THREAT_VANDALISM.value: (ActionKind.POLICE_REPORT, ActionKind.STOP_CONVERSATION),
    C.THREAT_LEGAL.value: (ActionKind.STOP_CONVERSATION, ActionKind.LEGAL_ADVICE),
    C.THREAT_CHARGEBACK.value: (ActionKind.STOP_CONVERSATION, ActionKind.REFUND),
    C.THREAT_PUBLIC.value: (ActionKind.STOP_CONVERSATION,),
    "threat-over-head": (ActionKind.STOP_CONVERSATION,),
    "harassment-social": (ActionKind.PLATFORM_REPORT,),
    "libel": (ActionKind.LEGAL_ADVICE,),
    "harassing-others": (ActionKind.PLATFORM_REPORT, ActionKind.WARNING),
    "abuse": (ActionKind.HANDOVER, ActionKind.WARNING),
    "burst": (ActionKind.WARNING,),
    "policy-breach": (ActionKind.WARNING,),
    "disproportionate-demand": (ActionKind.REFUND, ActionKind.REFER_ELSEWHERE),
    "pattern": (ActionKind.REFER_ELSEWHERE,),
}
RISK_WEIGHTS = {
    C.THREAT_PHYSICAL.value: 35,
    C.THREAT_VANDALISM.value: 30,
    C.THREAT_LEGAL.value: 15,
    C.THREAT_CHARGEBACK.value: 10,
    C.THREAT_PUBLIC.value: 10,
    "threat-over-head": 5,
    "harassment-social": 15,
    "harassing-others": 15,
    "abuse": 15,
    "burst": 10,
    "pattern": 10,
    "policy-breach": 5,
    "disproportionate-demand": 8,
}


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    # astimezone() with no zone applies the system's own rules, daylight saving included.
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _day(moment: datetime, zone: tzinfo | None) -> date:
    return _local(moment, zone).date()


def _show_day(moment: datetime, zone: tzinfo | None) -> str:
    return _local(moment, zone).strftime("%a %d %b %Y").replace(" 0", " ")


def _times(count: int, word: str = "time") -> str:
    if word == "time" and count in (1, 2):
        return "once" if count == 1 else "twice"
    return f"{count} {word}" + ("" if count == 1 else "s")


_CHANNEL_NOUNS = {
    Channel.PHONE: "call",
    Channel.SOCIAL: "post",
    Channel.REVIEW: "review",
    Channel.EMAIL: "email",
    Channel.CHAT: "chat message",
    Channel.LETTER: "letter",
    Channel.IN_PERSON: "visit",
}


def _by_channel(contacts: Sequence[Contact]) -> str:
    counts = Counter(c.channel for c in contacts)
    return ", ".join(
        _times(n, _CHANNEL_NOUNS.get(channel, "contact")) for channel, n in counts.most_common()
    )


def _ids(contacts: Iterable[Contact]) -> tuple[int, ...]:
    return tuple(sorted({c.id for c in contacts}))


def _headline(contact: Contact) -> str:
    text = contact.summary or contact.text
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:69].rstrip() + "…"


def _difficult(contact: Contact) -> bool:
    return contact.direction is Direction.INBOUND and (
        contact.severity >= 3 or bool(contact.categories)
    )


def _with(contacts: Sequence[Contact], *categories: Category) -> list[Contact]:
    return [c for c in contacts if any(cat in c.categories for cat in categories)]


def _money(value: Decimal, symbol: str) -> str:
    return f"{symbol}{value:,.2f}"


# --- signs ------------------------------------------------------------------------------


def _demand_sign(inbound: Sequence[Contact], paid: Decimal, symbol: str) -> Sign | None:
    flagged = _with(inbound, C.DISPROPORTIONATE_DEMAND)
    largest = Decimal(0)
    big_asks: list[Contact] = []
    if paid > 0:
        for contact in inbound:
            if not _DEMAND_WORDS.search(contact.text):
                continue
            amounts = [Decimal((a or b).replace(",", "")) for a, b in _MONEY.findall(contact.text)]
            asked = max(amounts, default=Decimal(0))
            if asked > paid * Decimal("1.5"):
                big_asks.append(contact)
                largest = max(largest, asked)
    shown = {c.id: c for c in [*flagged, *big_asks]}
    if not shown:
        return None
    if largest:
        reason = (
            f"Asked for {_money(largest, symbol)} when they have paid {_money(paid, symbol)} "
            f"in all ({_times(len(shown), 'demand')})."
        )
    else:
        reason = f"{_times(len(shown), 'demand')} out of proportion to what went wrong."
    return Sign("disproportionate-demand", "Demand out of proportion", reason, _ids(shown.values()))


def _threat_signs(inbound: Sequence[Contact], zone: tzinfo | None) -> list[Sign]:
    signs = []
    for category, title in THREAT_TITLES.items():
        shown = _with(inbound, category)
        if shown:
            latest = shown[-1]
            when = (f"{_times(len(shown))}, latest on " if len(shown) > 1 else "On ") + _show_day(
                latest.occurred_at, zone
            )
            reason = f"{when}: “{_headline(latest)}”."
            signs.append(Sign(category.value, title, reason, _ids(shown)))
    over_head = [
        c
        for c in inbound
        if _OVER_HEAD.search(c.text) and not any(cat.is_threat for cat in c.categories)
    ]
    if over_head:
        signs.append(
            Sign(
                "threat-over-head",
                "Threatens to go over your head",
                f"{_times(len(over_head))}, latest on "
                f"{_show_day(over_head[-1].occurred_at, zone)}: “{_headline(over_head[-1])}”.",
                _ids(over_head),
            )
        )
    return signs


def _platforms(contacts: Sequence[Contact]) -> str:
    names: list[str] = []
    for contact in contacts:
        host = urlparse(contact.details.url).hostname or ""
        name = host.removeprefix("www.") or contact.channel.label.lower()
        if name not in names:
            names.append(name)
    return ", ".join(names)


def _harassment_signs(inbound: Sequence[Contact], abuse_staff: str) -> list[Sign]:
    signs = []
    social = _with(inbound, C.HARASSMENT_SOCIAL)
    if social:
        reviews = sum(1 for c in social if c.channel is Channel.REVIEW)
        posts = len(social) - reviews
        parts = [
            p
            for p in (
                _times(posts, "post") if posts else "",
                _times(reviews, "review") if reviews else "",
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
                _ids(social),
            )
        )
    others = _with(inbound, C.HARASSING_OTHERS)
    if others:
        signs.append(
            Sign(
                "harassing-others",
                "Harassing other customers",
                f"Went after other customers {_times(len(others))}, "
                f"latest: “{_headline(others[-1])}”.",
                _ids(others),
            )
        )
    abuse = _with(inbound, C.ABUSE)
    if abuse:
        signs.append(
            Sign(
                "abuse",
                "Abusive language",
                f"{_times(len(abuse)).capitalize()}{abuse_staff}, worst at severity "
                f"{max(c.severity for c in abuse)} of 5.",
                _ids(abuse),
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


def _burst_sign(inbound: Sequence[Contact], zone: tzinfo | None) -> Sign | None:
    by_day: dict[date, list[Contact]] = defaultdict(list)
    for contact in inbound:
        by_day[_day(contact.occurred_at, zone)].append(contact)
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
        first = _local(hour[0].occurred_at, zone)
        findings[first.date()].append(
            f"{len(hour)} within one hour from {first:%H:%M} ({_by_channel(hour)})"
        )
        shown |= {c.id: c for c in hour}
    parts = [
        f"{_show_day(by_day[day][0].occurred_at, zone)}: {', '.join(found)}"
        for day, found in sorted(findings.items())
    ]
    repeated = _with(inbound, C.REPEATED_CONTACT)
    if not parts and len(repeated) >= 2:
        parts.append(f"{len(repeated)} contacts marked as the same thing asked again")
        shown |= {c.id: c for c in repeated}
    if not parts:
        return None
    return Sign("burst", "Bursts of repeated contact", "; ".join(parts) + ".", _ids(shown.values()))


def _pattern_sign(inbound: Sequence[Contact], zone: tzinfo | None) -> Sign | None:
    difficult = [c for c in inbound if _difficult(c)]
    days = {_day(c.occurred_at, zone) for c in difficult}
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
        f"since {_show_day(difficult[0].occurred_at, zone)}.",
        _ids(difficult),
    )


def _policy_sign(inbound: Sequence[Contact], clause_contact_ids: frozenset[int]) -> Sign | None:
    shown = [c for c in inbound if C.TOS_VIOLATION in c.categories or c.id in clause_contact_ids]
    if not shown:
        return None
    return Sign(
        "policy-breach",
        "Breaks your terms or policies",
        f"{_times(len(shown), 'contact')} against your terms of service or policies.",
        _ids(shown),
    )


# --- grounds ----------------------------------------------------------------------------


def _warnings(contacts: Sequence[Contact], actions: Sequence[Action]) -> list[datetime]:
    """When the customer was warned: warning actions, and our own messages titled a warning."""
    moments = [a.occurred_at for a in actions if a.kind is ActionKind.WARNING]
    moments += [
        c.occurred_at
        for c in contacts
        if c.direction is Direction.OUTBOUND and _WARNING_WORDS.search(c.summary)
    ]
    return sorted(moments)


def _ground(key: str, title: str, reason: str, met: bool, contacts: tuple[int, ...] = ()) -> Ground:
    return Ground(key=key, title=title, met=met, reason=reason, contact_ids=contacts)


def _grounds(
    inbound: Sequence[Contact], warned: list[datetime], zone: tzinfo | None
) -> tuple[Ground, ...]:
    unsafe = _with(inbound, C.THREAT_PHYSICAL, C.THREAT_VANDALISM)
    abusive = [c for c in _with(inbound, C.ABUSE) if c.severity >= 3]
    mild = [c for c in _with(inbound, C.ABUSE) if c.severity < 3]
    if abusive or unsafe:
        bits = []
        if abusive:
            bits.append(f"abusive {_times(len(abusive))}")
        if unsafe:
            bits.append(f"threatened harm {_times(len(unsafe))}")
        abuse = _ground(
            "abuse-or-unsafe",
            "Verbal abuse, or staff made to feel unsafe",
            " and ".join(bits).capitalize() + ".",
            True,
            _ids([*abusive, *unsafe]),
        )
    else:
        reason = (
            f"Not yet: {_times(len(mild), 'rude remark')} (severity 2 or less), not abuse on "
            "its own."
            if mild
            else "No abusive language or threat to anyone's safety is logged."
        )
        abuse = _ground(
            "abuse-or-unsafe", "Verbal abuse, or staff made to feel unsafe", reason, False
        )
    threats = [c for c in inbound if any(cat.is_threat for cat in c.categories)]
    threats += [c for c in inbound if _OVER_HEAD.search(c.text) and c not in threats]
    if threats:
        kinds = sorted(
            {cat.label.lower() for c in threats for cat in c.categories if cat.is_threat}
        )
        threat = _ground(
            "threats",
            "Threats to staff or the business",
            f"{_times(len(threats), 'threat')}: "
            + ", ".join(kinds or ["going over your head"])
            + ".",
            True,
            _ids(threats),
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
        after = [c for c in inbound if _difficult(c) and c.occurred_at > warned[0]]
        if after:
            history = _ground(
                "no-change-after-warning",
                title,
                f"Warned on {_show_day(warned[0], zone)}; "
                f"{_times(len(after), 'difficult contact')} since.",
                True,
                _ids(after),
            )
        else:
            history = _ground(
                "no-change-after-warning",
                title,
                f"Not yet: warned on {_show_day(warned[0], zone)} and nothing difficult since.",
                False,
            )
    return (abuse, threat, history)


# --- escalation, cost, volume -----------------------------------------------------------


def _escalation(inbound: Sequence[Contact], now: datetime, zone: tzinfo | None) -> Escalation:
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
            f"(last on {_show_day(inbound[-1].occurred_at, zone)}).",
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


def _cost(
    contacts: Sequence[Contact],
    inbound: Sequence[Contact],
    paid: Decimal,
    hourly_rate: Decimal,
    symbol: str,
    zone: tzinfo | None,
) -> CustomerCost:
    minutes = sum(c.minutes for c in contacts)
    cost = (Decimal(minutes) * hourly_rate / 60).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if inbound:
        days = (_day(inbound[-1].occurred_at, zone) - _day(inbound[0].occurred_at, zone)).days + 1
    else:
        days = 0
    return CustomerCost(
        minutes=minutes,
        hourly_rate=hourly_rate,
        cost=cost,
        paid=paid,
        currency_symbol=symbol,
        inbound_messages=len(inbound),
        days=days,
        messages_per_day=round(len(inbound) / days, 2) if days else 0.0,
    )


def month_key(moment: datetime, zone: tzinfo | None = None) -> str:
    return _local(moment, zone).strftime("%Y-%m")


def months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def book_average_by_month(
    times: Iterable[tuple[int, datetime]], zone: tzinfo | None = None
) -> dict[str, float]:
    """Messages per month from the average customer (among those who wrote at all)."""
    per_month: Counter[str] = Counter()
    customers: set[int] = set()
    for customer_id, moment in times:
        per_month[month_key(moment, zone)] += 1
        customers.add(customer_id)
    if not customers:
        return {}
    return {month: count / len(customers) for month, count in per_month.items()}


def _monthly(
    inbound: Sequence[Contact],
    now: datetime,
    average: Mapping[str, float],
    zone: tzinfo | None,
) -> tuple[MonthVolume, ...]:
    if not inbound:
        return ()
    counts = Counter(month_key(c.occurred_at, zone) for c in inbound)
    months = months_between(min(counts), max(month_key(now, zone), max(counts)))
    return tuple(
        MonthVolume(month, counts.get(month, 0), round(average.get(month, 0.0), 2))
        for month in months[-MONTHS_SHOWN:]
    )


def severity_points(contacts: Iterable[Contact]) -> list[tuple[datetime, int]]:
    """(when, severity) of each message from the customer, oldest first, for the chart."""
    return sorted((c.occurred_at, c.severity) for c in contacts if c.direction is Direction.INBOUND)


# --- next steps and risk ----------------------------------------------------------------


def _next_steps(
    signs: Sequence[Sign],
    grounds: Sequence[Ground],
    contacts_by_id: Mapping[int, Contact],
    actions: Sequence[Action],
    warned: bool,
) -> tuple[NextStep, ...]:
    done_at: dict[ActionKind, datetime] = {}
    for action in actions:
        if not action.details.get(UNDONE):
            done_at[action.kind] = action.occurred_at
    because: dict[ActionKind, list[str]] = defaultdict(list)
    latest: dict[ActionKind, datetime] = {}
    for sign in signs:
        last = max(contacts_by_id[i].occurred_at for i in sign.contact_ids)
        keys = [sign.key] + (["libel"] if sign.reason.endswith("may be libel.") else [])
        for kind in (kind for key in keys for kind in SIGN_STEPS.get(key, ())):
            if kind is ActionKind.WARNING and warned:
                continue
            because[kind].append(sign.title.lower())
            latest[kind] = max(latest.get(kind, last), last)
    met = [g for g in grounds if g.met]
    history_met = any(g.key == "no-change-after-warning" for g in met)
    if history_met or len(met) >= 2:
        because[ActionKind.TERMINATE].append(
            "grounds met: " + ", ".join(g.title.lower() for g in met)
        )
        latest[ActionKind.TERMINATE] = max(
            contacts_by_id[i].occurred_at for g in met for i in g.contact_ids
        )
    steps = []
    for kind in STEP_ORDER:
        if kind not in because:
            continue
        # Done after the latest contact that called for it: no need to ask again.
        if kind in done_at and done_at[kind] >= latest[kind]:
            continue
        steps.append(
            NextStep(kind.value, STEP_TEXT[kind], kind, "; ".join(dict.fromkeys(because[kind])))
        )
    return tuple(steps)


def _risk(
    signs: Sequence[Sign],
    grounds: Sequence[Ground],
    escalation: Escalation,
    inbound: Sequence[Contact],
) -> int:
    score = sum(RISK_WEIGHTS.get(sign.key, 5) for sign in signs)
    score += 10 * sum(1 for g in grounds if g.met)
    if escalation.worsening:
        score += 10
    if inbound:
        score += 2 * (max(c.severity for c in inbound) - 1)
    return max(0, min(100, score))


def assess(
    customer: Customer,
    contacts: Sequence[Contact],
    actions: Sequence[Action] = (),
    *,
    now: datetime,
    hourly_rate: Decimal,
    currency_symbol: str = "$",
    average_by_month: Mapping[str, float] | None = None,
    clause_contact_ids: frozenset[int] = frozenset(),
    zone: tzinfo | None = None,
) -> Assessment:
    """Where the customer stands. `contacts` in any order; `zone` None means this computer's."""
    assert customer.id is not None
    ordered = sorted(contacts, key=lambda c: (c.occurred_at, c.id))
    inbound = [c for c in ordered if c.direction is Direction.INBOUND]
    staff = sorted({c.details.staff for c in _with(inbound, C.ABUSE) if c.details.staff})
    abuse_staff = f" (towards {', '.join(staff)})" if staff else ""
    found: list[Sign | None] = [
        *_threat_signs(inbound, zone),
        *_harassment_signs(inbound, abuse_staff),
        _demand_sign(inbound, customer.amount_paid, currency_symbol),
        _burst_sign(inbound, zone),
        _pattern_sign(inbound, zone),
        _policy_sign(inbound, clause_contact_ids),
    ]
    signs = tuple(sign for sign in found if sign is not None)
    warnings = _warnings(ordered, actions)
    grounds = _grounds(inbound, warnings, zone)
    escalation = _escalation(inbound, now, zone)
    return Assessment(
        customer_id=customer.id,
        signs=signs,
        grounds=grounds,
        escalation=escalation,
        cost=_cost(ordered, inbound, customer.amount_paid, hourly_rate, currency_symbol, zone),
        next_steps=_next_steps(signs, grounds, {c.id: c for c in ordered}, actions, bool(warnings)),
        risk=_risk(signs, grounds, escalation, inbound),
        monthly=_monthly(inbound, now, average_by_month or {}, zone),
    )


@dataclass(frozen=True)
class CustomerPicture:
    """Everything the customer page shows about where a customer stands, read once."""

    customer: Customer
    contacts: tuple[Contact, ...]  # oldest first
    actions: tuple[Action, ...]  # oldest first
    assessment: Assessment
    after_block: frozenset[int]


class Assessor:
    """Assess a customer from storage, and keep the risk scores the customer list sorts by."""

    RISK_MAX_AGE = timedelta(hours=12)  # escalation depends on today's date

    def __init__(
        self, store: Store, settings: Settings, clock: Clock, zone: tzinfo | None = None
    ) -> None:
        self._store = store
        self._settings = settings
        self._clock = clock
        self._zone = zone

    def _contacts(self, customer_id: int) -> list[Contact]:
        total = self._store.contacts.count_for_customer(customer_id)
        newest_first = self._store.contacts.for_customer(customer_id, 0, max(total, 1))
        return newest_first[::-1]

    def picture(self, customer_id: int) -> CustomerPicture:
        customer = self._store.customers.get(customer_id)
        contacts = self._contacts(customer_id)
        actions = self._store.standing.actions_for(customer_id)
        assessment = self._assess(customer, contacts, actions)
        return CustomerPicture(
            customer,
            tuple(contacts),
            tuple(actions),
            assessment,
            frozenset(after_block_ids(contacts, actions)),
        )

    def _assess(
        self,
        customer: Customer,
        contacts: list[Contact],
        actions: list[Action],
        average: Mapping[str, float] | None = None,
    ) -> Assessment:
        assert customer.id is not None
        if average is None:
            average = book_average_by_month(self._store.standing.inbound_times(), self._zone)
        tags = self._store.policies.clause_tags(customer.id)
        return assess(
            customer,
            contacts,
            actions,
            now=self._clock(),
            hourly_rate=self._settings.hourly_rate,
            currency_symbol=self._settings.currency_symbol,
            average_by_month=average,
            clause_contact_ids=frozenset(t.contact_id for t in tags),
            zone=self._zone,
        )

    def assess(self, customer_id: int) -> Assessment:
        customer = self._store.customers.get(customer_id)
        return self._assess(
            customer,
            self._contacts(customer_id),
            self._store.standing.actions_for(customer_id),
        )

    def refresh_risks(self) -> int:
        """Compute the risk of every customer whose score is missing or old; returns how many.

        Call before listing customers by risk (a new contact or action drops the score)."""
        stale = self._store.standing.stale_risk_customers(self._clock() - self.RISK_MAX_AGE)
        if not stale:
            return 0
        average = book_average_by_month(self._store.standing.inbound_times(), self._zone)
        scores = {}
        for customer_id in stale:
            customer = self._store.customers.get(customer_id)
            scores[customer_id] = self._assess(
                customer,
                self._contacts(customer_id),
                self._store.standing.actions_for(customer_id),
                average,
            ).risk
        with self._store.atomic():
            for customer_id, risk in scores.items():
                self._store.standing.save_risk(customer_id, risk)
        return len(scores)

    def risks(self, customer_ids: Iterable[int]) -> dict[int, int]:
        return self._store.standing.risks(customer_ids)
