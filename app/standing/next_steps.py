"""What to do next, and how urgent it is: the next steps for the signs and grounds found, and
the risk score the customer list sorts by.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from app.core.domain import Channel, Contact
from app.standing.action_records import Action, ActionKind
from app.standing.actions import UNDONE
from app.standing.reading import C
from app.standing.records import Escalation, Ground, NextStep, Sign

# The steps that answer each sign, most urgent first.
SIGN_STEPS: dict[str, tuple[ActionKind, ...]] = {
    C.THREAT_PHYSICAL.value: (ActionKind.POLICE_REPORT, ActionKind.STOP_CONVERSATION),
    C.THREAT_VANDALISM.value: (ActionKind.POLICE_REPORT, ActionKind.STOP_CONVERSATION),
    C.THREAT_LEGAL.value: (ActionKind.STOP_CONVERSATION, ActionKind.LEGAL_ADVICE),
    C.THREAT_CHARGEBACK.value: (ActionKind.STOP_CONVERSATION, ActionKind.REFUND),
    C.THREAT_PUBLIC.value: (ActionKind.STOP_CONVERSATION,),
    "harassment-social": (ActionKind.PLATFORM_REPORT,),
    "libel": (ActionKind.LEGAL_ADVICE,),
    "harassing-others": (ActionKind.WARNING,),  # on a platform, reported there too
    "abuse": (ActionKind.HANDOVER, ActionKind.WARNING),
    "burst": (ActionKind.WARNING,),
    "policy-breach": (ActionKind.WARNING,),
    "disproportionate-demand": (ActionKind.REFUND, ActionKind.REFER_ELSEWHERE),
    "pattern": (ActionKind.REFER_ELSEWHERE,),
}


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
RISK_WEIGHTS = {
    C.THREAT_PHYSICAL.value: 35,
    C.THREAT_VANDALISM.value: 30,
    C.THREAT_LEGAL.value: 15,
    C.THREAT_CHARGEBACK.value: 10,
    C.THREAT_PUBLIC.value: 10,
    "harassment-social": 15,
    "harassing-others": 15,
    "abuse": 15,
    "burst": 10,
    "pattern": 10,
    "policy-breach": 5,
    "disproportionate-demand": 8,
}


PLATFORM_CHANNELS = frozenset({Channel.SOCIAL, Channel.REVIEW})
# Threats that make someone feel unsafe: the police first, and one is enough to end it.
UNSAFE = frozenset({C.THREAT_PHYSICAL, C.THREAT_VANDALISM})
UNSAFE_SEVERITY = 5  # "threatening"


def _made_unsafe(contact: Contact) -> bool:
    """A threat to someone's safety, or "threatening" (5) with no other threat to explain it (a
    lawyer's letter may be a 5 and frightens nobody in the shop)."""
    if UNSAFE.intersection(contact.categories):
        return True
    other_threat = any(cat.is_threat for cat in contact.categories)
    return contact.severity >= UNSAFE_SEVERITY and not other_threat


def _sign_steps(sign: Sign, contacts: Sequence[Contact]) -> tuple[ActionKind, ...]:
    """The steps for a sign; going after other customers is reported to a platform only when it
    happened on one (a post, a review, a link), and to the police when someone was made unsafe."""
    steps = SIGN_STEPS.get(sign.key, ())
    if sign.key != C.HARASSING_OTHERS.value:
        return steps
    extra = []
    if any(_made_unsafe(c) for c in contacts):
        extra.append(ActionKind.POLICE_REPORT)
    if any(c.channel in PLATFORM_CHANNELS or c.details.url.strip() for c in contacts):
        extra.append(ActionKind.PLATFORM_REPORT)
    return (*extra, *steps)


def _ends_it(met: Sequence[Ground], contacts_by_id: Mapping[int, Contact]) -> bool:
    """Whether the grounds met call for ending the relationship: bad behaviour after a warning,
    or two grounds shown by more than one contact (one message, however loud, is a first
    complaint), or by a threat that made someone unsafe."""
    if any(g.key == "no-change-after-warning" for g in met):
        return True
    if len(met) < 2:
        return False
    behind = {i for g in met for i in g.contact_ids}
    return len(behind) >= 2 or any(
        UNSAFE.intersection(contacts_by_id[i].categories) for i in behind
    )


def find_next_steps(
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
        kinds = list(_sign_steps(sign, [contacts_by_id[i] for i in sign.contact_ids]))
        if sign.reason.endswith("may be libel."):
            kinds += SIGN_STEPS["libel"]
        for kind in kinds:
            if kind is ActionKind.WARNING and warned:
                continue
            because[kind].append(sign.title.lower())
            latest[kind] = max(latest.get(kind, last), last)
    met = [g for g in grounds if g.met]
    if _ends_it(met, contacts_by_id):
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


def risk_score(
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
