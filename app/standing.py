"""Where a customer stands: the shapes of the assessment, actions and policies.

These are the contract between the assessment (rules in app/assessment.py), storage, the
customer page and the packets. Money is Decimal; times are aware datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class ActionKind(StrEnum):
    """Something the business did. The values are the command line's hyphenated names."""

    BLOCK_EMAIL = "block-email"
    BLOCK_IP = "block-ip"
    UNSUBSCRIBE = "unsubscribe"
    BLOCK_FACEBOOK = "block-facebook"
    BLOCK_X = "block-x"
    BLOCK_INSTAGRAM = "block-instagram"
    BLOCK_REVIEW_SITE = "block-review-site"
    BLOCK_PHONE = "block-phone"
    REFUND = "refund"
    CREDIT = "credit"
    CANCEL = "cancel"
    WARNING = "warning"
    POLICE_REPORT = "police-report"
    PLATFORM_REPORT = "platform-report"
    LEGAL_ADVICE = "legal-advice"
    STOP_CONVERSATION = "stop-conversation"
    HANDOVER = "handover"
    REFER_ELSEWHERE = "refer-elsewhere"
    TERMINATE = "terminate"
    STATUS_CHANGE = "status-change"
    PRESERVATION_REQUEST = "preservation-request"
    PACKET = "packet"
    NOTE = "note"


@dataclass(frozen=True)
class Action:
    id: int
    customer_id: int
    kind: ActionKind
    occurred_at: datetime
    by: str = ""
    reference: str = ""  # a platform ticket, police report number, refund id…
    amount: Decimal | None = None
    note: str = ""
    contact_id: int | None = None  # the contact it answers, when there is one
    # Kind-specific facts, e.g. police: officer, badge, station; block: check_again (ISO date).
    details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sign:
    """A sign the customer is in the wrong, with the contacts that show it."""

    key: str  # e.g. "threat-legal", "burst", "pattern", "disproportionate-demand"
    title: str
    reason: str  # one line, plain words
    contact_ids: tuple[int, ...]


@dataclass(frozen=True)
class Ground:
    """A ground to end the relationship; met or not yet."""

    key: str  # "abuse-or-unsafe", "threats", "no-change-after-warning"
    title: str
    met: bool
    reason: str
    contact_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Escalation:
    worsening: bool
    reason: str
    recent_per_week: float
    before_per_week: float
    recent_mean_severity: float
    before_mean_severity: float


@dataclass(frozen=True)
class CustomerCost:
    minutes: int
    hourly_rate: Decimal
    cost: Decimal
    paid: Decimal
    currency_symbol: str
    inbound_messages: int
    days: int
    messages_per_day: float

    @property
    def sentence(self) -> str:
        hours, minutes = divmod(self.minutes, 60)
        spent = f"{hours} h {minutes} min" if hours else f"{minutes} min"
        s = self.currency_symbol
        return (
            f"{self.inbound_messages} messages over {self.days} days, {spent} of your time "
            f"(≈ {s}{self.cost:,.2f}) for {s}{self.paid:,.2f} paid"
        )


@dataclass(frozen=True)
class NextStep:
    key: str
    text: str  # plain words: "Stop the conversation and take advice"
    action: ActionKind  # what is logged when the owner marks it done
    because: str = ""  # the sign it answers


@dataclass(frozen=True)
class MonthVolume:
    month: str  # "2026-07"
    contacts: int
    average_customer: float


@dataclass(frozen=True)
class Assessment:
    customer_id: int
    signs: tuple[Sign, ...]
    grounds: tuple[Ground, ...]
    escalation: Escalation
    cost: CustomerCost
    next_steps: tuple[NextStep, ...]
    risk: int  # 0–100, for sorting the customer list
    monthly: tuple[MonthVolume, ...] = ()

    @property
    def grounds_met(self) -> tuple[Ground, ...]:
        return tuple(g for g in self.grounds if g.met)


@dataclass(frozen=True)
class PolicyVersion:
    id: int
    policy_id: int
    policy_name: str  # "Terms of service", "Refund policy", "Acceptable-behaviour policy"
    version: str  # "3"
    text: str  # the exact wording
    effective_from: datetime


@dataclass(frozen=True)
class Agreement:
    id: int
    customer_id: int
    policy_version_id: int
    agreed_at: datetime
    method: str  # "checkbox at checkout", "signed contract", "chat pre-agreement"
    attachment_id: int | None = None
    note: str = ""
