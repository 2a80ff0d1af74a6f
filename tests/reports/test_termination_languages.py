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
from tests.helpers.pdf_reading import outline

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


def _letter_pages(packet_subject: PacketSubject, language: str) -> tuple[str, list[str]]:
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
    return made.data.termination.letter, [t for t in pages if greeting in t]


def _letter_page(packet_subject: PacketSubject, language: str) -> tuple[str, str]:
    letter, pages = _letter_pages(packet_subject, language)
    (page,) = pages
    return letter, page


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_termination_letter_is_in_the_language_of_the_owners_replies(
    packet_subject: PacketSubject, language: str
) -> None:
    letter, page = _letter_page(packet_subject, language)
    greeting, closed, refund, reference = LANGUAGES[language]
    assert letter.startswith(greeting)
    text = flat(page)
    assert closed in text and refund in text and reference in text, text
    # The letter and its frame, from below the business's address to the sign-off.
    body = text.split("Portmere", 1)[1].rsplit("Jordan Ellis", 1)[0]
    left = [w for w in ENGLISH_FRAME if re.search(rf"\b{re.escape(w)}", body)]
    assert left == [], body


# The running head and footer of the packet's own pages.
ENGLISH_HEAD_AND_FOOT = (
    "Termination packet",
    r"\bNo\.",
    "enerated",
    r"Page \d+ of",
    "Closing your",
)
HEAD_AND_FOOT = {
    # settings name: the letter's title, its number, when it was made, its page of how many
    "Español": ("Cierre de su cuenta", "n.º", "generado el", r"Página \d+ de (\d+)"),
    "Français": ("Clôture de votre compte", "n°", "établi le", r"Page \d+ sur (\d+)"),
    "Deutsch": ("Schließung Ihres Kundenkontos", "Nr.", "erstellt am", r"Seite \d+ von (\d+)"),
}


@pytest.mark.parametrize("language", list(HEAD_AND_FOOT))
def test_the_letters_running_head_and_footer_are_in_its_language(
    packet_subject: PacketSubject, language: str
) -> None:
    """The customer reads the page they are sent, head and foot, in their language; its page
    and Bates numbers still count in the packet's, and the packet's other pages keep theirs."""
    _, pages = _letter_pages(packet_subject, language)
    assert pages
    title, number, made, page_of = HEAD_AND_FOOT[language]
    for page in pages:
        text = flat(page)
        left = [w for w in ENGLISH_HEAD_AND_FOOT if re.search(w, text)]
        assert left == [], text
        head, foot = flat(f"{title} · {number} "), flat(f"{title} {number} ")
        assert head in text and foot in text, text
        assert made in text and re.search(page_of, text), text
        assert re.search(r"\b[A-Z]{2}-\d{6}\b", text), text


def test_the_packets_own_pages_keep_their_english_head_and_foot(
    packet_subject: PacketSubject,
) -> None:
    packet_subject.services.settings.update({"reply_language": "Español"})
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 4, 1)),
    )
    pages = [flat(t) for t in pdf_text(made.pdf.data)]
    others = [(n, t) for n, t in enumerate(pages, 1) if "Estimado/a" not in t]
    assert len(others) == len(pages) - 1
    for number, text in others:
        assert f"Page {number} of {len(pages)}" in text, text
        assert f"Termination packet No. {made.data.number}" in text, text
        assert "Cierre de su cuenta" not in text and "Página" not in text, text


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


BOOKMARKS = {
    "Español": "Carta de cierre de la cuenta",
    "Français": "Lettre de clôture du compte",
    "Deutsch": "Kündigungsschreiben",
}


@pytest.mark.parametrize("language", list(BOOKMARKS))
def test_the_letters_bookmark_is_in_its_language(
    packet_subject: PacketSubject, language: str
) -> None:
    """The customer's copy is the letter's page: its marker, copied with the page's words or
    read aloud, is in the letter's language, as is the bookmark leading to it; the packet's
    English contents name it in both."""
    services = packet_subject.services
    services.settings.update({"reply_language": language})
    made = make_packet(
        services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 4, 1)),
    )
    pages = [flat(t) for t in pdf_text(made.pdf.data)]
    greeting = LANGUAGES[language][0]
    letter_page = next(n for n, t in enumerate(pages, 1) if greeting in t)
    marks = dict(outline(made.pdf.data))
    assert marks.get(BOOKMARKS[language]) == letter_page, marks
    assert "Termination letter" not in marks
    assert "Termination letter" not in pages[letter_page - 1]
    assert BOOKMARKS[language] in pages[letter_page - 1]
    contents = next(t for t in pages if "Contents" in t)
    assert flat(f"Termination letter ({BOOKMARKS[language]})") in contents, contents


def test_an_english_letter_is_bookmarked_as_before(packet_subject: PacketSubject) -> None:
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, closed_as_of=date(2026, 4, 1)),
    )
    pages = [flat(t) for t in pdf_text(made.pdf.data)]
    letter_page = next(n for n, t in enumerate(pages, 1) if "Dear Pat Example" in t)
    assert dict(outline(made.pdf.data))["Termination letter"] == letter_page
