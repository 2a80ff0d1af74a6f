"""Real-looking messages and the ways a hostile or broken sender mangles them, for the
property tests and the fuzz run (bench/fuzz_import.py)."""

from __future__ import annotations

import random
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SENDER = "angry@example.com"


def _plain() -> bytes:
    message = EmailMessage()
    message["From"] = f"Angry Person <{SENDER}>"
    message["To"] = "support@shop.example"
    message["Subject"] = "Where is my refund?"
    message["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"
    message["Message-ID"] = "<plain@example.com>"
    message.set_content("I paid two weeks ago.\nFrom now on I will call every day.\n")
    return message.as_bytes()


def _encoded() -> bytes:
    message = EmailMessage()
    message["From"] = f"=?utf-8?B?w4Fuw7Z0aGVy?= <{SENDER}>"
    message["To"] = "support@shop.example"
    message["Subject"] = "=?iso-8859-1?Q?R=E9clamation_urgente?="
    message["Date"] = "Tue, 03 Mar 2026 23:10:00 -0500"
    message["Message-ID"] = "<encoded@example.com>"
    message.set_content("Vous êtes des escrocs. Je vais publier des avis.", charset="iso-8859-1")
    return message.as_bytes()


def _multipart() -> bytes:
    outer = MIMEMultipart("mixed")
    outer["From"] = SENDER
    outer["To"] = "support@shop.example"
    outer["Subject"] = "Screenshots attached"
    outer["Date"] = "Wed, 04 Mar 2026 08:00:00 +0000"
    outer["Message-ID"] = "<multi@example.com>"
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("See attached. You have until Friday.", "plain", "utf-8"))
    alternative.attach(MIMEText("<p>See <b>attached</b>. You have until Friday.</p>", "html"))
    outer.attach(alternative)
    picture = MIMEApplication(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "octet-stream")
    picture.add_header("Content-Disposition", "attachment", filename="proof.png")
    outer.attach(picture)
    return outer.as_bytes()


def _forwarded() -> bytes:
    inner = _plain()
    return (
        b"From: boss@shop.example\r\nTo: support@shop.example\r\nSubject: Fwd: refund\r\n"
        b"Message-ID: <fwd@example.com>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
        b"Content-Type: text/plain\r\n\r\nForwarding this one.\r\n--XX\r\n"
        b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--XX--\r\n"
    )


SEEDS: tuple[bytes, ...] = (_plain(), _encoded(), _multipart(), _forwarded())

# What the fuzzing run of the report found: each once caused a traceback.
HOSTILE_HEADERS: tuple[bytes, ...] = (
    b"Content-Type: text/plain; charset=rot13",
    b"Content-Type: text/plain; charset=zlib",
    b"Content-Type: text/plain; charset=base64",
    b"Content-Type: text/plain; charset=idna",
    b"Content-Type: text/plain; charset=undefined",
    b'Content-Type: text/plain; charset="utf-8\x00evil"',
    b"Date: Fri, 31 Dec 9999 23:59:59 -1200",
    b"Date: Mon, 01 Jan 0001 00:00:00 +1400",
    b"Date: 99999999999999999999",
    b"Subject: =?utf-8?B?Y?=",
    b"Subject: =?rot13?Q?uryyb?=",
    b"From: =?utf-8?B?Y?= <x@example.com>",
    b"Content-Disposition: attachment; filename*=zlib''%78%9C",
    b"Content-Disposition: attachment; filename==?utf-8?B?Y?=",
    b"Content-Transfer-Encoding: base64",
    b"Content-Type: multipart/mixed",
    b"Content-Type: message/rfc822",
    b"Message-ID: <" + b"x" * 5000 + b">",
    b"Subject: " + b"A" * 100_000,
)


def nested(depth: int, kind: str = "message") -> bytes:
    """A message wrapped `depth` times (message/rfc822) or `depth` multiparts deep."""
    if kind == "message":
        head = b"From: a@example.com\nSubject: nested\nContent-Type: message/rfc822\n\n"
        return head * depth + b"From: a@example.com\n\nthe end\n"
    parts = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level)
        for level in range(depth)
    )
    return b"From: a@example.com\nSubject: nested\n" + parts + b"\nthe end\n"


def _replace_header(raw: bytes, header: bytes) -> bytes:
    name = header.split(b":", 1)[0] + b":"
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, sep, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.splitlines() if not line.lower().startswith(name.lower())]
    return b"\n".join([*lines, header]) + b"\n\n" + body


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One message, changed the way broken mailers and hostile senders change them."""
    choice = rng.randrange(9)
    data = bytearray(raw)
    if choice == 0 and data:  # flip bytes
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 1 and data:  # cut it short
        return bytes(data[: rng.randrange(len(data))])
    if choice == 2:  # a hostile header
        return _replace_header(raw, rng.choice(HOSTILE_HEADERS))
    if choice == 3:  # several hostile headers
        for header in rng.sample(HOSTILE_HEADERS, rng.randint(2, 5)):
            raw = _replace_header(raw, header)
        return raw
    if choice == 4 and data:  # duplicate a slice
        start = rng.randrange(len(data))
        end = min(len(data), start + rng.randint(1, 400))
        return bytes(data[:end] + data[start:end] * rng.randint(1, 30) + data[end:])
    if choice == 5:  # insert random bytes
        at = rng.randrange(len(data) + 1)
        return bytes(data[:at]) + rng.randbytes(rng.randint(1, 200)) + bytes(data[at:])
    if choice == 6:  # deep nesting
        return nested(rng.choice((50, 300, 1200)), rng.choice(("message", "multipart")))
    if choice == 7:  # line endings and NULs
        return raw.replace(b"\n", rng.choice((b"\r", b"\r\r\n", b"\x00\n", b"\n\n")))
    # boundary and header damage
    return raw.replace(b"--", b"-", rng.randint(1, 5)).replace(b":", b"", rng.randint(0, 3))
