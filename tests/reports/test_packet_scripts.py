"""A customer and a business whose names are in Arabic and Devanagari: every place a packet
prints them (cover, letterhead, running head, headings, contents, tables, the termination
letter) draws them shaped, as HarfBuzz shapes them, and copies them as written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from reports.fonts import ARABIC, DEVANAGARI
from reports.shaping import shape
from tests.helpers.packet_fixtures import _details, png
from tests.helpers.pdf_reading import actual_texts, drawn_runs

CUSTOMER = "محمد الأحمد"
BUSINESS = "राहुल शर्मा Traders"
QUOTE = "محمد الأحمد: سأقاضيك أمام المحكمة يا राहुल शर्मा"
EXHIBIT = "شكوى محمد.png"


@pytest.fixture
def named(services: Services) -> tuple[Services, int]:
    services.settings.update(
        {
            "business_name": BUSINESS,
            "business_address": "12 शिवाजी मार्ग\nपुणे",
            "owner_name": "राहुल शर्मा",
        }
    )
    customer_id = services.customers.add(
        Customer(name=CUSTOMER, emails=("m@example.com",), account_ref="RS-9")
    )
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for day, (text, severity) in enumerate(
        [(QUOTE, 5), ("Refund me now or I will post everywhere.", 4), ("Final answer?", 2)]
    ):
        services.contacts.log(
            customer_id,
            _details(
                text,
                start + timedelta(days=day),
                categories=(Category.ABUSE,),
                severity=severity,
            ),
            [NewAttachment(EXHIBIT, png(), "image/png")] if day == 0 else [],
        )
    return services, customer_id


def _shaped_words(font: str, text: str, rtl: bool) -> list[list[str]]:
    """HarfBuzz's glyphs for each word, as the packet's fonts read them back (sorted: a reader
    may put a right-to-left run's glyphs back in reading order)."""
    return [sorted(shape(font, word, 10, rtl)[0]) for word in text.split()]


def _drawn_words(data: bytes, family: str) -> list[tuple[int, list[str]]]:
    return [
        (page, sorted(glyphs.replace("\n", "").replace(" ", "")))
        for page, _, _, font, glyphs in drawn_runs(data)
        if family in font
    ]


@pytest.mark.parametrize("kind", [PacketKind.LEGAL, PacketKind.TERMINATION])
def test_names_in_complex_scripts_are_shaped_and_copied_everywhere(
    named: tuple[Services, int], kind: PacketKind
) -> None:
    services, customer_id = named
    made = make_packet(services, customer_id, PacketOptions(kind))
    data = made.pdf.data
    spans = actual_texts(data)
    copied = "\n".join(spans)
    assert CUSTOMER in copied and BUSINESS in copied and QUOTE in copied
    # Copied as typed: never Arabic presentation forms, never display order.
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in copied)
    assert CUSTOMER[::-1] not in copied

    arabic = _drawn_words(data, "Arabic")
    devanagari = _drawn_words(data, "Devanagari")
    for word in _shaped_words(ARABIC, CUSTOMER, rtl=True):
        # On the cover (title, table) and beyond, every time the name is drawn, it is shaped.
        pages = {page for page, glyphs in arabic if glyphs == word}
        assert 1 in pages, word
    for word in _shaped_words(DEVANAGARI, "राहुल शर्मा", rtl=False):
        pages = {page for page, glyphs in devanagari if glyphs == word}
        # The letterhead on page 1 and the running head on every later page.
        assert pages >= set(range(1, made.pdf.pages + 1)), (word, pages)
    # No run of Devanagari or Arabic is drawn unshaped: each drawn run is a word HarfBuzz
    # shaped for some text of the packet, so "शर्मा" never shows its virama as a letter.
    unshaped_sharma = sorted("शर्मा")
    assert all(glyphs != unshaped_sharma for _, glyphs in devanagari)


def test_an_exhibit_named_in_arabic_has_a_shaped_heading_and_contents_entry(
    named: tuple[Services, int],
) -> None:
    services, customer_id = named
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    data = made.pdf.data
    title = [s for s in actual_texts(data) if EXHIBIT in s and "Exhibit" in s]
    # The exhibit's heading, and its line in the contents.
    assert len(title) >= 2, title
    drawn = _drawn_words(data, "Arabic")
    word = sorted(shape(ARABIC, "شكوى", 10, True)[0])
    assert sum(1 for _, glyphs in drawn if glyphs == word) >= 2
