"""Evidence files built in the tests: emails in any charset and structure (with the standard
library's email package), mailboxes, an Outlook .msg, images with EXIF, helpdesk CSVs."""

from __future__ import annotations

import mailbox
import struct
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.core.domain import Customer
from app.services import Services

OWN = "support@shop.example"
ANGRY = "angry@example.com"


def email(
    text: str = "Where is my refund?",
    *,
    sender: str = f"Angry Person <{ANGRY}>",
    to: str = OWN,
    subject: str = "Refund",
    date: str | None = "Mon, 02 Mar 2026 10:00:00 +0100",
    message_id: str | None = "<m1@example.com>",
    charset: str = "utf-8",
    cte: str | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    if message_id is not None:
        message["Message-ID"] = message_id
    message.set_content(text, charset=charset, cte=cte)
    return message


def write_mbox(path: Path, count: int, start: int = 0, sender: str = ANGRY) -> Path:
    box = mailbox.mbox(str(path))
    box.lock()
    try:
        for number in range(start, start + count):
            box.add(
                email(
                    f"Message {number}: I want my money back.",
                    sender=sender,
                    subject=f"Complaint {number}",
                    message_id=f"<m{number}@example.com>",
                )
            )
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path


def _filetime(moment: datetime) -> bytes:
    ticks = int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def _fixed(tag: int, value: bytes) -> bytes:
    return struct.pack("<II", tag, 6) + value.ljust(8, b"\0")


def write_msg(path: Path, *, subject: str, body: str, sender: str, message_id: str) -> Path:
    """A minimal valid Outlook .msg (an OLE compound file), written with extract-msg's writer."""
    from extract_msg.ole_writer import OleWriter

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le")

    sent = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    writer = OleWriter()
    header = bytearray(32)
    struct.pack_into("<8xIIII8x", header, 0, 1, 1, 1, 1)
    properties = bytes(header) + _fixed(0x00390040, _filetime(sent))
    properties += _fixed(0x0E060040, _filetime(sent))
    writer.addEntry("__properties_version1.0", properties)
    streams = {
        "001A001F": "IPM.Note",
        "0037001F": subject,
        "1000001F": body,
        "0C1F001F": sender,
        "0C1A001F": "Angry Person",
        "0E04001F": OWN,
        "007D001F": (
            f"Message-ID: {message_id}\r\nFrom: Angry Person <{sender}>\r\nTo: {OWN}\r\n"
            f"Subject: {subject}\r\nDate: Sun, 01 Mar 2026 09:30:00 +0000\r\n\r\n"
        ),
    }
    for tag, value in streams.items():
        writer.addEntry(f"__substg1.0_{tag}", utf16(value))
    writer.addEntry("__nameid_version1.0", storage=True)
    for tag in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{tag}", b"")
    recipient = "__recip_version1.0_#00000000"
    writer.addEntry(recipient, storage=True)
    writer.addEntry(
        f"{recipient}/__properties_version1.0",
        bytes(8) + _fixed(0x0C150003, struct.pack("<I", 1)),
    )
    writer.addEntry(f"{recipient}/__substg1.0_3001001F", utf16("Shop Support"))
    writer.addEntry(f"{recipient}/__substg1.0_39FE001F", utf16(OWN))
    writer.addEntry(f"{recipient}/__substg1.0_3003001F", utf16(OWN))
    attachment = "__attach_version1.0_#00000000"
    writer.addEntry(attachment, storage=True)
    writer.addEntry(
        f"{attachment}/__properties_version1.0",
        bytes(8) + _fixed(0x37050003, struct.pack("<I", 1)),
    )
    writer.addEntry(f"{attachment}/__substg1.0_3707001F", utf16("receipt.txt"))
    writer.addEntry(f"{attachment}/__substg1.0_3704001F", utf16("receipt.txt"))
    writer.addEntry(f"{attachment}/__substg1.0_37010102", b"Order 42: paid 19.95")
    writer.addEntry(f"{attachment}/__substg1.0_370E001F", utf16("text/plain"))
    writer.write(str(path))
    return path


def write_image(path: Path, exif_time: str | None = None, offset: str | None = None) -> Path:
    from PIL import Image

    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    if exif_time:
        exif_ifd = exif.get_ifd(0x8769)
        exif_ifd[0x9003] = exif_time
        if offset:
            exif_ifd[0x9011] = offset
    fmt = {".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP", ".gif": "GIF"}.get(
        path.suffix.lower(), "PNG"
    )
    if fmt == "GIF":
        image.save(path, fmt)
    else:
        image.save(path, fmt, exif=exif.tobytes())
    return path


@pytest.fixture
def shop(services: Services) -> Services:
    """Services for a shop whose own address is known, with one angry customer."""
    services.settings.update({"business_addresses": OWN})
    return services


@pytest.fixture
def angry_customer_id(shop: Services) -> int:
    return shop.customers.add(
        Customer(name="Angry Person", emails=(ANGRY,), handles=("X: @angry_pat",))
    )
