"""Splitting an mbox file (Thunderbird, Google Takeout) into messages, streamed.

A 2 GB mailbox is read a line at a time: only one message is in memory at once, and a
message too big to keep is skipped over without being held. Each message's bytes are kept
exactly as they stand in the file, without the "From " separator line.

A line starting "From " separates two messages only when it looks like the separator mbox
writers put there ("From <sender> <date>", after a blank line). Not every exporter quotes a
body line such as "From what I can tell…" as ">From …", so any other "From " line is the
customer's words and stays in the message it is part of.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

LINE_LIMIT = 1024 * 1024

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


class _Piece:
    """The message being read: its lines (unless too big), and what its lines show."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.lines: list[bytes] = []
        self.size = 0
        self.first = b""  # its first line that is not blank
        self.headers_ended = False

    def add(self, line: bytes, blank: bool) -> None:
        if not self.headers_ended:
            if blank:
                self.headers_ended = True
            elif not self.first and line.strip():
                self.first = line
        self.size += len(line)
        if self.size <= self.max_bytes:
            self.lines.append(line)
        elif self.lines:
            self.lines = []

    def message(self, index: int, at_end: bool) -> MboxMessage:
        warnings: list[str] = []
        if self.first and not is_header_line(self.first):
            warnings.append(NO_HEADERS)
        elif at_end and self.first and not self.headers_ended:
            warnings.append(CUT_OFF)
        if self.size > self.max_bytes:
            return MboxMessage(index, None, self.size, tuple(warnings))
        return MboxMessage(index, _trim(self.lines), self.size, tuple(warnings))


class MboxReader:
    """Iterate the messages of one mbox; `position` and `sha256` follow the bytes read."""

    def __init__(self, path: str, max_message_bytes: int) -> None:
        self.path = path
        self.max_message_bytes = max_message_bytes
        self.position = 0
        self._digest = hashlib.sha256()

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def __iter__(self) -> Iterator[MboxMessage]:
        index = 0
        piece: _Piece | None = None
        previous_blank = True
        # A "From " line that is not shaped like a separator still is one when header lines
        # follow it (an exporter that writes no date); it waits here for the next line.
        waiting: bytes | None = None
        with open(self.path, "rb") as handle:
            while line := handle.readline(LINE_LIMIT):
                self.position += len(line)
                self._digest.update(line)
                if waiting is not None:
                    held, waiting = waiting, None
                    if _FIRST_HEADER.match(line):
                        if piece is not None:
                            index += 1
                            yield piece.message(index, at_end=False)
                        piece = _Piece(self.max_message_bytes)
                    else:
                        piece = piece or _Piece(self.max_message_bytes)
                        piece.add(held, False)
                elif previous_blank and line.startswith(b"From "):
                    if looks_like_separator(line):
                        if piece is not None:
                            index += 1
                            yield piece.message(index, at_end=False)
                        piece = _Piece(self.max_message_bytes)
                        previous_blank = False
                        continue
                    if _BARE_SEPARATOR.match(line):
                        waiting = line
                        previous_blank = False
                        continue
                previous_blank = line in _BLANK
                if piece is None:
                    if not line.strip():
                        continue
                    # No separator first: the file is a single message saved as .mbox.
                    piece = _Piece(self.max_message_bytes)
                piece.add(line, previous_blank)
        if waiting is not None:
            piece = piece or _Piece(self.max_message_bytes)
            piece.add(waiting, False)
        if piece is not None and piece.size:
            index += 1
            yield piece.message(index, at_end=True)
