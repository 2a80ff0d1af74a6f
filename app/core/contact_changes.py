"""What changes a logged contact: an attachment added, a correction, a move to another
customer. The original stays as first saved; each change is a record of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.domain import ContactDetails


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    data: bytes
    mime: str = "application/octet-stream"
    note: str = ""


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
