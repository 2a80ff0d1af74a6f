"""Screenshots in a packet show the very pixels of the file: a PNG drawn at its own size goes
into the PDF unchanged, and what cannot go in unchanged (transparency, damage) is still drawn
right. Checked as a reader sees it: the picture decoded from the PDF, and the page as poppler
paints it."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from reports.png_stream import png_stream
from tests.helpers.packet_fixtures import PacketSubject, _details
from tests.helpers.pdf_reading import reader


def _screenshot(mode: str = "RGB", **save: object) -> bytes:
    """Red above, blue below, as a reader would notice if rows were mixed up."""
    picture = Image.new(mode, (640, 400), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, 639, 199), fill="#d00000")
    draw.rectangle((0, 200, 639, 399), fill="#0000d0")
    draw.text((20, 20), "Enjoy your one star review", fill="white")
    out = io.BytesIO()
    picture.save(out, "PNG", **save)
    return out.getvalue()


def _packet_pictures(subject: PacketSubject, data: bytes) -> tuple[bytes, list[Image.Image]]:
    services = subject.services
    at = services.contacts.get(subject.contact_ids["after"]).occurred_at
    services.contacts.log(
        subject.customer_id,
        _details("Look at this post", at + timedelta(hours=1), channel=Channel.SOCIAL),
        [NewAttachment("post.png", data, "image/png")],
    )
    made = make_packet(services, subject.customer_id, PacketOptions(PacketKind.LEGAL))
    pictures = []
    for page in reader(made.pdf.data).pages:
        for ref in ((page.get("/Resources") or {}).get("/XObject") or {}).values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image" and image["/Width"] == 640:
                pictures.append(image.decode_as_image())
    return made.pdf.data, pictures


def _same_pixels(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("RGB"), b).getbbox() is None


def test_a_png_screenshot_is_in_the_packet_pixel_for_pixel(
    packet_subject: PacketSubject,
) -> None:
    data = _screenshot()
    pdf, pictures = _packet_pictures(packet_subject, data)
    assert len(pictures) == 1
    assert _same_pixels(pictures[0], Image.open(io.BytesIO(data)).convert("RGB"))
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    # Poppler paints it as the file shows: red over blue, not garbled rows.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "packet.pdf"
        path.write_bytes(pdf)
        page = next(
            n + 1
            for n, p in enumerate(reader(pdf).pages)
            if any(
                r.get_object().get("/Width") == 640
                for r in ((p.get("/Resources") or {}).get("/XObject") or {}).values()
            )
        )
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), str(path), "p"],
            cwd=folder,
            check=True,
        )
        painted = Image.open(next(Path(folder).glob("p*.png"))).convert("RGB")
    middle = painted.width // 2
    column = [painted.getpixel((middle, y)) for y in range(painted.height)]
    column_rgb = [c for c in column if isinstance(c, tuple)]
    reds = [y for y, (r, _, b) in enumerate(column_rgb) if r > 180 and b < 80]
    blues = [y for y, (r, _, b) in enumerate(column_rgb) if b > 180 and r < 80]
    assert len(reds) > 10 and len(blues) > 10 and max(reds) < min(blues)


def test_a_transparent_screenshot_is_drawn_on_white(packet_subject: PacketSubject) -> None:
    picture = Image.new("RGBA", (640, 400), (0, 0, 0, 0))
    ImageDraw.Draw(picture).rectangle((0, 0, 639, 199), fill=(208, 0, 0, 255))
    out = io.BytesIO()
    picture.save(out, "PNG")
    _, pictures = _packet_pictures(packet_subject, out.getvalue())
    assert len(pictures) == 1
    shown = pictures[0].convert("RGB")
    assert shown.getpixel((10, 10)) == (208, 0, 0)
    assert shown.getpixel((10, 300)) == (255, 255, 255)


def test_only_pngs_a_pdf_shows_unchanged_are_passed_through() -> None:
    plain = _screenshot()
    assert png_stream(plain) is not None
    assert png_stream(_screenshot("L")) is not None
    assert png_stream(_screenshot(transparency=(255, 255, 255))) is None
    assert png_stream(_screenshot("RGBA")) is None
    assert png_stream(_screenshot("P")) is None
    # The header's bit depth (byte 24) and interlace method (byte 28), as other files have them.
    assert png_stream(plain[:24] + b"\x10" + plain[25:]) is None
    assert png_stream(plain[:28] + b"\x01" + plain[29:]) is None
    assert png_stream(plain[: len(plain) // 2] + plain[-12:]) is None  # cut off
    assert png_stream(plain[:-12]) is None  # no end
    flipped = plain[:60] + bytes([plain[60] ^ 0x01]) + plain[61:]
    assert png_stream(flipped) is None  # damaged: a chunk's checksum no longer matches
    assert png_stream(b"GIF89a" + plain) is None
