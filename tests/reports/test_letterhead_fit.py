"""The business's name and address, however long the owner typed them, are never printed over
the document's title, number or running head: the name wraps, shrinks to a floor, then is cut
with an ellipsis; a long address makes the letterhead deeper and the page's text start lower."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from reportlab.platypus import PageBreak

from app.core.business_profile import BusinessProfile
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from reports.blocks import p
from reports.page import Letterhead, build, later_pages
from reports.styles import MARGIN, page_size, styles
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text, png
from tests.helpers.text_boxes import Box, overprinted, text_boxes

NAME_45 = "Hale & Delacroix Interiors and Upholstery Ltd"
NAME_90 = "Pryce & Morrow Hardware, Garden Supplies and Outdoor Living Ltd (trading as P&M Home)"
NAME_1500 = ("Pryce & Morrow Hardware and Garden Supplies " * 40)[:1500]
ONE_WORD = "Pryce&MorrowHardwareGardenSuppliesOutdoorLiving" * 6  # pasted with no spaces
ADDRESS_5 = (
    "Unit 4, The Old Mill",
    "14 Orchard Row",
    "Portmere",
    "Devon PM2 7QT",
    "United Kingdom",
)
ADDRESS_12 = tuple(f"Address line {n}" for n in range(1, 13))
BODY = "The body of the document starts here."


def _head(name: str, address: tuple[str, ...], logo: bytes | None = None) -> Letterhead:
    return Letterhead(
        business=name,
        address_lines=address,
        phone="+1 555 0100",
        email="support@larkspurfiles.example",
        logo=logo,
        document="Termination packet",
        number="T-1-20261127-3",
        generated_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC),
    )


def _document(head: Letterhead) -> bytes:
    sheet = styles()

    def story(doc: object) -> list[object]:
        return [later_pages(), p(BODY, sheet.body), PageBreak(), p("Second page.", sheet.body)]

    data, _ = build(head, "A4", story, with_contents=False)  # type: ignore[arg-type]
    return data


def _head_boxes(boxes: list[Box], page: int) -> list[Box]:
    """The top half of the first page (letterhead and the body's first line), the running
    head of a later one."""
    _, height = page_size("A4")
    if page == 1:
        return [b for b in boxes if b.page == 1 and b.y0 > height / 2]
    return [b for b in boxes if b.page == page and b.y0 > height - MARGIN - 6]


CASES = [
    pytest.param(NAME_45, ADDRESS_5[1:3], png(120, 40, "#204060"), id="45 characters and a logo"),
    pytest.param(NAME_90, ADDRESS_5[1:3], None, id="90 characters"),
    pytest.param(NAME_1500, ADDRESS_5, None, id="1,500 characters"),
    pytest.param(ONE_WORD, (), png(900, 100), id="one long word and a wide logo"),
    pytest.param("Larkspur Files", ADDRESS_5, None, id="five-line address"),
    pytest.param("Larkspur Files", ADDRESS_12, png(), id="twelve-line address and a logo"),
]


@pytest.mark.parametrize(("name", "address", "logo"), CASES)
def test_the_letterhead_and_running_head_never_overprint_the_title(
    name: str, address: tuple[str, ...], logo: bytes | None
) -> None:
    data = _document(_head(name, address, logo))
    boxes = text_boxes(data)
    width, _ = page_size("A4")
    for page in (1, 2):
        head = _head_boxes(boxes, page)
        assert overprinted(head) == []
        assert all(b.x0 >= MARGIN - 1 and b.x1 <= width - MARGIN + 1 for b in head)
    body = next(b for b in boxes if b.text == BODY)
    assert all(b.y0 > body.y1 for b in _head_boxes(boxes, 1) if b is not body)
    first = " ".join(b.text for b in _head_boxes(boxes, 1))
    assert "Termination packet" in first and "No. T-1-20261127-3" in first
    assert name[:12] in first  # the name starts where it should, whatever follows
    assert "support@larkspurfiles.example" in first
    running = " ".join(b.text for b in _head_boxes(boxes, 2))
    assert "Termination packet · No. T-1-20261127-3" in running
    assert name[:12] in running


def test_an_ordinary_name_is_printed_whole_and_a_very_long_one_is_cut_with_an_ellipsis() -> None:
    whole = flat(pdf_text(_document(_head(NAME_90, ADDRESS_5)))[0])
    assert NAME_90 in whole
    assert "Devon PM2 7QT" in whole and "United Kingdom" in whole
    cut = pdf_text(_document(_head(NAME_1500, ())))[0]
    assert "Hardware a…" in cut


def test_an_address_longer_than_the_letterhead_holds_is_joined_onto_its_last_line() -> None:
    text = flat(pdf_text(_document(_head("Larkspur Files", ADDRESS_12)))[0])
    assert "Address line 1" in text
    assert "Address line 7 Address line 8, Address line 9" in text


def test_a_packet_for_a_business_with_a_pasted_paragraph_for_a_name_is_made(
    packet_subject: PacketSubject,
) -> None:
    services = packet_subject.services
    services.settings.update(
        {"business_name": NAME_1500, "business_address": "\n".join(ADDRESS_12)}
    )
    BusinessProfile(services.store, services.settings).set_logo(png(120, 40, "#204060"))
    made = make_packet(services, packet_subject.customer_id, PacketOptions(PacketKind.TERMINATION))
    boxes = text_boxes(made.pdf.data)
    pages = pdf_text(made.pdf.data)
    letter = next(i for i, t in enumerate(pages, 1) if "Our reference" in t)
    # The letter's own head beside its date and reference, and every running head.
    recipient = next(b for b in boxes if b.page == letter and b.text == "Pat Example")
    above = [b for b in boxes if b.page == letter and b.y0 > recipient.y1]
    assert overprinted(above) == []
    assert "Our reference" in " ".join(b.text for b in above)
    assert "…" in pages[letter - 1]
    for page in range(2, len(pages) + 1):
        assert overprinted(_head_boxes(boxes, page)) == []
