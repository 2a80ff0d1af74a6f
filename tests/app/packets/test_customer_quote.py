"""The customer's own words in a contact, as every packet quote takes them: a forward's
forwarder's note and header lines left out, an earlier message the reply quotes left out where
it stands, and what was left out said outside the quotation marks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Channel, Direction
from app.packets.contact_data import PacketContact
from app.packets.customer_quote import customer_quote


def _contact(text: str, *categories: Category) -> PacketContact:
    return PacketContact(
        id=1,
        occurred_at=datetime(2026, 11, 23, 22, 14, tzinfo=UTC),
        zone="+00:00",
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        text=text,
        categories=categories,
    )


OUTLOOK_FORWARD = """Keep this one.

________________________________
From: Rex Marlow <rex@mail.example>
Sent: Monday, November 23, 2026 10:14 PM
To: workshop@halebikes.example
Subject: FW: You will pay

I will burn your shop down tonight."""


def test_an_outlook_forward_quotes_the_forwarded_words_and_names_the_forwarder() -> None:
    quote = customer_quote(_contact(OUTLOOK_FORWARD), forwarder="Tom Reed <tom@shop.example>")
    assert quote.quoted() == (
        "[a message forwarded by Tom Reed <tom@shop.example>; the forwarder's own note above "
        "it is not quoted] “I will burn your shop down tonight.”"
    )


def test_a_forward_with_no_note_above_it_quotes_the_message_without_its_header_lines() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Rex Marlow <rex@mail.example>\n"
        "Date: Mon, 23 Nov 2026 at 22:14\nSubject: You will pay\n\nI know where you live."
    )
    assert customer_quote(_contact(text)).quoted() == (
        "[a message forwarded] “I know where you live.”"
    )


def test_flagged_words_only_in_lines_nothing_shows_were_sent_before_are_quoted_as_theirs() -> None:
    # The import read "> " lines with no "On … wrote:" above them as the sender's own words.
    quote = customer_quote(_contact("Hi\n\n> I will kill you\n\nBye", Category.THREAT_PHYSICAL))
    assert quote.words == "Hi > I will kill you Bye"
    assert not quote.after


# Gmail's and Apple Mail's forwards as they read in the business's own language: the
# forwarder's note (a member of staff's words) is never quoted as the customer's.
LOCAL_FORWARDS = [
    ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    ("---------- Vidarebefordrat meddelande ---------", "Från", "Datum", "Ämne", "Till"),
    ("---------- Välitetty viesti ---------", "Lähettäjä", "Päivämäärä", "Aihe", "Vastaanottaja"),
    ("---------- Videresendt meddelelse ----------", "Fra", "Dato", "Emne", "Til"),
    ("Anfang der weitergeleiteten Nachricht:", "Von", "Datum", "Betreff", "An"),
    ("Début du message réexpédié :", "De", "Date", "Objet", "À"),
]


@pytest.mark.parametrize(("marker", "sender", "date", "subject", "to"), LOCAL_FORWARDS)
def test_a_forward_in_another_language_quotes_only_the_forwarded_words(
    marker: str, sender: str, date: str, subject: str, to: str
) -> None:
    text = (
        "Das ist der Kunde, der uns bedroht. Ich habe Angst. -- Tom\n\n"
        f"{marker}\n{sender}: Rex Marlow <rex@mail.example>\n{date}: 23.11.2026 22:14\n"
        f"{subject}: Rechnung\n{to}: <workshop@halebikes.example>\n\n"
        "Ich werde Ihren Laden anzünden."
    )
    quote = customer_quote(_contact(text), forwarder="Tom Reed <tom@shop.example>")
    assert quote.quoted() == (
        "[a message forwarded by Tom Reed <tom@shop.example>; the forwarder's own note above "
        "it is not quoted] “Ich werde Ihren Laden anzünden.”"
    )
