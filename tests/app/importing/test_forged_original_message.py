"""A customer types Outlook's "-----Original Message-----" into his own mail, in any language
Steady reads, with a header block under it that gives no time and names none of the business's
addresses, and writes a threat below as if quoting the shop. Such a block shows no earlier
message, as a forged "On … wrote:" shows none: what follows is read against the log, the
customer's words unless the business wrote them. An honest Outlook reply is unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Channel, Direction
from app.importing.suggest import QUOTED_NOTE, suggest_categories
from app.packets.contact_data import PacketContact
from app.packets.customer_quote import customer_quote

OWN = frozenset({"anna@halebikes.example"})
THREAT = "I will burn your shop down."
# (marker, "From" line, an undated "Sent" line) as each language's Outlook names them.
BLOCKS = {
    "en": ("Original Message", "From: Hale Bikes", "Sent: Monday"),
    "de": ("Ursprüngliche Nachricht", "Von: Hale Bikes", "Gesendet: Montag"),
    "fr": ("Message d'origine", "De : Hale Bikes", "Envoyé : lundi"),
    "es": ("Mensaje original", "De: Hale Bikes", "Enviado el: lunes"),
    "sv": ("Ursprungligt meddelande", "Från: Hale Bikes", "Skickat: måndag"),
    "da": ("Oprindelig meddelelse", "Fra: Hale Bikes", "Sendt: mandag"),
    "fi": ("Alkuperäinen viesti", "Lähettäjä: Hale Bikes", "Lähetetty: maanantai"),
    "ru": ("Исходное сообщение", "От: Hale Bikes", "Отправлено: понедельник"),
    "ja": ("元のメッセージ", "差出人: Hale Bikes", "送信日時: 月曜日"),
}


def _mail(language: str, sender: str = "", sent: str = "") -> str:
    marker, from_line, sent_line = BLOCKS[language]
    return (
        f"Whatever.\n\n-----{marker}-----\n{sender or from_line}\n{sent or sent_line}\n"
        f"Subject: Your bike\n\n{THREAT}\n"
    )


def _suggested(text: str, earlier: list[tuple[str, str]] | None = None) -> list[str]:
    return [
        s.explanation for s in suggest_categories(text, own=OWN, earlier=(lambda: earlier or []))
    ]


@pytest.mark.parametrize("language", BLOCKS)
def test_a_threat_under_an_undated_original_message_block_is_suggested(language: str) -> None:
    assert _suggested(_mail(language)) == [
        f"Threat of vandalism: “burn your shop down” ({QUOTED_NOTE})"
    ]


def test_a_dated_block_naming_the_customers_own_address_is_read_too() -> None:
    text = _mail("en", "From: Rex <rex@mail.example>", "Sent: Monday, November 2, 2026 11:30 AM")
    assert _suggested(text) == [f"Threat of vandalism: “burn your shop down” ({QUOTED_NOTE})"]


def test_the_words_are_left_out_when_the_business_wrote_them() -> None:
    earlier = [("Your bike", f"Please read our terms. {THREAT}")]
    assert _suggested(_mail("de"), earlier) == []


@pytest.mark.parametrize(
    ("sender", "sent"),
    [
        ("From: Hale Bikes", "Sent: Monday, November 2, 2026 11:30 AM"),
        ("From: Hale Bikes <anna@halebikes.example>", "Sent: Monday"),
    ],
)
def test_an_outlook_reply_quoting_the_shop_is_still_left_out(sender: str, sent: str) -> None:
    assert _suggested(_mail("en", sender, sent)) == []


def test_the_packet_quotes_the_threat_as_the_customers() -> None:
    contact = PacketContact(
        id=1,
        occurred_at=datetime(2026, 11, 23, 22, 14, tzinfo=UTC),
        zone="+00:00",
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        text=_mail("en"),
        categories=(Category.THREAT_VANDALISM,),
    )
    quote = customer_quote(contact)
    assert THREAT in quote.words and quote.words.startswith("Whatever.")
