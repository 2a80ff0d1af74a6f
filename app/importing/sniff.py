"""What a file really is, from its first bytes rather than its name.

A screenshot saved as "reply.eml", an email saved as "mail.png" and a 0-byte file all happen
when evidence is collected in a hurry; each is taken in as what its bytes are, and the owner
is told when the name said otherwise.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from app.core.held_files import read_head
from app.importing.mbox import is_header_line, looks_like_separator

HEAD_BYTES = 64 * 1024
# A file this small made of nothing but blank lines and spaces is as empty as a 0-byte one.
BLANK_LIMIT = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (and old Office files)


@dataclass(frozen=True)
class Magic:
    kind: str  # "image" or "file"
    mime: str
    what: str  # "a PNG picture", for the owner


_WEBP = Magic("image", "image/webp", "a WebP picture")
_MAGIC: tuple[tuple[bytes, Magic], ...] = (
    (b"\x89PNG\r\n\x1a\n", Magic("image", "image/png", "a PNG picture")),
    (b"\xff\xd8\xff", Magic("image", "image/jpeg", "a JPEG picture")),
    (b"GIF87a", Magic("image", "image/gif", "a GIF picture")),
    (b"GIF89a", Magic("image", "image/gif", "a GIF picture")),
    (b"%PDF-", Magic("file", "application/pdf", "a PDF document")),
)
# Header names only mail carries; one of them (or From with a Date, To or Subject) makes the
# start of a file a message's headers rather than someone's notes that happen to use colons.
_MAIL_ONLY = re.compile(
    rb"(?:Received|Return-Path|Message-ID|MIME-Version|Delivered-To|DKIM-Signature)[ \t]*:",
    re.IGNORECASE,
)
_FROM = re.compile(rb"From[ \t]*:", re.IGNORECASE)
_WITH_FROM = re.compile(rb"(?:Date|To|Subject)[ \t]*:", re.IGNORECASE)
_LINE = re.compile(rb"[^\n]*\n|[^\n]+$")


def head(path: str) -> bytes:
    """The first bytes of a file, or b"" when it cannot be read (a folder, no permission)."""
    try:
        return read_head(path, HEAD_BYTES)  # the owner's open log among them, locks kept
    except OSError:
        return b""


def magic(data: bytes) -> Magic | None:
    """The picture or document format the bytes start with, if any."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _WEBP
    for start, found in _MAGIC:
        if data.startswith(start):
            return found
    return None


def is_empty(path: str) -> bool:
    """True for a 0-byte file, or a small one holding only blank lines and spaces."""
    try:
        if os.path.getsize(path) > BLANK_LIMIT:
            return False
        with open(path, "rb") as handle:
            while chunk := handle.read(HEAD_BYTES):
                if chunk.strip():
                    return False
    except OSError:
        return False
    return True


def looks_like_email(data: bytes) -> bool:
    """The bytes start with a message's header lines (after an mbox "From " line, if any)."""
    lines = [line.rstrip(b"\r\n") for line in _LINE.findall(data[:HEAD_BYTES])]
    if lines and looks_like_separator(lines[0]):
        lines = lines[1:]
    headers: list[bytes] = []
    for line in lines:
        if not line:
            break
        if line[:1] in (b" ", b"\t") and headers:
            continue  # a folded header line
        if b"\x00" in line or not is_header_line(line):
            return False
        headers.append(line)
    if len(headers) < 2:
        return False
    if any(_MAIL_ONLY.match(line) for line in headers):
        return True
    return any(_FROM.match(line) for line in headers) and any(
        _WITH_FROM.match(line) for line in headers
    )


def looks_like_mbox(data: bytes) -> bool:
    """A mailbox: a "From " separator line, then a message's header lines."""
    first, _, rest = data.partition(b"\n")
    return looks_like_separator(first) and is_header_line(rest)
