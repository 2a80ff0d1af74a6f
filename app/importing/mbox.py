"""Splitting an mbox file (Thunderbird, Google Takeout) into messages, streamed.

A 2 GB mailbox is read a line at a time: only one message is in memory at once, and a
message too big to keep is skipped over without being held. Each message's bytes are kept
exactly as they stand in the file, without the "From " separator line.

A line starting "From " separates two messages only when it looks like the separator mbox
writers put there ("From <sender> <date>", after a blank line). Not every exporter quotes a
body line such as "From what I can tell…" as ">From …", so any other "From " line is the
customer's words and stays in the message it is part of. So does a separator-shaped line
that comes before the end of the message's last MIME part, once that end shows up: a
customer's mail can carry a whole forged message "from the shop" behind such a line. A
message whose last part never ends is not allowed to swallow the ones after it.

A plain one-part message has no end to wait for: a message behind a separator its mailbox's
writer did not mark as its own is kept, with why it may be words inside the message before it
(app/importing/mbox_marks.py), and its claim to be the business's is doubted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.importing.mbox_marks import WriterMarks

LINE_LIMIT = 1024 * 1024
BOM = b"\xef\xbb\xbf"

_DAY = rb"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_MONTH = rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_TIME = rb"\d{1,2}:\d{2}(?::\d{2})?"
# "From <sender> <date>": the date as asctime writes it ("Mon Nov  2 10:00:00 2026", Google
# Takeout puts "+0000" before the year) or as a mail header does ("Mon, 2 Nov 2026 10:00:00").
_SEPARATOR = re.compile(
    rb"From (?:\"[^\"\r\n]*\"\S*|\S*) +"
    rb"(?:" + _DAY + rb" +" + _MONTH + rb" +\d{1,2} +" + _TIME + rb"(?: +\S+){0,2} +\d{2,4}"
    rb"|" + _DAY + rb",? +\d{1,2} +" + _MONTH + rb" +\d{4} +" + _TIME + rb")"
    rb"(?:\s|$)",
    re.IGNORECASE,
)
# A separator some exporters write without a proper date ("From MAILER-DAEMON", "From -",
# a sender and an odd date): a separator only when a message's header lines follow.
_BARE_SEPARATOR = re.compile(rb"From \S*(?:\s*$| .*\b\d{1,2}:\d{2}\b)")
_HEADER = re.compile(rb"[!-9;-~]+[ \t]*:")
# The lines an mbox writer puts first in a message, after its "From " line.
_FIRST_HEADER = re.compile(
    rb"(?:Return-Path|Received|Delivered-To|Envelope-To|X-[!-9;-~]*|ARC-[!-9;-~]*|Status|From"
    rb"|Sender|To|Cc|Date|Subject|Message-ID|MIME-Version|Content-Type|Reply-To|In-Reply-To"
    rb"|References|DKIM-Signature|Authentication-Results)[ \t]*:",
    re.IGNORECASE,
)

NO_HEADERS = (
    "This part of the mailbox has no header lines (no sender, date or subject): it may be the "
    "rest of the message before it, split off at a line starting “From ”."
)
INSIDE = (
    "A line in this message's text (“From …”) looks like the line a mailbox puts before each "
    "message, but it came before the end of this message's last part: it is part of this "
    "message's words and was kept with them, not logged as a message of its own."
)
# The top part's boundary, from the message's Content-Type header (unfolded).
_BOUNDARY = re.compile(
    rb"^content-type:[^\n]*?multipart/[^\n]*?boundary\s*=\s*(?:\"([^\"\r\n]+)\"|([^\s;\"]+))",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_BYTES = 64 * 1024
CUT_OFF = (
    "The mailbox ends inside this message's header lines, before its text: the file looks "
    "cut off (copied or exported before it was finished)."
)


@dataclass(frozen=True)
class MboxMessage:
    index: int  # 1 for the first message in the file
    raw: bytes | None  # None when the message was too big to keep
    size: int
    warnings: tuple[str, ...] = ()
    # Where its bytes start in the file (after its "From " line): raw is file[offset:][:len(raw)].
    offset: int = 0
    # Why it may be words inside the message before it ("" when the mailbox's writer shows it
    # is a message of its own): completes "It says it is from you, but …".
    doubt: str = ""


def looks_like_separator(line: bytes) -> bool:
    """A "From " line as an mbox writer makes it: a sender, then the date."""
    return _SEPARATOR.match(line) is not None


def is_header_line(line: bytes) -> bool:
    return _HEADER.match(line) is not None


_BLANK = (b"\n", b"\r\n")


def _trim(lines: list[bytes]) -> bytes:
    raw = b"".join(lines)
    # The blank line before the next separator belongs to the mbox, not the message.
    if raw.endswith(b"\r\n\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n\n"):
        return raw[:-1]
    return raw


def _separator_shaped(line: bytes) -> bool:
    return looks_like_separator(line) or _BARE_SEPARATOR.match(line) is not None


class _Piece:
    """The message being read: its lines (unless too big), and what its lines show."""

    def __init__(self, max_bytes: int, offset: int, separator: bytes = b"") -> None:
        self.max_bytes = max_bytes
        self.offset = offset
        self.separator = separator  # the "From " line before it (b"" at a file's start)
        self.lines: list[bytes] = []
        self.size = 0
        self.first = b""  # its first line that is not blank
        self.headers_ended = False
        self.written = 0  # lines that are not blank
        # Nothing in it but "From " lines shaped like separators: no message, only separators.
        self.only_separators = True
        self.head = b""  # its header lines, for the boundary of its parts
        self.boundary = b""  # its closing boundary line, while it has not come yet
        self.notes: list[str] = []

    def closes(self, line: bytes) -> bool:
        return bool(self.boundary) and line.rstrip() == self.boundary

    def add(self, line: bytes, blank: bool) -> None:
        if not self.headers_ended:
            if blank:
                self.headers_ended = True
                unfolded = re.sub(rb"\r?\n[ \t]+", b" ", self.head)
                if match := _BOUNDARY.search(unfolded):
                    self.boundary = b"--" + (match.group(1) or match.group(2)) + b"--"
            else:
                if not self.first and line.strip():
                    self.first = line
                if len(self.head) < _HEADER_BYTES:
                    self.head += line
        elif self.closes(line):
            self.boundary = b""
        if line.strip():
            self.written += 1
            if self.only_separators and not _separator_shaped(line):
                self.only_separators = False
        self.size += len(line)
        if self.size <= self.max_bytes:
            self.lines.append(line)
        elif self.lines:
            self.lines = []

    @property
    def is_message(self) -> bool:
        return self.written > 0 and not self.only_separators

    def message(self, index: int, at_end: bool, doubt: str = "") -> MboxMessage:
        warnings: list[str] = list(self.notes)
        if self.first and not is_header_line(self.first):
            warnings.append(NO_HEADERS)
        elif at_end and self.first and not self.headers_ended:
            warnings.append(CUT_OFF)
        if self.size > self.max_bytes:
            return MboxMessage(index, None, self.size, tuple(warnings), self.offset, doubt)
        raw = _trim(self.lines)
        return MboxMessage(index, raw, self.size, tuple(warnings), self.offset, doubt)


class MboxReader:
    """Iterate the messages of one mbox; `position` and `sha256` follow the bytes read.

    Once read, `messages` counts what it yielded and `separators` the "From " lines that only
    separate; `why_no_messages()` says in plain words why a mailbox yielded none.
    """

    def __init__(self, path: str, max_message_bytes: int) -> None:
        self.path = path
        self.max_message_bytes = max_message_bytes
        self.position = 0
        self.messages = 0
        self.separators = 0
        self.lines = 0
        # "From " lines that were not taken as separators (line numbers, the first few).
        self.other_from_lines: list[int] = []
        self.other_from_count = 0
        # No separator anywhere and no header lines first: not a mailbox, nor one email.
        self.not_a_mailbox = False
        self._digest = hashlib.sha256()
        # A message whose last part had not ended at a separator line, with that line: held
        # back until the next piece shows whether the line was inside it (app/importing/
        # direction.py tells why: a customer can write a whole forged message there).
        self._held: tuple[_Piece, bytes] | None = None
        self._piece: _Piece | None = None
        self._marks = WriterMarks()

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def _from_line(self, number: int) -> None:
        self.other_from_count += 1
        if len(self.other_from_lines) < SHOWN_LINES:
            self.other_from_lines.append(number)

    def _done(self, piece: _Piece | None, at_end: bool) -> MboxMessage | None:
        """The piece as the next message, or None when it is none (blank, separators only)."""
        if piece is None:
            return None
        if not piece.is_message:
            self.separators += piece.written
            return None
        if at_end and not self.separators and not is_header_line(piece.first.lstrip(BOM)):
            self.not_a_mailbox = True
            return None
        self.messages += 1
        doubt = self._marks.doubt(piece.separator, piece.head, self.messages)
        return piece.message(self.messages, at_end, doubt)

    def _split(self, piece: _Piece | None, line: bytes, offset: int) -> Iterator[MboxMessage]:
        """The messages a separator line ends; `self._piece` becomes the one it starts."""
        self.separators += 1
        if self._held is not None:
            # The next separator came first: the held line did separate two messages.
            if (message := self._done(self._held[0], at_end=False)) is not None:
                yield message
            self._held = None
        if piece is not None and piece.boundary and piece.size <= piece.max_bytes:
            self._held = (piece, line)
        elif (message := self._done(piece, at_end=False)) is not None:
            yield message
        self._piece = _Piece(self.max_message_bytes, offset, line)

    def _joined(self, piece: _Piece) -> _Piece:
        """The held message with the line and the piece after it: all one message's words."""
        assert self._held is not None
        held, line = self._held
        self._held = None
        self.separators -= 1
        for part in (line, *piece.lines):
            held.add(part, False)
        held.notes.append(INSIDE)
        return held

    def __iter__(self) -> Iterator[MboxMessage]:
        piece: _Piece | None = None
        previous_blank = True
        # A "From " line that is not shaped like a separator still is one when header lines
        # follow it (an exporter that writes no date); it waits here for the next line.
        waiting: bytes | None = None
        waiting_at = waiting_line = 0
        line_start = True
        with open(self.path, "rb") as handle:
            while line := handle.readline(LINE_LIMIT):
                starts_at = self.position
                self.position += len(line)
                # A line longer than LINE_LIMIT comes in pieces: count it once.
                self.lines += line_start
                line_start = line.endswith(b"\n")
                self._digest.update(line)
                if waiting is not None:
                    held, waiting = waiting, None
                    if _FIRST_HEADER.match(line):
                        yield from self._split(piece, held, starts_at)
                        piece = self._piece
                    else:
                        self._from_line(waiting_line)
                        piece = piece or _Piece(self.max_message_bytes, waiting_at)
                        piece.add(held, False)
                elif previous_blank and line.startswith(b"From "):
                    if looks_like_separator(line):
                        yield from self._split(piece, line, self.position)
                        piece = self._piece
                        previous_blank = False
                        continue
                    if _BARE_SEPARATOR.match(line):
                        waiting, waiting_at, waiting_line = line, starts_at, self.lines
                        previous_blank = False
                        continue
                if line.startswith(b"From "):
                    self._from_line(self.lines)
                previous_blank = line in _BLANK
                if piece is None:
                    if not line.strip():
                        continue
                    # No separator first: the file is a single message saved as .mbox.
                    piece = _Piece(self.max_message_bytes, starts_at)
                piece.add(line, previous_blank)
                held_by = self._held[0] if self._held is not None else None
                if held_by is not None and held_by.closes(line) and piece.size <= piece.max_bytes:
                    piece = self._joined(piece)
        if waiting is not None:
            self._from_line(waiting_line)
            piece = piece or _Piece(self.max_message_bytes, waiting_at)
            piece.add(waiting, False)
        if self._held is not None:
            if (message := self._done(self._held[0], at_end=False)) is not None:
                yield message
            self._held = None
        message = self._done(piece, at_end=True) if piece is not None and piece.size else None
        if message is not None:
            yield message

    def why_no_messages(self) -> str:
        """Why a mailbox read to its end yielded no message, for the owner."""
        if not self.not_a_mailbox:
            lines = (
                "1 separator line"
                if self.separators == 1
                else f"{self.separators:,} separator lines"
            )
            return (
                f"This mailbox holds no messages: only {lines} (the “From …” line a mail "
                "program writes before each message), with no message after them. Nothing was "
                "saved; the file itself is unchanged."
            )
        text = (
            "This mailbox holds no messages Steady can read: no line in it begins a message "
            "the way mail programs write it (“From sender date”), and it does not begin like "
            "a single email (with From:, Date: or Subject: lines)."
        )
        if self.other_from_count:
            text += " " + _from_lines_text(self.other_from_lines, self.other_from_count)
        if self.position < SMALL:
            text += f" The file is only {_bytes(self.position)} long."
        return text + " Nothing was saved; the file itself is unchanged."


SHOWN_LINES = 5
# A file this small is no mailbox at all: its size says so.
SMALL = 100


def _bytes(count: int) -> str:
    return "1 byte" if count == 1 else f"{count:,} bytes"


def _from_lines_text(numbers: list[int], count: int) -> str:
    if count == 1:
        return f"Line {numbers[0]:,} begins with “From ” but not in that form."
    shown = [f"{number:,}" for number in numbers]
    if count > len(numbers):
        listed = ", ".join(shown) + f" and {count - len(numbers):,} more"
    else:
        listed = ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"Lines {listed} begin with “From ” but not in that form."
