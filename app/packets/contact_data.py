"""One contact as a packet prints it: its current version, redacted, with its exhibits, and
what happened to it after it was logged (corrections, moves from another customer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.domain import Category, Channel, Direction
from app.importing.html_text import HIDDEN_LINE
from app.standing.attribution import NOTE_CHANNELS, note_label, note_lead, written_by_customer


@dataclass(frozen=True)
class Correction:
    """One correction of a logged contact, as the ledger recorded it."""

    corrected_at: datetime
    reason: str
    by: str = ""  # who, on which computer ("jordan on shop-laptop"); "" when not recorded


@dataclass(frozen=True)
class Move:
    """A contact moved from one customer to another after it was logged, as the ledger
    recorded it: the packet says so wherever the contact is printed as this customer's."""

    moved_at: datetime
    reason: str
    from_customer_id: int
    to_customer_id: int
    by: str = ""  # who, on which computer; "" when not recorded


@dataclass(frozen=True)
class PacketContact:
    """One contact as it is printed: the current version, redacted, with its exhibits.

    When the customer's written words were corrected after they were received, `text` holds
    them as first received (that is what the customer wrote) and `corrected_text` the wording
    the correction gave them; `corrections` says when, by whom and why."""

    id: int
    occurred_at: datetime
    zone: str  # the offset the time was given in, e.g. "+01:00"
    channel: Channel
    direction: Direction
    text: str
    summary: str = ""
    categories: tuple[Category, ...] = ()
    severity: int = 1
    minutes: int = 0
    url: str = ""
    staff: str = ""
    source: str = ""
    revision: int = 0  # >0: corrected; the original stays in the log
    exhibits: tuple[int, ...] = ()  # exhibit numbers
    logged_at: datetime | None = None  # when it was entered into Steady
    corrections: tuple[Correction, ...] = ()
    corrected_text: str = ""  # the corrected wording, when the customer's words were changed
    # False when the contact was first logged as something other than the customer's writing
    # (a call note, a reply) and a correction made it look like theirs.
    first_logged_as_written: bool = True
    # Its categories that Steady's word check suggested and the owner has not reviewed yet.
    unreviewed: tuple[Category, ...] = ()
    # When it was first logged as happening, if a correction changed the time since.
    first_occurred_at: datetime | None = None
    # What corrections changed beside the words and time, "first → now" (corrections.py).
    changes: str = ""
    moves: tuple[Move, ...] = ()  # first logged under another customer, then moved here
    # The severity is the one Steady's word check gave it, and the owner has not reviewed it.
    severity_suggested: bool = False
    # What its entry says when the row was changed outside Steady ("" when it was not).
    changed_outside: str = ""
    # Files attached to it, then withdrawn as added by mistake: not its exhibits, but said.
    files_withdrawn: int = 0

    @property
    def is_customers_words(self) -> bool:
        """The text is what the customer wrote, word for word: only then is it quoted as theirs.

        A call, a visit or a contact on "other" is logged as the note of whoever took it down
        ("Customer says she is locked out"), which is never the customer's own words.
        """
        return self.first_logged_as_written and written_by_customer(
            self.channel, self.direction, self.text
        )

    @property
    def seen_text(self) -> str:
        """The words its reader was shown: a mail's words hidden by markup are kept after their
        own line (app/importing/html_text.py), never quoted as what the customer wrote."""
        return (
            self.text.partition(HIDDEN_LINE)[0].rstrip() if HIDDEN_LINE in self.text else self.text
        )

    @property
    def is_staff_note(self) -> bool:
        return self.direction is Direction.INBOUND and not self.is_customers_words

    @property
    def note_label(self) -> str:
        """ "Note of the phone call by Sam": who wrote the text down, when it is a note."""
        return note_label(self.channel, self.staff)

    @property
    def note_lead(self) -> str:
        """ "Sam's note of the call": the note's attribution inside a sentence."""
        return note_lead(self.channel, self.staff)

    @property
    def logged_late(self) -> bool:
        """Entered more than two days after it happened (imported, or written from memory).

        A correction of the time cannot make an entry timely: it is late when it is late by
        the time first recorded or by the corrected one."""
        if self.logged_at is None:
            return False
        times = (self.occurred_at, self.first_occurred_at or self.occurred_at)
        return any(self.logged_at - moment > LATE_LOGGING for moment in times)


LATE_LOGGING = timedelta(days=2)
# Contacts whose text is a note of what was said or passed on, not the customer's writing.
SPOKEN_CHANNELS = NOTE_CHANNELS
