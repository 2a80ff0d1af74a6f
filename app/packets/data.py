"""Everything a packet shows, as plain data: assembled in app/, drawn by reports/.

A renderer needs nothing but a PacketData: it never reads the database. Texts here are
already redacted: each redacted span is one REDACTED character, which the renderer prints
as a black bar reading "[redacted]" (and `unredacted_marks()` turns into words for plain
text), so the redacted words are not in the data handed to the renderer at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import Protocol

from app.core.domain import Category
from app.packets.contact_data import PacketContact
from app.packets.policy_data import PolicyBreach
from app.standing.action_records import Action
from app.standing.records import Ground, MonthVolume, Sign

REDACTED = "\ue000"  # a private-use character: never in real customer text
REDACTED_WORDS = "[redacted]"


def unredacted_marks(text: str) -> str:
    """Plain text for letters copied out of Steady: each redacted span reads "[redacted]"."""
    return text.replace(REDACTED, REDACTED_WORDS)


class _Weighed(Protocol):
    @property
    def severity(self) -> int: ...
    @property
    def categories(self) -> tuple[Category, ...]: ...
    @property
    def occurred_at(self) -> datetime: ...


def worst_first(contact: _Weighed) -> tuple[int, bool, bool, datetime]:
    """Sort key for the customer's words at their worst: severity, then threats, then abuse,
    then the earliest."""
    return (
        -contact.severity,
        not any(k.is_threat for k in contact.categories),
        Category.ABUSE not in contact.categories,
        contact.occurred_at,
    )


class PacketKind(StrEnum):
    TERMINATION = "termination"
    LEGAL = "legal"

    @property
    def heading(self) -> str:
        return "Termination packet" if self is PacketKind.TERMINATION else "Legal referral packet"


@dataclass(frozen=True)
class BusinessProfile:
    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # image bytes (PNG/JPEG)
    owner_name: str = ""
    signature: str = ""
    currency_symbol: str = "$"


@dataclass(frozen=True)
class PacketCustomer:
    id: int
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    account_ref: str = ""
    amount_paid: Decimal = Decimal("0")
    status: str = ""
    first_contact: datetime | None = None
    last_contact: datetime | None = None
    # Identifying details the owner has since edited, one line each (customer_history.py).
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmailView:
    """A saved email as printed: every header as it arrived, then the readable body."""

    headers: tuple[tuple[str, str], ...]
    body: str


@dataclass(frozen=True)
class Exhibit:
    number: int
    filename: str
    mime: str
    size: int
    sha256: str
    data: bytes  # the original, byte for byte (the bundle copies it; images are drawn)
    contact_id: int
    source: str  # how it came in: "import:eml", "manual", "screenshot-post"…
    captured_at: datetime  # when Steady stored it (not when it was captured: capture_time)
    occurred_at: datetime  # when the contact it belongs to happened
    url: str = ""
    note: str = ""
    email: EmailView | None = None
    # A text file's words as the packet prints them (redacted in a redacted packet); "" for
    # any other file. The original bytes above stay as they are.
    text: str = ""
    stored_by: str = ""  # who stored it, on which computer, as the ledger recorded
    # When it was captured, as the owner entered it or the file gave it; None when unknown.
    capture_time: datetime | None = None
    capture_from: str = ""  # "EXIF", "file time" or "entered"
    # The SHA-256 of the bytes the log holds now, when they no longer match sha256 (the one
    # recorded when the file was stored): the file was altered outside Steady. "" when they match.
    sha256_now: str = ""

    @property
    def label(self) -> str:
        return f"Exhibit {self.number}"

    @property
    def altered(self) -> bool:
        return bool(self.sha256_now)

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class ThreatGroup:
    category: Category
    contact_ids: tuple[int, ...]
    unreviewed_ids: tuple[int, ...] = ()  # flagged so only by a suggestion nobody reviewed

    @property
    def title(self) -> str:
        return self.category.label


@dataclass(frozen=True)
class RepeatedMessage:
    """The same message sent again and again, printed as one entry with the words quoted once;
    each copy is still its own contact in the log and its own exhibit."""

    contact_ids: tuple[int, ...]  # the copies, in time order
    sentence: str  # "the same message 23 times on social media on Wed 10 Jun 2026 between …"


@dataclass(frozen=True)
class PublicPost:
    contact_id: int
    platform: str
    url: str
    handle: str
    captured_at: datetime | None  # as the owner entered it or the file gave it
    occurred_at: datetime
    text: str
    exhibits: tuple[int, ...] = ()
    # The owner flagged it as harassment on social networks (their number, their target): such
    # posts are put forward as harassment, never as untrue; any other is listed with no claim.
    flagged: bool = False
    captured_from: str = ""  # "EXIF", "file time" or "entered"
    stored_at: datetime | None = None  # when Steady stored its screenshot


@dataclass(frozen=True)
class WarningGiven:
    occurred_at: datetime
    text: str
    contact_id: int | None = None
    by: str = ""
    entered_at: datetime | None = None  # when it was entered into Steady, when known


@dataclass(frozen=True)
class WithdrawnFile:
    """A file the owner withdrew from a contact as added by mistake: not an exhibit, but
    disclosed with when and why, so nothing attached to the log leaves it unseen."""

    contact_id: int
    filename: str
    sha256: str
    size: int
    attached_at: datetime
    withdrawn_at: datetime
    reason: str


@dataclass(frozen=True)
class SeverityPoint:
    occurred_at: datetime
    severity: int
    suggested: bool = False  # the word check's guess, not reviewed: drawn hollow


@dataclass(frozen=True)
class Integrity:
    verified: bool
    entries: int
    head_hash: str
    records_checked: int
    blobs_checked: int
    checked_at: datetime
    problems: tuple[str, ...] = ()
    # Each RFC 3161 time-stamp the log holds, in words (time, service, entries certified).
    time_stamps: tuple[str, ...] = ()
    # Each restore of an older copy that left entries out of the log, in words.
    restores: tuple[str, ...] = ()
    # Entries dated earlier than the entry before them (a clock set back), in words: a date
    # printed from them is not when they were made.
    clock_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redaction:
    """Text the owner marked as not to be handed on; None contact_id means everywhere."""

    text: str
    contact_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class AppliedRedaction:
    redaction: Redaction
    places: int  # how many times it was blacked out


@dataclass(frozen=True)
class TerminationTerms:
    closed_as_of: date
    refund: Decimal
    letter: str  # the letter as the owner edited it (redactions applied)
    language: str = "en"  # the letter's: "es", "fr", "de" or English


@dataclass(frozen=True)
class CostLine:
    sentence: str  # "14 messages over 8 days, 3 h 10 min of your time (≈ $142.50) for $19.95 paid"


@dataclass(frozen=True)
class PeriodFacts:
    """The period the owner asked for, and how many of the log's contacts are not printed."""

    asked_from: date | None
    asked_to: date | None
    in_log: int  # contacts in the whole log
    before: int  # outside the period, before it
    after: int  # outside the period, after it
    unticked: int  # in the period, left out by the owner

    @property
    def asked(self) -> bool:
        return self.asked_from is not None or self.asked_to is not None

    @property
    def outside(self) -> int:
        return self.before + self.after


