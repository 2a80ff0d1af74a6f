"""How long a legal packet takes for a heavy customer: 1,000 contacts and 100 screenshots.

Prints the time of assembling + drawing the packet and, measured in the same run, the time
reportlab takes to build a plain document with the same text and images (no fonts chosen per
character, no contents, no stamps): the ratio is what Steady's packet layout costs on top.

    .venv/bin/python bench/bench_packet.py [--contacts 1000] [--screenshots 100]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Image as RLImage
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.application import open_services
from app.core.domain import (
    Category,
    Channel,
    ContactDetails,
    Customer,
    Direction,
    NewAttachment,
)
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet

WORDS = [
    "refund",
    "now",
    "unacceptable",
    "lawyer",
    "account",
    "locked",
    "reply",
    "immediately",
    "review",
    "everyone",
    "terrible",
    "service",
    "café",
    "“quote”",
    "—",
    "I",
    "will",
    "post",
    "this",
    "everywhere",
]
# One message in ten is in another script, as in a shop with customers from everywhere.
OTHER_SCRIPTS = [
    "Θα σας καταγγείλω σε όλους.",
    "Я напишу плохой отзыв везде.",
    "你们的服务太差了我要投诉",
    "אני אתבע אתכם בבית משפט",
    "سأقاضيكم في المحكمة",
    "Enjoy your one star 😀",
]


def screenshot(index: int) -> bytes:
    image = Image.new("RGB", (1280, 800), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1280, 60), fill="#2f5d7c")
    for line in range(30):
        draw.text(
            (40, 80 + line * 22), f"Post {index} line {line}: " + " ".join(WORDS[:8]), fill="black"
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill(path: Path, contacts: int, screenshots: int) -> tuple[int, list[str], list[bytes]]:
    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Heavy Customer", emails=("h@example.com",)))
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    texts, images = [], []
    every = max(1, contacts // max(1, screenshots))
    for n in range(contacts):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 80)))
        if n % 10 == 0:
            text += " " + OTHER_SCRIPTS[(n // 10) % len(OTHER_SCRIPTS)]
        attachments = []
        if n % every == 0 and len(images) < screenshots:
            images.append(screenshot(n))
            attachments.append(NewAttachment(f"shot-{n}.png", images[-1], "image/png"))
        services.contacts.log(
            customer_id,
            ContactDetails(
                occurred_at=start + timedelta(hours=7 * n),
                channel=Channel.SOCIAL if attachments else Channel.EMAIL,
                direction=Direction.INBOUND if n % 4 else Direction.OUTBOUND,
                text=text,
                categories=(Category.ABUSE,) if n % 5 == 0 else (),
                severity=1 + n % 5,
            ),
            attachments,
        )
        texts.append(text)
    services.close()
    return customer_id, texts, images


def plain_reportlab(texts: list[str], images: list[bytes]) -> float:
    """The baseline: reportlab's sample styles, the same words, the same pictures."""
    started = time.perf_counter()
    styles = getSampleStyleSheet()
    story = [Paragraph(text, styles["BodyText"]) for text in texts]
    width = A4[0] - 144
    for data in images:
        with Image.open(io.BytesIO(data)) as image:
            w, h = image.size
        story.append(RLImage(io.BytesIO(data), width, width * h / w))
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--screenshots", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        customer_id, texts, images = fill(path, args.contacts, args.screenshots)
        services = open_services(path)
        started = time.perf_counter()
        made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
        packet = time.perf_counter() - started
        services.close()
        baseline = plain_reportlab(texts, images)
    print(f"legal packet: {args.contacts} contacts, {len(made.data.exhibits)} screenshots")
    print(
        f"  Steady packet   {packet:6.2f} s  ({made.pdf.pages} pages, {len(made.pdf.data) / 1e6:.1f} MB)"
    )
    print(f"  plain reportlab {baseline:6.2f} s  (same text and images, no layout extras)")
    print(f"  ratio           {packet / baseline:6.2f} x")


if __name__ == "__main__":
    main()
