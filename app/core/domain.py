"""The words of Steady as data: customers, contacts, evidence and the ledger.

Money is Decimal; times are aware datetimes in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
class NewAttachment:
    filename: str
    data: bytes
    mime: str = "application/octet-stream"
    note: str = ""


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


@dataclass(frozen=True)
class ContactMove:
    """A contact logged under the wrong customer, moved to the right one; never undone silently."""

    contact_id: int
    from_customer_id: int
    to_customer_id: int
    reason: str
    moved_at: datetime


@dataclass(frozen=True)
class ContactRevision:
    """One version of a contact; number 0 is the original exactly as first saved."""

    contact_id: int
    number: int
    details: ContactDetails
    revised_at: datetime
    reason: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "customer"
    id: int
    customer_id: int
    customer_name: str
    title: str
    snippet: str  # matched words wrapped in HIT_START / HIT_END
    occurred_at: datetime | None = None
    channel: Channel | None = None


HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    at: datetime
    action: str
    entity: str
    entity_id: int
    digest: str
    detail: dict[str, object]
    prev_hash: str
    hash: str
    actor: str = ""  # who, on which computer ("jordan on shop-laptop")


@dataclass
class VerifyReport:
    entries: int = 0
    head_hash: str = ""
    records_checked: int = 0
    blobs_checked: int = 0
    problems: list[str] = field(default_factory=list)
    anchors_checked: int = 0  # heads written down outside the database that it still holds

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> str | None:
        return self.problems[0] if self.problems else None


@dataclass(frozen=True)
class TimeStamp:
    """A token signed by a time-stamping service over the ledger head at `entries`."""

    entries: int
    head_hash: str
    token: bytes  # the DER TimeStampResp, exactly as the service sent it
    stamped_at: datetime  # the time the service signed (its genTime)
    service: str
    id: int | None = None
