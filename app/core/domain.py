"""The words of Steady as data: customers, contacts and their evidence, as the log shows them.

Money is Decimal; times are aware datetimes in UTC. The records of what changes a contact
(`contact_changes`), of the ledger (`ledger_records`) and of a search (`search_hits`) live
beside this module: each frozen dataclass costs about a millisecond to define, and the window
paints the log before any of them is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    SOCIAL = "social"
    REVIEW = "review"
    IN_PERSON = "in-person"
    LETTER = "letter"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.EMAIL: "Email",
    Channel.PHONE: "Phone call",
    Channel.CHAT: "Chat",
    Channel.SOCIAL: "Social media",
    Channel.REVIEW: "Review site",
    Channel.IN_PERSON: "In person",
    Channel.LETTER: "Letter",
    Channel.OTHER: "Other",
}


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    @property
    def label(self) -> str:
        return "From the customer" if self is Direction.INBOUND else "From us"


class Category(StrEnum):
    ABUSE = "abuse"
    THREAT_LEGAL = "threat-legal"
    THREAT_CHARGEBACK = "threat-chargeback"
    THREAT_PUBLIC = "threat-public"
    THREAT_VANDALISM = "threat-vandalism"
    THREAT_PHYSICAL = "threat-physical"
    HARASSMENT_SOCIAL = "harassment-social"
    HARASSING_OTHERS = "harassing-others"
    DISPROPORTIONATE_DEMAND = "disproportionate-demand"
    TOS_VIOLATION = "tos-violation"
    REPEATED_CONTACT = "repeated-contact"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @property
    def is_threat(self) -> bool:
        return self.value.startswith("threat-")


_CATEGORY_LABELS = {
    Category.ABUSE: "Abusive language",
    Category.THREAT_LEGAL: "Threat of legal action",
    Category.THREAT_CHARGEBACK: "Threat of chargeback",
    Category.THREAT_PUBLIC: "Threat of public retaliation / bad reviews",
    Category.THREAT_VANDALISM: "Threat of vandalism",
    Category.THREAT_PHYSICAL: "Threat of physical harm",
    Category.HARASSMENT_SOCIAL: "Harassment on social networks",
    Category.HARASSING_OTHERS: "Harassing other customers",
    Category.DISPROPORTIONATE_DEMAND: "Demand out of proportion",
    Category.TOS_VIOLATION: "Terms-of-service violation",
    Category.REPEATED_CONTACT: "Repeated contact",
}


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    WARNED = "warned"
    BLOCKED = "blocked"
    TERMINATED = "terminated"
    REFERRED_TO_COUNSEL = "referred-to-counsel"
    REPORTED_TO_POLICE = "reported-to-police"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


SEVERITY_LABELS = {
    1: "1 · mild",
    2: "2 · rude",
    3: "3 · hostile",
    4: "4 · abusive",
    5: "5 · threatening",
}


@dataclass(frozen=True)
class Customer:
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()  # "platform: @handle", as the owner writes it
    account_ref: str = ""
    amount_paid: Decimal = Decimal("0")
    notes: str = ""
    status: CustomerStatus = CustomerStatus.ACTIVE
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CustomerSummary:
    """One row of the customer list."""

    id: int
    name: str
    status: CustomerStatus
    contact_count: int
    last_contact_at: datetime | None
    emails: tuple[str, ...] = ()
    # Categories Steady's word check suggested on one of their messages, not yet kept or cleared.
    waiting_review: bool = False


@dataclass(frozen=True)
class ContactDetails:
    """What the owner writes about one contact; a correction is a new set of these."""

    occurred_at: datetime
    channel: Channel
    direction: Direction
    text: str
    summary: str = ""
    categories: tuple[Category, ...] = ()
    severity: int = 1
    minutes: int = 0
    url: str = ""
    staff: str = ""
    occurred_tz: str = ""


@dataclass(frozen=True)
class Attachment:
    id: int
    contact_id: int
    sha256: str
    filename: str
    mime: str
    size: int
    added_at: datetime
    note: str = ""

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


# A contact's source when it was saved from a screenshot of a public post (its URL, author and
# time are asked for: the log warns until they are filled in).
POST_SOURCE = "screenshot-post"


@dataclass(frozen=True)
class Contact:
    id: int
    customer_id: int
    details: ContactDetails
    revision: int  # 0 while the contact is as first logged
    source: str
    external_id: str | None
    in_reply_to: int | None
    created_at: datetime
    attachment_count: int = 0

    # Shortcuts for the fields read everywhere.
    @property
    def occurred_at(self) -> datetime:
        return self.details.occurred_at

    @property
    def channel(self) -> Channel:
        return self.details.channel

    @property
    def direction(self) -> Direction:
        return self.details.direction

    @property
    def text(self) -> str:
        return self.details.text

    @property
    def summary(self) -> str:
        return self.details.summary

    @property
    def categories(self) -> tuple[Category, ...]:
        return self.details.categories

    @property
    def severity(self) -> int:
        return self.details.severity

    @property
    def minutes(self) -> int:
        return self.details.minutes