@dataclass(frozen=True)
class VolumeBaseline:
    """What the volume chart compares the customer with: every other customer in Steady."""

    other_customers: int
    first_month: str  # "2026-03"; the months shown are the packet's whole period
    last_month: str


@dataclass(frozen=True)
class PacketData:
    kind: PacketKind
    number: str
    generated_at: datetime  # aware, in the owner's zone
    paper_size: str  # "A4" or "Letter"
    business: BusinessProfile
    customer: PacketCustomer
    period: tuple[datetime | None, datetime | None]
    contacts: tuple[PacketContact, ...]  # the log in time order, oldest first
    exhibits: tuple[Exhibit, ...]
    integrity: Integrity
    summary: tuple[str, ...] = ()  # plain sentences for the summary page
    cost: CostLine | None = None
    grounds: tuple[Ground, ...] = ()
    signs: tuple[Sign, ...] = ()
    threats: tuple[ThreatGroup, ...] = ()
    public_posts: tuple[PublicPost, ...] = ()
    harassment_of_others: tuple[int, ...] = ()  # contact ids
    examples: tuple[int, ...] = ()  # contact ids of the chosen examples
    examples_chosen_by: str = "steady"  # "steady" (by the rule in EXAMPLES_RULE) or "owner"
    warnings: tuple[WarningGiven, ...] = ()
    policies: tuple[PolicyBreach, ...] = ()
    termination: TerminationTerms | None = None
    purpose: str = ""
    contact_person: str = ""  # name, role, phone, email of who to talk to
    narrative: str = ""
    actions: tuple[Action, ...] = ()
    # Staff notes recorded but left out (the owner did not choose to include them).
    notes_left_out: int = 0
    monthly: tuple[MonthVolume, ...] = ()
    severity: tuple[SeverityPoint, ...] = ()
    redactions: tuple[AppliedRedaction, ...] = ()
    records_keeper: str = ""  # who kept the records (certification page)
    notes: tuple[str, ...] = field(default=())  # caveats printed with the summary
    period_facts: PeriodFacts | None = None
    baseline: VolumeBaseline | None = None
    repeats: tuple[RepeatedMessage, ...] = ()
    # The owner left the pictures out: each image exhibit is listed, not drawn.
    pictures_left_out: bool = False
    # Contacts withdrawn as logged by mistake, one line each (app/packets/withdrawn.py).
    withdrawn: tuple[str, ...] = ()
    # Files withdrawn as added by mistake (app/packets/withdrawn_files.py).
    withdrawn_files: tuple[WithdrawnFile, ...] = ()

    @cached_property
    def _repeat_of(self) -> dict[int, RepeatedMessage]:
        return {i: repeat for repeat in self.repeats for i in repeat.contact_ids}

    def repeat_of(self, contact_id: int) -> RepeatedMessage | None:
        """The repeated message this contact is a copy of, if it is one."""
        return self._repeat_of.get(contact_id)

    @cached_property
    def _contacts_by_id(self) -> dict[int, PacketContact]:
        return {contact.id: contact for contact in self.contacts}

    def contact(self, contact_id: int) -> PacketContact | None:
        return self._contacts_by_id.get(contact_id)

    def exhibit(self, number: int) -> Exhibit:
        return self.exhibits[number - 1]
