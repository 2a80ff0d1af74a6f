"""A thread pasted from a mail program set to another language splits where its headers show
the next message, as an English one does: the shop's earlier reply, quoted under the
customer's words, is never logged as part of what he wrote."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.domain import Customer
from app.importing.paste import split_pasted
from app.services import Services

OWN = "owner@shop.example"
BERLIN = ZoneInfo("Europe/Berlin")
HIS = "Das ist eine Frechheit. Ich will mein Geld zurück, sonst sehen wir uns vor Gericht."
OURS = "Guten Tag, Ihre Erstattung ist unterwegs."
ELEVEN_THIRTY = datetime(2026, 11, 2, 11, 30, tzinfo=BERLIN)

# Outlook's header block over a quoted reply, as each language's Outlook writes it; the time
# is read where Steady reads that language's dates (None: kept as written).
OUTLOOK_BLOCKS = {
    "de": ("Von: Hale Bikes <{own}>\nGesendet: Montag, 2. November 2026 11:30\n"
           "An: Rex Hostile <rex@example.com>\nBetreff: AW: Bestellung 4471", ELEVEN_THIRTY),
    "fr": ("De : Hale Bikes <{own}>\nEnvoyé : lundi 2 novembre 2026 11:30\n"
           "À : Rex Hostile <rex@example.com>\nObjet : RE: Commande 4471", ELEVEN_THIRTY),
    "es": ("-----Mensaje original-----\nDe: Hale Bikes <{own}>\n"
           "Enviado el: lunes, 2 de noviembre de 2026 11:30\nPara: Rex Hostile <rex@example.com>\n"
           "Asunto: RE: Pedido 4471", ELEVEN_THIRTY),
    "it": ("Da: Hale Bikes <{own}>\nInviato: lunedì 2 novembre 2026 11:30\n"
           "A: Rex Hostile <rex@example.com>\nOggetto: R: Ordine 4471", ELEVEN_THIRTY),
    "nl": ("Van: Hale Bikes <{own}>\nVerzonden: maandag 2 november 2026 11:30\n"
           "Aan: Rex Hostile <rex@example.com>\nOnderwerp: RE: Bestelling 4471", ELEVEN_THIRTY),
    "pl": ("Od: Hale Bikes <{own}>\nWysłano: poniedziałek, 2 listopada 2026 11:30\n"
           "Do: Rex Hostile <rex@example.com>\nTemat: RE: Zamówienie 4471", None),
    "de-original": ("-----Ursprüngliche Nachricht-----\nVon: Hale Bikes <{own}>\n"
                    "Gesendet: Montag, 2. November 2026 11:30\nBetreff: AW: Bestellung", ELEVEN_THIRTY),
}  # fmt: skip

# The line Gmail (and Thunderbird, Apple Mail) writes above a quoted reply, by language.
REPLY_INTROS = {
    "de": "Am Mo., 2. Nov. 2026 um 11:30 Uhr schrieb Hale Bikes <{own}>:",
    "de-thunderbird": "Am 02.11.26 um 11:30 schrieb Hale Bikes <{own}>:",
    "fr": "Le lun. 2 nov. 2026 à 11:30, Hale Bikes <{own}> a écrit :",
    "es": "El lun, 2 nov 2026 a las 11:30, Hale Bikes (<{own}>) escribió:",
    "it": "Il giorno lun 2 nov 2026 alle ore 11:30 Hale Bikes <{own}> ha scritto:",
    "nl": "Op ma 2 nov. 2026 om 11:30 schreef Hale Bikes <{own}>:",
    "pt": "Em seg., 2 de nov. de 2026 às 11:30, Hale Bikes <{own}> escreveu:",
    "pl": "W dniu 2.11.2026 o 11:30 Hale Bikes <{own}> pisze:",
    "ru": "пн, 2 нояб. 2026 г. в 11:30, Hale Bikes <{own}>:",
    "ja": "2026年11月2日(月) 11:30 Hale Bikes <{own}>:",
}
# Read to a moment: the languages whose dates Steady reads.
INTRO_TIMES = {"de", "fr", "es"}


@pytest.fixture
def rex(services: Services) -> int:
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Anna Hale"}
    )
    return services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


@pytest.mark.parametrize("language", OUTLOOK_BLOCKS)
def test_an_outlook_block_in_another_language_starts_the_quoted_message(language: str) -> None:
    block, when = OUTLOOK_BLOCKS[language]
    pasted = f"{HIS}\n\n{block.format(own=OWN)}\n\n{OURS}\n"
    his, ours = split_pasted(pasted, zone=BERLIN)
    assert his.text == HIS
    assert (ours.text, ours.sender_address, ours.quoted) == (OURS, OWN, True)
    assert ours.subject.endswith("4471") or language == "de-original"
    assert ours.sent_at == when


@pytest.mark.parametrize("language", REPLY_INTROS)
def test_a_reply_introduction_in_another_language_starts_the_quoted_message(
    language: str,
) -> None:
    pasted = f"{HIS}\n\n{REPLY_INTROS[language].format(own=OWN)}\n> {OURS}\n"
    his, ours = split_pasted(pasted, zone=BERLIN)
    assert his.text == HIS
    assert (ours.text, ours.sender, ours.quoted) == (OURS, f"Hale Bikes <{OWN}>", True)
    assert ours.sent_at == (ELEVEN_THIRTY if language in INTRO_TIMES else None)
    assert "11:30" in ours.sent


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_shops_quoted_reply_is_not_logged_as_the_customers_words(
    services: Services, rex: int, language: str
) -> None:
    block, _ = OUTLOOK_BLOCKS[language]
    pasted = f"{HIS}\n\n{block.format(own=OWN)}\n\n{OURS}\n"
    report = services.imports.import_pasted(rex, pasted)
    texts = [services.contacts.get(item.contact_id).text for item in report.imported]
    assert texts == [HIS, OURS]
    # Quoted inside his paste, the shop's words are his claim until the owner confirms.
    assert report.imported[1].doubted.startswith("It says it is from Hale Bikes <owner@")


@pytest.mark.parametrize(
    "own_words",
    [
        # His own lines shaped like headers: no "Gesendet:" under the "Von:".
        "Von: meinem Anwalt bekommen Sie Post.\nAn: alle, die es lesen wollen.\nIch will mein Geld.",
        # His own sentence ending in "schrieb …:" with no date and no address.
        "Am Montag schrieb ich Ihnen:\n> Ich will mein Geld.\nNichts ist passiert.",
        "De : ma part, c'est fini.\nÀ : vous de voir.\nJe veux mon argent.",
    ],
    ids=["von-an", "am-montag-schrieb", "de-a"],
)
def test_a_customers_own_lines_shaped_like_headers_do_not_split_his_message(
    own_words: str,
) -> None:
    (message,) = split_pasted(own_words, zone=BERLIN)
    assert message.text == own_words
    assert not message.quoted


@pytest.mark.parametrize(
    ("block", "typed"),
    [
        (OUTLOOK_BLOCKS["de"][0], "An: Ihnen, ich weiß, wo Sie wohnen"),
        (
            "From: Hale Bikes <{own}>\nSent: Monday, November 2, 2026 11:30 AM\n"
            "Subject: RE: Order 4471",
            "To: you, I know where you live",
        ),
    ],
    ids=["de", "en"],
)
def test_words_typed_after_to_in_a_header_block_stay_in_the_message(block: str, typed: str) -> None:
    """A hostile sender writes his threat as the block's "To:" line: it is not an address
    list, so it stays in the words the log keeps and the threat reader reads."""
    lines = block.format(own=OWN).split("\n")
    lines.insert(2, typed)
    pasted = f"{HIS}\n\n" + "\n".join(lines) + f"\n\n{OURS}\n"
    messages = split_pasted(pasted, zone=BERLIN)
    assert any(typed in message.text for message in messages)


@pytest.mark.parametrize(
    "to",
    [
        "Rex Hostile <rex@example.com>; Anna Hale",
        "Ludwig van Beethoven, Ana de la Cruz",
        "王小明; 'Hale, Anna'",
        "undisclosed-recipients:;",
    ],
)
def test_a_to_line_listing_people_is_still_read_as_the_header(to: str) -> None:
    pasted = (
        f"{HIS}\n\nVon: Hale Bikes <{OWN}>\nGesendet: Montag, 2. November 2026 11:30\n"
        f"An: {to}\nBetreff: AW: Bestellung 4471\n\n{OURS}\n"
    )
    his, ours = split_pasted(pasted, zone=BERLIN)
    assert his.text == HIS
    assert (ours.text, ours.subject) == (OURS, "AW: Bestellung 4471")
