"""The termination letter in the language of the owner's replies: the draft and the page around
it (the date, the reference, the subject line) read in Spanish, French or German, with the
day and the refund in that language's form and no English word of Steady's left on the page."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text

# Steady's own English words on the letter's page: none may be left in another language.
ENGLISH_FRAME = (
    "Dear",
    "After careful thought",
    "no longer a good fit",
    "We have always tried",
    "For example",
    "received",
    "threat",
    "Your account",
    "closed as of",
    "We are refunding",
    "business decision",
    "We thank you",
    "Yours sincerely",
    "Our reference",
    "Closing your account",
    "Re:",
    "March",
)

LANGUAGES = {
    # settings name: (greeting, closed day, refund, words of the frame)
    "Español": ("Estimado/a Pat Example:", "1 de abril de 2026", "1.234,50", "Nuestra referencia"),
    "Français": ("Madame, Monsieur,", "1er avril 2026", "1 234,50", "Notre référence"),
    "Deutsch": ("Guten Tag Pat Example,", "1. April 2026", "1.234,50", "Unser Zeichen"),
}


def _letter_page(packet_subject: PacketSubject, language: str) -> tuple[str, str]:
    services = packet_subject.services
    services.settings.update({"reply_language": language, "currency": "EUR"})
    ids = packet_subject.contact_ids
    made = make_packet(
        services,
        packet_subject.customer_id,
        PacketOptions(
            PacketKind.TERMINATION,
            example_ids=(ids["english"], ids["email"], ids["after"]),
            closed_as_of=date(2026, 4, 1),
            refund=Decimal("1234.50"),
        ),
    )
    assert made.data.termination is not None
    pages = pdf_text(made.pdf.data)
    greeting = LANGUAGES[language][0]
    (page,) = [t for t in pages if greeting in t]
    return made.data.termination.letter, page


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_termination_letter_is_in_the_language_of_the_owners_replies(
    packet_subject: PacketSubject, language: str
) -> None:
    letter, page = _letter_page(packet_subject, language)
    greeting, closed, refund, reference = LANGUAGES[language]
    assert letter.startswith(greeting)
    text = flat(page)
    assert closed in text and refund in text and reference in text, text
    # The letter and its frame, from below the business's address to the sign-off (the
    # packet's own running head above it stays the packet's, in English).
    body = text.split("Portmere", 1)[1].rsplit("Jordan Ellis", 1)[0]
    left = [w for w in ENGLISH_FRAME if re.search(rf"\b{re.escape(w)}", body)]
    assert left == [], body


def test_an_english_owner_still_gets_the_english_letter(packet_subject: PacketSubject) -> None:
    services = packet_subject.services
    made = make_packet(
        services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 4, 1)),
    )
    assert made.data.termination is not None
    assert made.data.termination.letter.startswith("Dear Pat Example,")
    page = next(flat(t) for t in pdf_text(made.pdf.data) if "Dear Pat Example" in t)
    assert "Re: Closing your account LF-7 as of 1 April 2026" in page
