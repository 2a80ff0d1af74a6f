"""An Outlook .msg saved from a received mail keeps its transport headers: like an .eml's, its
Received lines say the mail reached the business (so a forged "From: the shop" is not logged as
the shop's words) and when it arrived (so a back-dated Date is not the contact's time). A .msg
without them, saved from Sent Items, is read as before."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer

OWN = "owner@shop.example"
REX = "rex@example.com"
THREAT = "I know where you live. I will burn your shop down tonight."
WRITTEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
RECEIVED = (
    "Received: from evil.example (evil.example [203.0.113.9]) by mx.shop.example with ESMTP; "
    "Thu, 05 Mar 2026 21:14:00 +0000\r\n"
)


def _filetime(moment: datetime) -> bytes:
    ticks = int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def _fixed(tag: int, value: bytes) -> bytes:
    return struct.pack("<II", tag, 6) + value.ljust(8, b"\0")


def _msg(path: Path, sender: str, to: str, body: str, transport: str | None) -> str:
    """An Outlook .msg written the way tests/helpers/import_fixtures.py writes one, with the
    transport header stream (0x007D) given or left out."""
    from extract_msg.ole_writer import OleWriter

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le")

    writer = OleWriter()
    header = bytearray(32)
    struct.pack_into("<8xIIII8x", header, 0, 1, 1, 1, 1)
    properties = bytes(header) + _fixed(0x00390040, _filetime(WRITTEN))
    writer.addEntry("__properties_version1.0", properties)
    streams = {
        "001A001F": "IPM.Note",
        "0037001F": "Refund",
        "1000001F": body,
        "0C1F001F": sender,
        "0C1A001F": "Hale Bikes",
        "0E04001F": to,
    }
    if transport is not None:
        streams["007D001F"] = transport
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
    writer.addEntry(f"{recipient}/__substg1.0_3001001F", utf16(to))
    writer.addEntry(f"{recipient}/__substg1.0_39FE001F", utf16(to))
    writer.addEntry(f"{recipient}/__substg1.0_3003001F", utf16(to))
    writer.write(str(path))
    return str(path)


def _headers(extra: str = "") -> str:
    return (
        f"{extra}From: Hale Bikes <{OWN}>\r\nTo: {REX}\r\nSubject: Refund\r\n"
        "Date: Sun, 01 Mar 2026 09:30:00 +0000\r\nMessage-ID: <m1@shop.example>\r\n\r\n"
    )


@pytest.fixture
def rex_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Rex Hostile", emails=(REX,)))
    services.settings.update({"business_name": "Hale Bikes", "business_email": OWN})
    services.close()
    return db_path


def _import(capsys: pytest.CaptureFixture[str], db: Path, path: str) -> str:
    main(["--db", str(db), "import", "--customer", "1", path])
    out = capsys.readouterr().out
    main(["--db", str(db), "customer", "show", "1", "--full"])
    return out + capsys.readouterr().out


def test_a_msg_delivered_from_outside_in_the_shops_name_stays_the_customers(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _msg(tmp_path / "threat.msg", OWN, REX, THREAT, _headers(RECEIVED))
    out = _import(capsys, rex_db, path)
    assert "It says it is from Hale Bikes, but it was passed on by another mail server" in out
    assert "Email · inbound" in out and "Email · outbound" not in out


def test_a_back_dated_msg_is_logged_when_it_arrived(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = _headers(RECEIVED).replace(f"Hale Bikes <{OWN}>", f"Rex <{REX}>")
    path = _msg(
        tmp_path / "late.msg", REX, OWN, THREAT, headers.replace(f"To: {REX}", f"To: {OWN}")
    )
    out = _import(capsys, rex_db, path)
    assert "(the “Received” line of your mail server). The time it reached you is the" in out
    assert "2026-03-05 21:14" in out and "2026-03-01" not in out


def test_a_msg_saved_from_sent_items_without_transport_headers_is_still_the_shops(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _msg(tmp_path / "reply.msg", OWN, REX, "We will refund once the bike is back.", None)
    out = _import(capsys, rex_db, path)
    assert "warning" not in out
    assert "2026-03-01 09:30 UTC  Email · outbound" in out
