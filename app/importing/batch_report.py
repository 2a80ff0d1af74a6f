"""What an import batch was asked to do and what it did: options, progress, the items logged,
skipped and failed, and the senders nobody recognised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.importing.helpdesk_csv import ColumnMapping
from app.importing.images import ImageDetails
from app.importing.suggest import Suggestion
from app.importing.written_time import ReadAsLocal


@dataclass(frozen=True)
class ItemRef:
    """One thing in one file: message number in an mbox, row in a CSV, 0 for a whole file."""

    path: str
    index: int = 0


@dataclass(frozen=True)
class ImportedItem:
    ref: ItemRef
    source: str
    contact_id: int
    customer_id: int
    label: str
    warnings: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    missing_post_details: tuple[str, ...] = ()
    # Why it claims to be the business's but was logged as received: the owner is asked.
    doubted: str = ""
    # Why it claims to be the business's forward but was logged whole as the sender's.
    forward_doubted: str = ""
    # Its time, written without a zone, read as local time (one of `warnings` says so).
    read_as_local: ReadAsLocal | None = None


@dataclass(frozen=True)
class ImportFailure:
    source: str
    reason: str


@dataclass(frozen=True)
class LeftOut:
    """A file in an imported folder that is not evidence (a mail program's index, an empty
    file): not imported, and said so."""

    source: str
    reason: str


@dataclass(frozen=True)
class FileNote:
    """What the owner should know about one file beyond its counts: why a mailbox gave
    nothing new ("All 48 messages were already in the log")."""

    source: str
    text: str


@dataclass(frozen=True)
class Unmatched:
    """A message no customer matched; the owner picks or creates the customer."""

    ref: ItemRef
    source: str
    key: str  # the address or handle to match on (lower case), "" when there is none
    name: str  # the sender's name as written, to prefill a new customer
    label: str
    on_screen: int | None = None  # the customer the files were given to, if any
    known_as: int | None = None  # the customer the sender's address belongs to, if another
    warnings: tuple[str, ...] = ()  # what could not be read (a damaged picture, no sender)


EMPTY_FOLDER = (
    "The folder has no files in it, so nothing was imported. Was it the right folder? "
    "(Files whose names start with a dot are skipped.)"
)


def failure_runs(failures: list[ImportFailure]) -> list[tuple[str, str]]:
    """(what failed, why) with each run of failures for the same reason told once: a full
    disk fails the 100 messages of a batch and every file after it, and a hundred lines
    saying the same thing hide the one that matters."""
    runs: list[list[ImportFailure]] = []
    for failure in failures:
        if runs and runs[-1][0].reason == failure.reason:
            runs[-1].append(failure)
        else:
            runs.append([failure])
    told = []
    for run in runs:
        if len(run) == 1:
            told.append((run[0].source, run[0].reason))
        else:
            told.append((f"{run[0].source} … {run[-1].source} ({len(run):,})", run[0].reason))
    return told


def left_out_text(count: int) -> str:
    if not count:
        return ""
    files = "1 file that is" if count == 1 else f"{count} files that are"
    return f" Left out {files} not evidence (a mail program's or Steady's own files, empty files)."


@dataclass
class ImportReport:
    imported: list[ImportedItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""  # why the batch stopped early (a full disk, a locked database)
    left_out: list[LeftOut] = field(default_factory=list)
    notes: list[FileNote] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        text = (
            f"Imported {len(self.imported)}, skipped {len(self.skipped)} already there, "
            f"failed {len(self.failed)}."
        )
        if self.unmatched:
            text += f" {len(self.unmatched)} waiting for you to choose the customer."
        text += left_out_text(len(self.left_out))
        if self.cancelled:
            text += " Cancelled: the rest was not imported."
        return text

    def merge(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.skipped += other.skipped
        self.failed += other.failed
        self.unmatched = other.unmatched
        self.cancelled = self.cancelled or other.cancelled
        self.stopped = self.stopped or other.stopped
        self.left_out += other.left_out
        self.notes += other.notes


@dataclass
class ImportOptions:
    customer_id: int | None = None  # everything goes to this customer (dropped onto them)
    # With customer_id: a message whose sender is someone else, or nobody known, is asked
    # about instead (the window); without it customer_id takes everything (--customer).
    ask_about_senders: bool = False
    assignments: dict[str, int] = field(default_factory=dict)  # address/handle -> customer
    only: frozenset[ItemRef] | None = None  # import just these (after picking customers)
    item_customers: dict[ItemRef, int] = field(default_factory=dict)  # the owner's picks
    image_details: dict[str, ImageDetails] = field(default_factory=dict)
    csv_mappings: dict[str, ColumnMapping] = field(default_factory=dict)
    image_extensions: frozenset[str] = frozenset()  # e.g. ".tga", read by the window


@dataclass(frozen=True)
class Progress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str
    imported: int
    skipped: int
    failed: int
