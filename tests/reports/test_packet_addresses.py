"""Long web addresses, handles and file names in a packet: every letter printed on the paper,
inside the page, so a lawyer can type the address back in."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from reports.styles import MARGIN
from tests.helpers.packet_fixtures import PacketSubject, _details, pdf_text, png
from tests.helpers.pdf_reading import pdftotext

# The shape of a real Facebook "pfbid" link: 254 characters, 200 of them one unbroken token.
PFBID = "pfbid" + ("nUBxmaNVKXIut61HMV1xNR0hhrmig2ydgjcsqpA4Xy4fmbvWaqPtr92YzI9_jwHat" * 4)[:200]
PREFIX = "https://www.facebook.com/groups/localshops/posts/"
URL = PREFIX + PFBID
SCREENSHOT = "facebook-post-" + "0123456789abcdef" * 8 + ".png"


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def long_addresses(packet_subject: PacketSubject) -> PacketSubject:
    """Seven posts (so the legal packet lists them as a table), the first with a screenshot."""
    start = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    for n in range(7):
        packet_subject.services.contacts.log(
            packet_subject.customer_id,
            _details(
                f"This shop scams people, post {n}",
                start + timedelta(hours=n),
                channel=Channel.SOCIAL,
                url=f"{URL}{n}",
                categories=(Category.HARASSMENT_SOCIAL,),
                severity=4,
            ),
            [NewAttachment(SCREENSHOT, png(), "image/png")] if n == 0 else [],
        )
    return packet_subject


def _words_off_the_paper(data: bytes) -> list[str]:
    """Words running into the right margin, where a printer cuts them off."""
    boxes = pdftotext(data, "-bbox")
    if not boxes:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    return [
        word
        for right, word in re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
        if float(right) > width - MARGIN / 2
    ]


@pytest.mark.parametrize("kind", list(PacketKind))
def test_a_long_address_is_printed_whole_wherever_it_appears(
    long_addresses: PacketSubject, kind: PacketKind
) -> None:
    made = make_packet(long_addresses.services, long_addresses.customer_id, PacketOptions(kind))
    assert _words_off_the_paper(made.pdf.data) == []
    # What poppler reads from the page (it leaves out what falls off the paper) and what pypdf
    # reads from the file: each time an address starts, all of it follows.
    for text in (pdftotext(made.pdf.data), "\n".join(pdf_text(made.pdf.data))):
        squeezed = _squeezed(text)
        starts = squeezed.count(PREFIX)
        whole = sum(squeezed.count(f"{URL}{n}") for n in range(7))
        assert starts == whole and whole >= 7, (starts, whole)
        assert SCREENSHOT in squeezed


def test_the_legal_packet_prints_the_address_in_every_section(
    long_addresses: PacketSubject,
) -> None:
    made = make_packet(
        long_addresses.services, long_addresses.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    pages = [_squeezed(page) for page in pdftotext(made.pdf.data).split("\f")]
    if not any(pages):
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    first = f"{URL}0"
    # The public posts table, the chronological log and the screenshot's own page.
    posts = [p for p in pages if "Publicposts" in p and first in p and "Whatitsays" in p]
    exhibit = [p for p in pages if f"—{SCREENSHOT}SHA-256" in p and f"URL{first}" in p]
    # Each post is numbered, so each is its own message with its own entry.
    log = [p for p in pages if f"URL:{URL}1—EnteredintoSteadyon2026-11-02Thisshopscam" in p]
    assert posts and log and exhibit
