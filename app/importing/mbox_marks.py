"""How a mail program marks the messages it writes into a mailbox, so that a message split off
at a "From " line it did not write can be told (app/importing/mbox.py tells why).

A customer writing inside a plain one-part mail can put a separator line and a whole message
"from the shop" under it; an exporter that does not quote body "From " lines leaves it looking
like the next message. What he cannot see is how the owner's mail program writes the mailbox:
the shape of its separator lines ("From - …" in Thunderbird, "From <number>@xxx …" in a Google
Takeout) and the header lines it stamps on every message it keeps (X-Mozilla-Status,
X-GM-THRID). A forger who guesses both is not caught here; one who does not is. In a
mailbox whose writer marks nothing, a message right behind a mail delivered to the business
must carry a line of its own saying how it got there (a Received line, or a delivery line):
the words under a customer's mail carry none unless he writes one.
"""

from __future__ import annotations

import re
from email.parser import BytesHeaderParser
from email.policy import compat32

from app.importing.direction import header_signs

# Lines a mail program writes on each message it keeps in a mailbox (Thunderbird, Google
# Takeout, mutt and Dovecot): the receiving side's, not the sender's.
_STAMPS = (
    b"x-mozilla-status", b"x-mozilla-status2", b"x-mozilla-keys", b"x-gm-thrid",
    b"x-gmail-labels", b"status", b"x-status", b"x-uid", b"x-keywords",
)  # fmt: skip
_NAME = re.compile(rb"^([!-9;-~]+)[ \t]*:", re.MULTILINE)
_HOW_IT_CAME = re.compile(
    rb"^(?:Received|Delivered-To|X-Original-To|Envelope-To|Return-Path)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR_PARTS = re.compile(rb"From (\"[^\"\r\n]*\"\S*|\S*) *(.*)")


def separator_shape(line: bytes) -> bytes:
    """What a mail program writes the same way before every message: the kind of sender
    ("-", "<number>@xxx", an address) and the layout of the date."""
    match = _SEPARATOR_PARTS.match(line.strip())
    if match is None:
        return b""
    sender, date = match.group(1), match.group(2)
    if sender == b"-":
        kind = b"-"
    elif re.fullmatch(rb"\d+@xxx", sender):
        kind = b"takeout"
    else:
        kind = b"address" if b"@" in sender else b"word"
    layout = re.sub(rb"[A-Za-z]+", b"a", re.sub(rb"\d+", b"9", date))
    return kind + b" " + b" ".join(layout.split())


def delivered(head: bytes) -> bool:
    """Whether a message's header lines show it was delivered to the business."""
    try:
        return bool(header_signs(BytesHeaderParser(policy=compat32).parsebytes(head)))
    except Exception:  # a hostile header block: nothing read shows nothing
        return False


def stamps(head: bytes) -> frozenset[bytes]:
    """The mail program's stamps among a message's header lines."""
    names = {name.lower() for name in _NAME.findall(head)}
    return frozenset(name for name in _STAMPS if name in names)


class WriterMarks:
    """What the mailbox's writer showed on its messages so far: their separators' shapes, the
    stamps all of them carry, and whether the file began without a separator. A message in
    doubt teaches nothing, so one forgery does not make the next one look ordinary."""

    def __init__(self) -> None:
        self._shapes: set[bytes] = set()
        self._stamps: frozenset[bytes] | None = None
        self._began_bare = False
        # The message before's header lines: whether it was delivered to the business is read
        # only when a mailbox marks nothing, not on every message.
        self._before = b""

    def doubt(self, separator: bytes, head: bytes, number: int) -> str:
        """Why message `number` (its separator line and header lines) may be words inside the
        message before it: completes "It says it is from you, but …" ("" when none)."""
        carried = stamps(head)
        why = self._why(separator, head, number, carried)
        self._before = head
        if not why:
            if separator:
                self._shapes.add(separator_shape(separator))
            elif number == 1:
                # A separator behind a byte order mark is still the mailbox's own first line.
                self._began_bare = not head.lstrip(b"\xef\xbb\xbf").startswith(b"From ")
            self._stamps = carried if self._stamps is None else self._stamps & carried
        return why

    def _why(self, separator: bytes, head: bytes, number: int, carried: frozenset[bytes]) -> str:
        if number == 1:
            return ""
        inside = f"so it may be words written inside message {number - 1} of the mailbox"
        if self._began_bare:
            return (
                "the mailbox begins as a single message, without the “From …” line a mail "
                f"program writes before each message, {inside}"
            )
        if len(self._shapes) == 1 and separator_shape(separator) not in self._shapes:
            return (
                "the “From …” line before it is written unlike those before the other messages "
                f"of the mailbox, {inside}"
            )
        missing = sorted((self._stamps or frozenset()) - carried)
        if missing:
            return (
                f"it lacks the “{missing[0].decode('ascii')}” line your mail program wrote on "
                f"every other message of the mailbox, {inside}"
            )
        if not self._stamps and not _HOW_IT_CAME.search(head) and delivered(self._before):
            return (
                f"it comes right behind a mail delivered to you, in a mailbox whose mail program "
                f"marks nothing on its messages, and has no line of its own saying how it got "
                f"there, {inside}"
            )
        return ""
