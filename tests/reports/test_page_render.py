"""The packet as a reader handles it: bookmarks and links land on the right page, every page
is numbered and Bates-stamped, the file's own dates and metadata are true, long screenshots
are split readably, and customers' words in any script come out of the PDF as logged."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from reports.page_refs import bates_prefix
from reports.unicode_text import UNDRAWABLE_LEGEND
from tests.helpers.packet_fixtures import PacketSubject, _details, flat, pdf_text, png
from tests.helpers.pdf_reading import actual_texts, links, outline, pdftotext, reader

# A customer writing in ten scripts, with emoji and mathematical letters.
SCRIPTS = {
    "devanagari": "मैं तुम्हें अदालत में ले जाऊँगा, क्षत्रिय जी",
    "thai": "ฉันจะฟ้องคุณที่ศาลถ้าไม่คืนเงิน",
    "tamil": "நான் உங்களை நீதிமன்றத்துக்கு இழுப்பேன்",
    "gujarati": "હું તમને કોર્ટમાં લઈ જઈશ",
    "ethiopic": "ፍርድ ቤት እወስድሃለሁ።",
    "math": "You are 𝐮𝐬𝐞𝐥𝐞𝐬𝐬 and 𝓯𝓻𝓪𝓾𝓭𝓼",
    "emoji": "Enjoy your one star 😡 🏳️‍🌈 👍🏽",
    "arabic": "سأقاضيك في المحكمة يوم 12 مارس",
    "hebrew": "אני אתבע אתכם בבית משפט מחר",
    "chinese": "你们的服务太差了我要投诉",
}


def _legal(subject: PacketSubject, **options: object):  # type: ignore[no-untyped-def]
    return make_packet(
        subject.services,
        subject.customer_id,
        PacketOptions(PacketKind.LEGAL, **options),  # type: ignore[arg-type]
    )


@pytest.fixture
def legal(packet_subject: PacketSubject):  # type: ignore[no-untyped-def]
    return _legal(packet_subject)


def test_every_bookmark_opens_the_page_of_its_heading(legal) -> None:  # type: ignore[no-untyped-def]
    pages = [flat(t) for t in pdf_text(legal.pdf.data)]
    marks = outline(legal.pdf.data)
    assert len(marks) > 8
    assert len({page for _, page in marks}) > 4, "bookmarks spread over the packet"
    for title, page in marks:
        assert flat(title) in pages[page - 1], (title, page)


def test_contents_entries_are_links_to_their_pages(legal) -> None:  # type: ignore[no-untyped-def]
    pages = [flat(t) for t in pdf_text(legal.pdf.data)]
    marks = outline(legal.pdf.data)
    targets = sorted({page for _, page in links(legal.pdf.data, 1)})
    assert targets == sorted({page for _, page in marks})
    # The number printed beside an entry is the page its link opens.
    certification = next(page for title, page in marks if title == "Certification of records")
    assert "Certification of records" in pages[certification - 1]
    assert f"Certification of records {certification}" in pages[0]


def test_exhibit_references_in_the_log_link_to_the_exhibit(legal) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_text(legal.pdf.data)
    exhibit_page = {
        number: next(i for i, t in enumerate(pages, 1) if f"EXHIBIT {number}" in t)
        for number in (1, 2)
    }
    log_pages = [i for i, t in enumerate(pages, 1) if "Chronological log" in t]
    found = {target for page in log_pages for _, target in links(legal.pdf.data, page)}
    assert set(exhibit_page.values()) <= found


def test_every_page_has_page_x_of_y_and_a_bates_number(legal) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_text(legal.pdf.data)
    prefix = bates_prefix("Larkspur Files")
    assert prefix == "LF"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"LF-{number:06d}" in text


def test_footer_stays_15_mm_from_the_edge(legal) -> None:  # type: ignore[no-untyped-def]
    """So a page printed on the other paper size (A4 on Letter) keeps its numbers."""
    boxes = pdftotext(legal.pdf.data, "-bbox")
    if not boxes:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    lowest = max(float(y) for y in re.findall(r'yMax="([\d.]+)"', boxes))
    assert height - lowest >= 15 * 72 / 25.4
    assert "LF-000001" in boxes


def test_the_file_carries_its_true_dates_and_xmp_metadata(legal) -> None:  # type: ignore[no-untyped-def]
    pdf = reader(legal.pdf.data)
    generated = legal.data.generated_at.astimezone()
    info = pdf.metadata
    assert info is not None and info.creation_date is not None
    assert info.creation_date.replace(tzinfo=None) == generated.replace(tzinfo=None, microsecond=0)
    assert info.modification_date == info.creation_date
    xmp = pdf.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title["x-default"] == f"Legal referral packet {legal.data.number}"
    assert xmp.dc_creator == ["Larkspur Files"]
    assert xmp.dc_identifier == legal.data.number
    assert xmp.xmp_create_date is not None


def test_paper_size_letter_and_a4(packet_subject: PacketSubject) -> None:
    for setting, size in (("Letter", (612, 792)), ("A4", (595, 842))):
        packet_subject.services.settings.update({"paper_size": setting})
        box = reader(_legal(packet_subject).pdf.data).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_a_long_screenshot_is_split_into_labelled_readable_parts(
    packet_subject: PacketSubject,
) -> None:
    services = packet_subject.services
    at = services.contacts.get(packet_subject.contact_ids["after"]).occurred_at
    services.contacts.log(
        packet_subject.customer_id,
        _details("A long thread", at + timedelta(hours=1), channel=Channel.SOCIAL),
        [NewAttachment("thread.png", png(900, 4200), "image/png")],
    )
    made = _legal(packet_subject)
    exhibit = next(e for e in made.data.exhibits if e.filename == "thread.png")
    text = flat("\n".join(pdf_text(made.pdf.data)))
    parts = [n for n in range(1, 9) if f"Part {n} of " in text and exhibit.label in text]
    assert len(parts) >= 3
    total = len(parts)
    for n in parts:
        assert (
            flat(
                f"Part {n} of {total} of {exhibit.label}, a reduced copy of the original with "
                f"SHA-256 {exhibit.sha256}"
            )
            in text
        )
    # The parts are drawn at full resolution and together cover the whole picture.
    heights = []
    for page in reader(made.pdf.data).pages:
        objects = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in objects.values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image" and image["/Height"] != 500:
                assert image["/Width"] == 900
                heights.append(image["/Height"])
    assert len(heights) == total and sum(heights) == 4200


@pytest.fixture
def polyglot(packet_subject: PacketSubject):  # type: ignore[no-untyped-def]
    services = packet_subject.services
    at = services.contacts.get(packet_subject.contact_ids["after"]).occurred_at
    for index, text in enumerate(SCRIPTS.values(), start=1):
        services.contacts.log(
            packet_subject.customer_id, _details(text, at + timedelta(hours=index))
        )
    return _legal(packet_subject)


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_every_script_is_copied_exactly_as_logged(polyglot, script: str) -> None:  # type: ignore[no-untyped-def]
    """Copy and search give the logical text (ActualText), whatever is drawn."""
    assert flat(SCRIPTS[script]) in flat(" ".join(actual_texts(polyglot.pdf.data))) or flat(
        SCRIPTS[script]
    ) in flat("\n".join(pdf_text(polyglot.pdf.data)))


@pytest.mark.parametrize(
    "script", ["devanagari", "thai", "tamil", "gujarati", "ethiopic", "math", "emoji", "chinese"]
)
def test_poppler_extracts_left_to_right_scripts_verbatim(polyglot, script: str) -> None:  # type: ignore[no-untyped-def]
    text = pdftotext(polyglot.pdf.data)
    if not text:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    assert flat(SCRIPTS[script]) in flat(text)


def test_scripts_are_drawn_from_embedded_fonts_not_named(polyglot) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(pdf_text(polyglot.pdf.data)) + " ".join(actual_texts(polyglot.pdf.data))
    assert "[DEVANAGARI" not in text and "FACE]" not in text and "[MATHEMATICAL" not in text
    fonts: set[str] = set()
    for page in reader(polyglot.pdf.data).pages:
        for ref in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(ref.get_object()["/BaseFont"]))
    for family in ("Devanagari", "Thai", "Tamil", "Gujarati", "Ethiopic", "Math", "Emoji"):
        assert any(family in name for name in fonts), family


def test_searching_arabic_finds_the_logical_words(polyglot) -> None:  # type: ignore[no-untyped-def]
    spans = " ".join(actual_texts(polyglot.pdf.data))
    assert "سأقاضيك" in spans
    # No Arabic presentation forms: the letters are stored as typed.
    assert not any(0xFE70 <= ord(ch) <= 0xFEFF for ch in spans)


def test_a_character_no_font_has_is_named_and_copied_as_itself(
    packet_subject: PacketSubject,
) -> None:
    services = packet_subject.services
    at = services.contacts.get(packet_subject.contact_ids["after"]).occurred_at
    odd = "Odd \U000f0001 मैं"
    services.contacts.log(packet_subject.customer_id, _details(odd, at + timedelta(hours=3)))
    made = _legal(packet_subject)
    text = "\n".join(pdf_text(made.pdf.data))
    assert "[U+F0001]" in text
    assert flat(UNDRAWABLE_LEGEND) in flat(text)
    assert odd in actual_texts(made.pdf.data)
    assert io  # keeps the import for helpers that read bytes
