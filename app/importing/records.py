"""What an import leaves behind besides contacts: the file record, the facts of a post shown
in a screenshot, and the words behind each suggested category."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.core.domain import Category


@dataclass(frozen=True)
class ImportFileRecord:
    """One file taken in (a whole mbox is one record), with what became of its messages."""

    filename: str
    kind: str
    size: int
    sha256: str
    imported: int
    skipped: int
    failed: int
    note: str = ""


@dataclass(frozen=True)
class PostDetails:
    """What makes a screenshot of a post good evidence: where, who, and when it was posted."""

    platform: str = ""
    url: str = ""
    handle: str = ""
    posted_at: datetime | None = None
    captured_at: datetime | None = None
    captured_from: str = ""  # "EXIF", "file time" or "entered"


# Printed beside a category only the word check gave: packets, the log, the contact's view.
NOT_REVIEWED = "suggested by Steady's word check, not reviewed"


@dataclass(frozen=True)
class CategorySuggestion:
    id: int
    contact_id: int
    category: Category
    words: tuple[str, ...] = field(default_factory=tuple)
    status: str = "suggested"  # "suggested", "confirmed" or "cleared"
