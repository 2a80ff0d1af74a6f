"""The letters to a platform (the preservation request, the report of a post) are written in the
language of the owner's letters to customers: no English word of the frame left, the dates in
that language's form, and the same facts as the English letter."""

from __future__ import annotations

import re
from dataclasses import astuple

import pytest

from app.packets.assembly import PacketOptions
from app.packets.data import PacketData, PacketKind
from app.packets.making import make_packet
from app.packets.platform_letter_words import ENGLISH
from app.packets.platform_letters import letter_title, platform_report, preservation_letter
from app.services import Services

LANGUAGES = ("es", "fr", "de")
# Every word of the English letters' frame ("Dear", "preserve", "Posted", "Exhibit"…).
FRAME = {
    w.lower()
    for text in astuple(ENGLISH)
    for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w+\}", "", text))
} - {"sha"}  # SHA-256 is its name in every language
# The same words in the language itself.
THEIRS = {"es": {"legal"}, "fr": {"information", "messages", "police"}, "de": {"name"}}
MONTHS = (
    "January February March April May June July August September October November December"
).split()
DATE = {
    "es": r"\d{1,2} de (?:julio|septiembre|octubre) de 2026",
    "fr": r"(?:1er|\d{1,2}) (?:juillet|septembre|octobre) 2026",
    "de": r"\d{1,2}\. (?:Juli|September|Oktober) 2026",
}


def _letters(data: PacketData, language: str) -> list[str]:
    providers = ["", *sorted({p.platform for p in data.public_posts})]
    return [preservation_letter(data, p, language) for p in providers] + [
        platform_report(data, post, language) for post in data.public_posts
    ]


def _without_owners_data(text: str, data: PacketData) -> str:
    """The letter without what the owner or the customer wrote (a post in English, names)."""
    customer, business = data.customer, data.business
    theirs = [customer.name, *customer.emails, *customer.handles, business.name]
    theirs += [business.signature, *business.address_lines, business.owner_name]
    for post in data.public_posts:
        theirs += [" ".join(post.text.split()), post.url, post.handle, post.platform]
    for words in sorted((w for w in theirs if w), key=len, reverse=True):
        text = text.replace(words, "")
    return text


@pytest.fixture
def renee(demo_services: Services) -> PacketData:
    """The demo customer whose posts are on two review sites and a forum."""
    customer = next(
        c.id for c in demo_services.customers.page(0, 10) if c.name == "Renée Delacroix"
    )
    return make_packet(demo_services, customer, PacketOptions(PacketKind.LEGAL)).data


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_letter_to_a_platform_has_no_english_left(renee: PacketData, language: str) -> None:
    for letter in _letters(renee, language):
        own = _without_owners_data(letter, renee)
        english = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", own)} & FRAME
        assert english - THEIRS[language] == set(), letter
        assert not re.search(rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)})\b", own), letter
        assert re.search(DATE[language], letter), letter


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_letter_to_a_platform_says_the_same_facts_in_each_language(
    renee: PacketData, language: str
) -> None:
    for english, translated in zip(_letters(renee, "en"), _letters(renee, language), strict=True):
        # The reference, the exhibit numbers, the addresses, handles and the customer's words.
        facts = re.findall(r"https?://\S+|@\w+|\b[\w.-]+@[\w.-]+|\d+", english)
        assert [f for f in facts if f not in translated] == [], translated
        assert english.count("\n") == translated.count("\n")


def test_dates_are_written_as_the_language_writes_them(renee: PacketData) -> None:
    report = platform_report(renee, renee.public_posts[0], "es")
    assert "Fecha de publicación: 13 de julio de 2026" in report
    assert "desde el 5 de julio de 2026" in report
    assert "Veröffentlicht am: 13. Juli 2026" in platform_report(renee, renee.public_posts[0], "de")
    french = preservation_letter(renee, "", "fr")
    assert "entre le 5\u00a0juillet 2026" not in french  # a date is not a French phrase to space
    assert "entre le 5 juillet 2026 et le 3 octobre 2026" in french
    assert "Objet\u00a0: Demande de conservation des données" in french  # no line starts with ":"


def test_the_quotation_marks_are_the_languages_own(renee: PacketData) -> None:
    post = renee.public_posts[0]
    start = " ".join(post.text.split())[:20]
    assert f"«{start}" in platform_report(renee, post, "es")
    assert f"«\u00a0{start}" in platform_report(renee, post, "fr")
    assert f"„{start}" in platform_report(renee, post, "de")


def test_english_stays_the_default_and_the_titles_follow_the_language(
    renee: PacketData,
) -> None:
    post = renee.public_posts[0]
    assert platform_report(renee, post) == platform_report(renee, post, "en")
    assert platform_report(renee, post, "it") == platform_report(renee, post, "en")
    assert letter_title("preserve", "de") == "Bitte um Datensicherung"
    assert letter_title("report", "es") == "Denuncia a una plataforma"
    assert letter_title("report") == "Report to a platform"
