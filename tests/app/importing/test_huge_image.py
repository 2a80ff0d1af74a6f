"""A scrolling screenshot far past Pillow's pixel limit is evidence: kept as it is, imported
with its file time, and shown in a packet as a note rather than decoded."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from types import SimpleNamespace

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.services import Services
from reports.exhibit_sections import _exhibit_content
from reports.styles import styles


def huge_png(width: int = 1920, height: int = 100_000) -> bytes:
    """A PNG whose header says 1920 × 100,000 (its pixels need not be read to refuse it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff" * width * 3)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_a_huge_screenshot_is_kept_unchanged(services: Services, tmp_path: Path) -> None:
    customer_id = services.customers.add(Customer(name="Pat Example"))
    path = tmp_path / "scrolling.png"
    path.write_bytes(huge_png())
    report = services.imports.run([str(path)], ImportOptions(customer_id=customer_id))
    assert not report.failed, report.failed
    contact_id = report.imported[0].contact_id
    attachment = services.contacts.attachments(contact_id)[0]
    assert services.contacts.attachment_data(attachment.id)[1] == path.read_bytes()
    assert services.verify().ok


def test_a_huge_screenshot_is_a_note_in_the_packet() -> None:
    exhibit = SimpleNamespace(is_image=True, data=huge_png(), label="Exhibit 1", sha256="0" * 64)
    flowables = _exhibit_content(exhibit, 400, 600, styles())  # type: ignore[arg-type]
    assert "too large to draw safely" in flowables[0].text
