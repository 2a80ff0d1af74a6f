"""What the business did about a customer: the kinds of action and the logged action itself.

Apart from the rest of the standing records because the log shows actions beside contacts from
the first paint, while the assessment's shapes load only when it runs.
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
    BLOCK_OTHER = "block-other"  # a checklist item the owner added (TikTok, a forum…)
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

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]

    @property
    def is_block(self) -> bool:
        return self.value.startswith("block-") or self is ActionKind.UNSUBSCRIBE


ACTION_LABELS = {
    ActionKind.BLOCK_EMAIL: "Blocked email / helpdesk",
    ActionKind.BLOCK_IP: "Blocked IP address",
    ActionKind.UNSUBSCRIBE: "Unsubscribed and blocked from the mailing list",
    ActionKind.BLOCK_FACEBOOK: "Blocked and reported on Facebook",
    ActionKind.BLOCK_X: "Blocked and reported on X / Twitter",
    ActionKind.BLOCK_INSTAGRAM: "Blocked and reported on Instagram",
    ActionKind.BLOCK_REVIEW_SITE: "Reported on a review site",
    ActionKind.BLOCK_PHONE: "Blocked phone number",
    ActionKind.BLOCK_OTHER: "Blocked elsewhere",
    ActionKind.REFUND: "Refund",
    ActionKind.CREDIT: "Credit",
    ActionKind.CANCEL: "Cancelled the account or order",
    ActionKind.WARNING: "Warning sent",
    ActionKind.POLICE_REPORT: "Reported to the police",
    ActionKind.PLATFORM_REPORT: "Reported to the platform",
    ActionKind.LEGAL_ADVICE: "Referred to a lawyer",
    ActionKind.STOP_CONVERSATION: "Stopped the conversation to take advice",
    ActionKind.HANDOVER: "Handed over to another staff member",
    ActionKind.REFER_ELSEWHERE: "Suggested another business",
    ActionKind.TERMINATE: "Ended the relationship",
    ActionKind.STATUS_CHANGE: "Status changed",
    ActionKind.PRESERVATION_REQUEST: "Asked a platform to preserve evidence",
    ActionKind.PACKET: "Packet prepared",
    ActionKind.NOTE: "Note",
}


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
    # When it was entered into Steady (None where not read from the log): a packet says so
    # when that was long after the date it carries.
    recorded_at: datetime | None = None
