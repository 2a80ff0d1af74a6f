"""One contact as a packet prints it: its current version, redacted, with its exhibits, and
what happened to it after it was logged (corrections, moves from another customer)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from app.core.domain import Category, Channel, Direction
from app.importing.html_text import HIDDEN_LINE
from app.importing.mail_bodies import FILE_LINE, HTML_LINE
from app.importing.suggest import Suggestion, suggest_categories
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


# What a part of a logged text is: the message's own words, its HTML version when that says
# something else, a text file shown with it, or words its styling hid from the reader.
BODY, HTML, FILE, HIDDEN = "body", "html", "file", "hidden"
# Steady's own lines between the parts, where the import writes them (at the start of the text
# or after a blank line): they are printed outside any quote of the customer's words.
_LINES = re.compile(
    r"(?:\A|\n\n)("
    + "|".join((re.escape(HTML_LINE), re.escape(HIDDEN_LINE), FILE_LINE.pattern))
    + r")\n"
)


@dataclass(frozen=True)
class TextBlock:
    """One part of a logged text: the customer's words and Steady's line before them."""

    words: str
    line: str = ""  # "" for the message's own words, which come first
    kind: str = BODY


def text_blocks(text: str) -> tuple[TextBlock, ...]:
    """A logged text in its parts. Text logged before mails were read this way has no lines:
    it is one part, as it was logged (evidence is never rewritten)."""
    blocks: list[TextBlock] = []
    start, line, kind = 0, "", BODY
    for found in _LINES.finditer(text):
        blocks.append(TextBlock(text[start : found.start()].strip(), line, kind))
        line = found.group(1)
        kind = HIDDEN if line == HIDDEN_LINE else HTML if line == HTML_LINE else FILE
        start = found.end()
        if kind == HIDDEN:
            break  # after it, every word is hidden, whatever it looks like
    if not blocks:
        return (TextBlock(text),)
    blocks.append(TextBlock(text[start:].strip(), line, kind))
    return tuple(block for block in blocks if block.words)


def quoted_from(blocks: tuple[TextBlock, ...], block: TextBlock) -> str:
    """Where quoted words come from, in Steady's words, when the text has more than one
    version of the message ("" when it has one)."""
    if block.kind == FILE:
        return f"From {block.line[:1].lower()}{block.line[1:].removesuffix(', reads:')}."
    if not any(other.kind == HTML for other in blocks):
        return ""
    if block.kind == HTML:
        return (
            "From the mail's HTML version, which most mail programs show; its plain-text "
            "version says something different."
        )
    return (
        "From the mail's plain-text version; its HTML version, which most mail programs show, "
        "says something different."
    )


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
    # What the import doubted about who wrote it, until the owner settled it
    # (app/importing/direction_doubts.py), and a chat line's speaker as the chat names them.
    doubt: str = ""
    speaker: str = ""

    @property
    def direction_doubt(self) -> str:
        """The import's doubt about who wrote it, while it stands: a correction of its
        direction by the owner settles it as the "Did you send these?" tick does."""
        return "" if "direction:" in self.changes else self.doubt

    @property
    def is_customers_words(self) -> bool:
        """The text is what the customer wrote, word for word: only then is it quoted as theirs.

        A call, a visit or a contact on "other" is logged as the note of whoever took it down
        ("Customer says she is locked out"), which is never the customer's own words.
        """
        if self.direction_doubt:
            return False
        return self.first_logged_as_written and written_by_customer(
            self.channel, self.direction, self.text
        )

    @property
    def blocks(self) -> tuple[TextBlock, ...]:
        return text_blocks(self.text)

    @cached_property
    def word_check(self) -> tuple[Suggestion, ...]:
        """Steady's word check on the text as printed: a packet asks it of one contact for its
        signs, its quotes and its letter, and each gets the same answer."""
        return tuple(suggest_categories(self.text))

    @property
    def seen_text(self) -> str:
        """The words its reader was shown, without Steady's own lines: a mail's words hidden by
        markup are never quoted as what the customer wrote, and of a mail whose HTML says
        something other than its plain text, the HTML is what most mail programs show."""
        if shown := self.quoted_block().words:
            return shown
        # A mail that is only a text file shown with it: the file is what its reader saw.
        return next((block.words for block in self.blocks if block.kind == FILE), "")

    def quoted_block(self, words: str = "") -> TextBlock:
        """The message's own words (its HTML version when that is what most mail programs
        show), never words its styling hid, and a text file shown with it only when it alone
        holds `words`; an empty block when the text has no message of its own."""
        message = [block for block in self.blocks if block.kind in (BODY, HTML)]
        files = [block for block in self.blocks if block.kind == FILE]
        needle = " ".join(words.split()).casefold()
        for block in (message + files) if words else ():
            # A text file is quoted only for the words the contact is flagged for, and then
            # with Steady's line saying where they come from.
            if needle in " ".join(block.words.split()).casefold():
                return block
        if not message:
            return TextBlock("")
        return next((block for block in message if block.kind == HTML), message[0])

    @property
    def is_staff_note(self) -> bool:
        if self.direction_doubt:
            return False
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
