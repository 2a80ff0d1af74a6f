"""A letter no packet font has is named in brackets, and so are the marks written on it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from reports.text_runs import printable_text, undrawable
from tests.helpers.packet_fixtures import _details, flat, pdf_text

TIBETAN = "ཨོཾ་མ་ཎི"  # "om mani": letters with vowel signs and a nasal mark above them


def test_a_vowel_sign_on_a_named_letter_is_named_too() -> None:
    printed = printable_text(f"{TIBETAN} Tibetan")
    assert printed.startswith(
        "[TIBETAN LETTER A][TIBETAN VOWEL SIGN O][TIBETAN SIGN RJES SU NGA RO]"
    )
    assert not any(ch in printed for ch in TIBETAN)
    assert "[TIBETAN VOWEL SIGN I]" in printed


def test_marks_a_font_has_stay_on_their_letter() -> None:
    assert printable_text("cafe\u0301 naïve") == "cafe\u0301 naïve"
    assert printable_text("नमस्ते") == "नमस्ते"  # Devanagari vowel signs: the font has them
    assert printable_text("👍🏽") == "👍🏽"


def test_the_packet_counts_and_names_every_mark_it_cannot_draw(services: Services) -> None:
    customer = services.customers.add(Customer(name="Tenzin"))
    services.contacts.log(customer, _details(TIBETAN, datetime(2026, 9, 1, 10, 0, tzinfo=UTC)))
    assert len(undrawable(TIBETAN)) == len(TIBETAN)
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "[TIBETAN LETTER A][TIBETAN VOWEL SIGN O]" in text
    assert not any(ch in text for ch in TIBETAN)
