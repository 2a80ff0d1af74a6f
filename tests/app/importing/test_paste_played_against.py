"""A pasted thread shaped by the other side: a customer who answers below the shop's quoted
words, in German as in English, has them logged as his; a paste of thousands of reply
introductions, or a line of a web page's spaces, is read and never ends in an error or a hang."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from app.core.domain import Category, Customer, Direction
from app.importing.paste import split_pasted
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text

OWN = "owner@shop.example"
BERLIN = ZoneInfo("Europe/Berlin")
OURS = "Ihre Erstattung ist unterwegs."
HIS = "Ich weiß, wo Sie wohnen. Ich komme vorbei und zünde Ihren Laden an."
INTROS = {
    "de": f"Am 2. Nov. 2026 um 11:30 schrieb Hale Bikes <{OWN}>:",
    "fr": f"Le lun. 2 nov. 2026 à 11:30, Hale Bikes <{OWN}> a écrit :",
    "es": f"El lun, 2 nov 2026 a las 11:30, Hale Bikes (<{OWN}>) escribió:",
    "en": f"On Mon, 2 Nov 2026 at 11:30, Hale Bikes <{OWN}> wrote:",
}


@pytest.fixture
def rex(services: Services) -> int:
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Anna Hale"}
    )
    return services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


@pytest.mark.parametrize("language", INTROS)
def test_his_threat_written_under_the_shops_quoted_words_is_his(
    services: Services, rex: int, language: str
) -> None:
    """He answers below the quote, as many German mail users do: his threat was logged as
    the shop's words, sent by the business, with nothing to doubt."""
    pasted = f"{INTROS[language]}\n> {OURS}\n>\n\n{HIS}\n"
    report = services.imports.import_pasted(rex, pasted)
    logged = [services.contacts.get(item.contact_id) for item in report.imported]
    assert [(contact.direction, contact.text) for contact in logged] == [
        (Direction.INBOUND, HIS),
        (Direction.INBOUND, OURS),
    ]
    assert "it is quoted inside pasted message 1" in report.imported[1].doubted
    assert Category.THREAT_VANDALISM in {s.category for s in report.imported[0].suggestions}


def test_his_threat_under_the_quote_is_printed_in_the_packet_as_his(
    services: Services, rex: int
) -> None:
    pasted = f"{INTROS['de']}\n> {OURS}\n\n{HIS}\n"
    services.imports.import_pasted(rex, pasted)
    packet = make_packet(services, rex, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(packet.pdf.data)))
    assert HIS in text
    assert f"{OURS} {HIS}" not in text
    assert f"Rex Hostile wrote: “{HIS}”" in text


def test_words_between_quoted_lines_stay_with_whoever_quoted_them() -> None:
    pasted = f"{INTROS['de']}\n> {OURS}\n{HIS}\n> Mit freundlichen Grüßen\nNoch etwas.\n"
    his, ours = split_pasted(pasted, zone=BERLIN)
    assert (his.sender, his.quoted) == ("", False)
    assert his.text == f"{HIS}\n> Mit freundlichen Grüßen\nNoch etwas."
    assert (ours.text, ours.sender_address, ours.quoted) == (OURS, OWN, True)


def test_a_gmail_page_copy_without_quote_marks_keeps_everything_below_as_the_quote() -> None:
    pasted = f"Siehe unten.\n\n{INTROS['de']}\n{OURS}\n\nMit freundlichen Grüßen\n"
    his, ours = split_pasted(pasted, zone=BERLIN)
    assert his.text == "Siehe unten."
    assert ours.text == f"{OURS}\n\nMit freundlichen Grüßen"


def test_thousands_of_reply_introductions_are_read_with_every_word_kept() -> None:
    lines = [f"{INTROS['de']}\n> Nachricht {n}" for n in range(5000)]
    messages = split_pasted("\n".join(lines), zone=BERLIN)
    words = "\n".join(message.text for message in messages)
    assert all(f"Nachricht {n}" in words for n in (0, 1, 2500, 4999))
    assert any(message.sender_address == OWN for message in messages)


@pytest.mark.parametrize(
    "pasted",
    [
        " " * 200_000 + f"\n{HIS}",
        f"Rex <rex@example.com>\n{' ' * 200_000}\n{HIS}",
        f"{INTROS['de']}\n" + "> " * 2000 + f"{HIS}\n" + ">" * 200_000,
    ],
    ids=["spaces", "spaces-under-an-address", "quote-marks"],
)
def test_a_line_of_two_hundred_thousand_characters_is_read(pasted: str) -> None:
    """A web page copied with the paste carries long runs of spaces: the Gmail-page reading
    went back and forth over them for hours."""
    messages = split_pasted(pasted, zone=BERLIN)
    assert HIS in "\n".join(message.text for message in messages)


@pytest.mark.parametrize(
    "own_words",
    [
        "Lo dejo claro.\nDe: mi parte, se acabó.\n"
        "Fecha: el sábado voy a tu tienda y te voy a romper las piernas.\nYa lo sabes.",
        "Klartext.\nVon: mir aus gern.\nDatum: egal, ich weiß, wo Sie wohnen.\nBis Samstag.",
        "Plain.\nFrom: my side, it is over.\nDate: Saturday I come to your shop and break your legs.",
    ],
    ids=["es", "de", "en"],
)
def test_his_threat_on_a_line_shaped_as_a_headers_time_stays_in_his_words(
    services: Services, rex: int, own_words: str
) -> None:
    """His "Fecha: …" line gives no date: read as a header block's time, the threat on it was
    kept only as the time "as written", out of the log's words and the threat suggestions."""
    (message,) = split_pasted(own_words, zone=BERLIN)
    assert message.text == own_words
    report = services.imports.import_pasted(rex, own_words)
    assert [services.contacts.get(item.contact_id).text for item in report.imported] == [own_words]
    assert report.imported[0].suggestions
