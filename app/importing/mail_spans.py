"""Reading a big email without copying its attachments through the parser.

Python's email parser keeps every line of a part as its own string, then joins them, then
encodes the whole as bytes to decode it: a 60 MB video attached as base64 costs several times
its size before it is stored. Here each long run of base64 lines is set aside before parsing:
the parser sees one short marker line in its place (a base64 line and a marker both end a
header block, neither is a boundary, so the parsed structure is the same), and a part's bytes
are decoded from the original bytes a chunk at a time.

Decoding a part a chunk at a time gives exactly what `email` gives only for well-formed
base64; anything else (a stray character, padding in the middle, a part that is not really
base64) is put back whole and decoded by `email` as before, so what is stored never depends
on which way it was read.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import secrets
from collections.abc import Iterator
from email.errors import InvalidBase64PaddingDefect
from email.message import Message

# A run of lines in base64's alphabet, each ended by a newline (a parser line ends there too).
_RUN = re.compile(rb"(?m)^(?:[A-Za-z0-9+/=]++\r?\n)++")
# Shorter runs (a logo, a small PDF) are parsed as they always were.
LONG_RUN = 64 * 1024
CHUNK = 1024 * 1024
# A marker names its message (a random nonce no sender can guess) and its run.
_MARKER = re.compile(r"\x00steady-([0-9a-f]{16})-(\d+)\x00")
_MARKER_BYTES = re.compile(_MARKER.pattern.encode())


class SetAside:
    """The original bytes of the runs set aside, and the markers that stand for them."""

    def __init__(self, raw: bytes, nonce: str) -> None:
        self._view = memoryview(raw)
        self._nonce = nonce
        self._prefix = f"\x00steady-{nonce}-"
        self.runs: list[tuple[int, int]] = []

    def marker(self, start: int, end: int) -> bytes:
        self.runs.append((start, end))
        return f"{self._prefix}{len(self.runs) - 1}\x00".encode("ascii")

    def _payload(self, part: Message) -> str | None:
        payload = getattr(part, "_payload", None)  # as parsed; get_payload() may re-decode it
        if self.runs and isinstance(payload, str) and self._prefix in payload:
            return payload
        return None

    def _run(self, number: str | bytes) -> memoryview:
        start, end = self.runs[int(number)]
        return self._view[start:end]

    def _pieces(self, payload: str) -> Iterator[bytes | memoryview]:
        """The part's original bytes, a chunk at a time."""
        position = 0
        for match in _MARKER.finditer(payload):
            if match.group(1) != self._nonce:
                continue
            yield payload[position : match.start()].encode("ascii", "surrogateescape")
            run = self._run(match.group(2))
            for start in range(0, len(run), CHUNK):
                yield run[start : start + CHUNK]
            position = match.end()
        yield payload[position:].encode("ascii", "surrogateescape")

    def decode_base64(self, part: Message) -> bytes | None:
        """The part's base64 decoded as `email` decodes it, or None when this part is not one
        `email` would read as well-formed base64 (then put it back and let `email` decode it)."""
        payload = self._payload(part)
        if payload is None:
            return None
        try:
            decoded = strict_base64(self._pieces(payload))
        except UnicodeEncodeError:
            return None
        if decoded is None:
            return None
        data, padding_missing = decoded
        if padding_missing:
            part.policy.handle_defect(part, InvalidBase64PaddingDefect())
        return data

    def put_back(self, part: Message) -> None:
        """Give the part its whole text again, as the parser would have left it."""
        payload = self._payload(part)
        if payload is not None:
            part.set_payload(_MARKER.sub(self._text_of, payload))

    def put_back_written(self, data: bytes, newline: bytes = b"\n") -> bytes:
        """A part written out again (`as_bytes`), with the runs in it; the writer ends every
        line with `newline`, so the runs' lines end with it too."""
        if not self.runs or self._prefix.encode() not in data:
            return data
        return _MARKER_BYTES.sub(lambda match: self._bytes_of(match, newline), data)

    def _text_of(self, match: re.Match[str]) -> str:
        if match.group(1) != self._nonce:
            return match.group(0)
        return str(self._run(match.group(2)), "ascii")

    def _bytes_of(self, match: re.Match[bytes], newline: bytes) -> bytes:
        if match.group(1) != self._nonce.encode():
            return match.group(0)
        return bytes(self._run(match.group(2))).replace(b"\r\n", newline)


def set_aside(raw: bytes, long_run: int = LONG_RUN) -> tuple[bytes, SetAside]:
    """What the parser reads (the message with each long base64 run as one marker line), and
    the runs themselves. A message without long runs is returned as it is, not copied."""
    aside = SetAside(raw, secrets.token_hex(8))
    view = memoryview(raw)
    pieces: list[bytes | memoryview] = []
    last = 0
    for match in _RUN.finditer(raw):
        start, end = match.span()
        if end - start < long_run:
            continue
        # The run's last line ending stays: before a boundary the parser drops it.
        end -= 2 if raw[end - 2 : end] == b"\r\n" else 1
        pieces += [view[last:start], aside.marker(start, end)]
        last = end
    if not aside.runs:
        return raw, aside
    pieces.append(view[last:])
    return b"".join(pieces), aside


def strict_base64(pieces: Iterator[bytes | memoryview]) -> tuple[bytes, bool] | None:
    """Decode base64 a chunk at a time, with line breaks ignored and missing padding added as
    `email` does; returns (bytes, whether padding was missing), or None when the text is not
    strictly valid base64 (a stray character, padding before the end)."""
    out = io.BytesIO()
    carry = b""
    padded = False
    for piece in pieces:
        text = bytes(piece).translate(None, b"\r\n")
        if not text:
            continue
        if padded:
            return None  # more after the padding
        text = carry + text
        cut = len(text) - len(text) % 4
        carry, body = text[cut:], text[:cut]
        padded = b"=" in body
        try:
            out.write(base64.b64decode(body, validate=True))
        except binascii.Error:
            return None
    missing = len(carry) % 4
    if carry:
        if padded:
            return None
        try:
            out.write(base64.b64decode(carry + b"==="[: 4 - missing], validate=True))
        except binascii.Error:
            return None
    return out.getvalue(), missing != 0
