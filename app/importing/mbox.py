"""Splitting an mbox file (Thunderbird, Google Takeout) into messages, streamed.

A 2 GB mailbox is read a line at a time: only one message is in memory at once, and a
message too big to keep is skipped over without being held. Each message's bytes are kept
exactly as they stand in the file, without the "From " separator line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

LINE_LIMIT = 1024 * 1024


@dataclass(frozen=True)
class MboxMessage:
    index: int  # 1 for the first message in the file
    raw: bytes | None  # None when the message was too big to keep
    size: int


def _is_separator(line: bytes) -> bool:
    return line.startswith(b"From ")


def _trim(lines: list[bytes]) -> bytes:
    raw = b"".join(lines)
    # The blank line before the next separator belongs to the mbox, not the message.
    if raw.endswith(b"\r\n\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n\n"):
        return raw[:-1]
    return raw


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
        lines: list[bytes] = []
        size = 0
        started = False
        previous_blank = True
        with open(self.path, "rb") as handle:
            while line := handle.readline(LINE_LIMIT):
                self.position += len(line)
                self._digest.update(line)
                if previous_blank and _is_separator(line):
                    if started:
                        index += 1
                        yield self._message(index, lines, size)
                    lines, size, started = [], 0, True
                    previous_blank = False
                    continue
                if not started and line.strip():
                    # No separator first: the file is a single message saved as .mbox.
                    started = True
                previous_blank = line in (b"\n", b"\r\n")
                if not started:
                    continue
                size += len(line)
                if size <= self.max_message_bytes:
                    lines.append(line)
                elif lines:
                    lines = []
        if started and (size or lines):
            index += 1
            yield self._message(index, lines, size)

    def _message(self, index: int, lines: list[bytes], size: int) -> MboxMessage:
        if size > self.max_message_bytes:
            return MboxMessage(index, None, size)
        return MboxMessage(index, _trim(lines), size)
