"""Where a customer stands: the shapes of the assessment, actions and policies.

These are the contract between the assessment (rules in app/standing/assessment.py), storage, the
customer page and the packets. Money is Decimal; times are aware datetimes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.core.durations import duration
from app.core.money import money_text
from app.standing.action_records import ActionKind


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
    # The warning a "bad behaviour after a warning" ground counts from, so a packet speaking of
    # that warning speaks of this one and no other.
    since: datetime | None = None


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
        s = self.currency_symbol
        return self.sentence_in(lambda amount: money_text(amount, s))

    def sentence_in(self, money: Callable[[Decimal], str]) -> str:
        """The sentence with amounts written by `money` (the window: the owner's locale)."""
        spent = duration(self.minutes)
        if not self.inbound_messages:  # not "0 messages over 0 days"
            time = f"{spent} of your time (≈ {money(self.cost)})" if self.minutes else ""
            paid = f"{money(self.paid)} paid" if self.paid else "nothing paid"
            return f"No messages from them yet; {time}{'; ' * bool(time)}{paid}"
        return (
            f"{self.inbound_messages} message{'' if self.inbound_messages == 1 else 's'} over "
            f"{self.days} day{'' if self.days == 1 else 's'}, {spent} of your time "
            f"(≈ {money(self.cost)}) for {money(self.paid)} paid"
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
    entered_at: datetime | None = None  # when its wording was typed into Steady


@dataclass(frozen=True)
class Agreement:
    id: int
    customer_id: int
    policy_version_id: int
    agreed_at: datetime
    method: str  # "checkbox at checkout", "signed contract", "chat pre-agreement"
    attachment_id: int | None = None
    note: str = ""
    # Withdrawn by the owner (recorded by mistake): kept, shown as withdrawn, never relied on.
    withdrawn_at: datetime | None = None
    withdrawn_reason: str = ""
    recorded_at: datetime | None = None  # when it was entered into Steady


@dataclass(frozen=True)
class Policy:
    """One policy in the library; its wording lives in its versions."""

    id: int
    name: str
    latest: PolicyVersion | None = None


@dataclass(frozen=True)
class AgreementFile:
    """The evidence of an agreement: a signed contract, a checkout screenshot."""

    id: int
    agreement_id: int
    sha256: str
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class ClauseTag:
    """A contact marked as breaking a clause of a policy version."""

    id: int
    contact_id: int
    policy_version_id: int
    clause: str  # "section 2", "2.1 Respectful language"
    note: str
    tagged_at: datetime
    withdrawn_at: datetime | None = None  # taken back by the owner: no longer counted
    withdrawn_reason: str = ""
