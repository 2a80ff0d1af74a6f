"""Emails with big base64 attachments, whole and broken, built the way mail programs write them,
and a way to read one as Steady did before big runs of base64 were set aside."""

from __future__ import annotations

import base64
import hashlib
import random
from functools import partial

import pytest

from app.importing import email_message, mail_spans
from app.importing.found import FoundMessage

SENDER = "angry@example.com"
LINE = 57  # bytes per base64 line: 76 characters


def lines_of(data: bytes, newline: bytes = b"\r\n") -> bytes:
    return b"".join(
        base64.b64encode(data[i : i + LINE]) + newline for i in range(0, len(data), LINE)
    )


def head(subject: str = "The video", newline: bytes = b"\r\n", extra: str = "") -> bytes:
    lines = [
        f"From: Angry Person <{SENDER}>",
        "To: support@shop.example",
        f"Subject: {subject}",
        "Date: Mon, 02 Mar 2026 10:15:00 +0100",
        f"Message-ID: <{hashlib.sha1(subject.encode()).hexdigest()}@mail.example>",
        "MIME-Version: 1.0",
        *([extra] if extra else []),
    ]
    return newline.join(line.encode() for line in lines) + newline


def mail_with(
    parts: list[tuple[str, bytes]],
    newline: bytes = b"\r\n",
    subject: str = "The video",
    text: bytes = b"Here it is. You will hear from my lawyer.",
) -> bytes:
    """A multipart/mixed mail: a line of text, then each (headers, body) part as given."""
    nl = newline
    out = head(subject, nl, 'Content-Type: multipart/mixed; boundary="==b=="')
    out += nl + b"--==b==" + nl + b"Content-Type: text/plain; charset=utf-8" + nl + nl
    out += text + nl
    for headers, body in parts:
        out += b"--==b==" + nl + headers.encode().replace(b"\n", nl) + nl + nl + body
        if not body.endswith(nl):
            out += nl
    return out + b"--==b==--" + nl


def video(number: int = 1, cte: str = "base64", mime: str = "video/mp4") -> str:
    return (
        f"Content-Type: {mime}\nContent-Transfer-Encoding: {cte}\n"
        f'Content-Disposition: attachment; filename="clip-{number}.mp4"'
    )


def random_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def summary(found: FoundMessage) -> dict[str, object]:
    """Everything an import keeps of a message, with each file as its name, kind, size and
    SHA-256."""
    return {
        "text": found.text,
        "subject": found.subject,
        "sender": (found.sender_name, found.sender_address),
        "recipients": found.recipients,
        "occurred_at": found.occurred_at,
        "message_id": found.message_id,
        "warnings": found.warnings,
        "content_sha256": found.content_sha256,
        "files": [
            (item.filename, item.mime, len(item.data), hashlib.sha256(item.data).hexdigest())
            for item in found.attachments
        ],
        "original": hashlib.sha256(found.original.data).hexdigest() if found.original else "",
    }


def read_with(monkeypatch: pytest.MonkeyPatch, raw: bytes, long_run: int) -> FoundMessage:
    """Parse with runs of at least `long_run` bytes set aside (a huge number: none, which is
    how every mail was read before)."""
    monkeypatch.setattr(
        email_message, "set_aside", partial(mail_spans.set_aside, long_run=long_run)
    )
    try:
        return email_message.parse_email(raw, "big.eml")
    finally:
        monkeypatch.undo()


NONE_SET_ASIDE = 1 << 62
EVERY_RUN = 1
