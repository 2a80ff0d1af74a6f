"""The hash that says two copies are the same message, taken a chunk at a time.

The same message read from an mbox and from an .eml file is the same message: the mbox's
"From " line, its ">From" quoting, line endings and blank lines at either end are not
compared. Each chunk ends at a line end, so every rule sees whole lines, and a big message is
never copied whole to be hashed.
"""

from __future__ import annotations

import hashlib
import re

_FROM_LINE = re.compile(rb"\AFrom [^\n]*\n")
_QUOTED_FROM = re.compile(rb"^>+(From )", re.MULTILINE)
CHUNK = 1024 * 1024


def _chunks(raw: bytes, size: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(raw):
        end = raw.find(b"\n", min(start + size, len(raw)) - 1)
        end = len(raw) if end < 0 else end + 1
        spans.append((start, end))
        start = end
    return spans


def message_fingerprint(raw: bytes, chunk: int = CHUNK) -> str:
    """A hash of the message itself, the same for its mbox copy and its .eml copy."""
    digest = hashlib.sha256()
    view = memoryview(raw)
    held = 0  # newlines not hashed yet: they count only if more of the message follows
    started = False
    for number, (start, end) in enumerate(_chunks(raw, chunk)):
        data = bytes(view[start:end]).replace(b"\r\n", b"\n")
        if number == 0:
            data = _FROM_LINE.sub(b"", data, count=1)
        if b">From " in data:  # a fast scan first: the pattern alone tries every position
            data = _QUOTED_FROM.sub(rb"\1", data)
        if not started:
            data = data.lstrip(b"\n")
            started = bool(data)
        body = data.rstrip(b"\n")
        if body:
            digest.update(b"\n" * held)
            digest.update(body)
            held = len(data) - len(body)
        else:
            held += len(data)
    return digest.hexdigest()
