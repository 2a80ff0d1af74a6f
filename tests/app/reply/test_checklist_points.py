"""Step 3's checklist holds the customer's own points, in any language Steady replies in, and
all of them: never the shop's earlier mail quoted below, never a warm sentence."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.core.domain import Customer
from app.reply.checklist import extract_checklist, is_product_problem
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound

NEW = "I still have not got my refund. Where is it?\n\n"
SHOP = (
    "Hi Victor, we cannot refund after 30 days. Is there anything else we can help with? "
    "The files are not damaged on our side.\n"
)
QUOTED_BELOW = {
    "outlook": "-----Original Message-----\nFrom: Lumen Files <hello@lumen.example>\n"
    "Sent: Monday, November 23, 2026 10:00 AM\nTo: Victor Hale\nSubject: Invoice\n\n" + SHOP,
    "outlook without marker": "From: Lumen Files <hello@lumen.example>\n"
    "Sent: Monday, November 23, 2026 10:00 AM\nTo: Victor Hale\nSubject: Invoice\n\n" + SHOP,
    "gmail": "On Mon, 23 Nov 2026 at 10:00, Lumen Files <hello@lumen.example> wrote:\n\n"
    + "".join(f"> {line}\n" for line in SHOP.splitlines()),
    "gmail, quote marks lost": "On Mon, 23 Nov 2026 at 10:00, Lumen Files "
    "<hello@lumen.example> wrote:\n" + SHOP,
    "apple, two lines": "On 23 Nov 2026, at 10:00, Lumen Files\n<hello@lumen.example> wrote:\n\n"
    + SHOP,
    "german outlook": "-----Ursprüngliche Nachricht-----\nVon: Lumen Files\n"
    "Gesendet: Montag, 23. November 2026 10:00\nAn: Victor Hale\n\n" + SHOP,
    "german": "Am 23.11.2026 um 10:00 schrieb Lumen Files <hello@lumen.example>:\n" + SHOP,
    "french": "Le lun. 23 nov. 2026 à 10:00, Lumen Files <hello@lumen.example> a écrit :\n" + SHOP,
    "spanish": "El lun, 23 nov 2026 a las 10:00, Lumen Files (<hello@lumen.example>) "
    "escribió:\n" + SHOP,
    "spanish outlook": "De: Lumen Files <hello@lumen.example>\n"
    "Enviado: lunes, 23 de noviembre de 2026 10:00\nPara: Victor Hale\n\n" + SHOP,
    "french outlook": "-----Message d'origine-----\nDe : Lumen Files\n"
    "Envoyé : lundi 23 novembre 2026 10:00\n\n" + SHOP,
}


def points(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in extract_checklist(text)]


@pytest.mark.parametrize("quote", QUOTED_BELOW.values(), ids=QUOTED_BELOW.keys())
def test_the_shops_own_earlier_mail_quoted_below_is_not_a_point(quote: str) -> None:
    assert points(NEW + quote) == [
        ("complaint", "I still have not got my refund."),
        ("question", "Where is it?"),
    ]


def test_the_customers_own_words_after_on_monday_i_wrote_stay_points() -> None:
    # No mail program wrote this line: what follows is the customer's, and must be answered.
    text = "Nobody has answered.\nOn Monday I already wrote:\nWhere is my refund?\n"
    assert points(text) == [
        ("complaint", "Nobody has answered."),
        ("question", "Where is my refund?"),
    ]


def test_an_answer_written_between_quoted_lines_is_a_point() -> None:
    text = (
        "On Mon, 23 Nov 2026 at 10:00, Lumen Files <hello@lumen.example> wrote:\n"
        "> Is there anything else we can help with?\n"
        "Yes: the files are still broken. Why is nobody fixing them?\n"
    )
    assert points(text) == [
        ("complaint", "Yes: the files are still broken."),
        ("question", "Why is nobody fixing them?"),
    ]


def test_the_point_by_point_letter_never_quotes_the_shop_back_as_the_customer(
    business: Services, clock: FakeClock
) -> None:
    customer = business.customers.add(Customer(name="Victor Hale"))
    contact = business.contacts.log(
        customer, inbound(NEW + QUOTED_BELOW["outlook"], clock() - timedelta(hours=1))
    )
    state = business.replies.start(contact)
    letter = business.replies.use_template(state, "point-by-point")
    assert "1. You wrote: “I still have not got my refund.”" in letter
    assert "2. You asked: “Where is it?”" in letter
    assert "3." not in letter
    assert "we cannot refund after 30 days" not in letter
    assert "anything else we can help with" not in letter


ORDINARY = {
    "es": (
        "Hola. El paquete llegó roto. Nadie me ha contestado en dos semanas. "
        "Devuélvanme el dinero inmediatamente. Es una vergüenza. "
        "¿Cuándo me devolverán el dinero?",
        [
            ("complaint", "El paquete llegó roto."),
            ("complaint", "Nadie me ha contestado en dos semanas."),
            ("complaint", "Devuélvanme el dinero inmediatamente."),
            ("complaint", "Es una vergüenza."),
            ("question", "¿Cuándo me devolverán el dinero?"),
        ],
    ),
    "fr": (
        "Bonjour. Le colis est arrivé cassé. Personne ne m'a répondu depuis deux semaines. "
        "Remboursez-moi immédiatement. C'est inadmissible. Quand allez-vous me rembourser ?",
        [
            ("complaint", "Le colis est arrivé cassé."),
            ("complaint", "Personne ne m'a répondu depuis deux semaines."),
            ("complaint", "Remboursez-moi immédiatement."),
            ("complaint", "C'est inadmissible."),
            ("question", "Quand allez-vous me rembourser ?"),
        ],
    ),
    "de": (
        "Hallo. Das Paket kam kaputt an. Niemand hat mir geantwortet. "
        "Schicken Sie mir bis Freitag ein neues Gerät. Das ist eine Frechheit. "
        "Wann bekomme ich mein Geld?",
        [
            ("complaint", "Das Paket kam kaputt an."),
            ("complaint", "Niemand hat mir geantwortet."),
            ("demand", "Schicken Sie mir bis Freitag ein neues Gerät."),
            ("complaint", "Das ist eine Frechheit."),
            ("question", "Wann bekomme ich mein Geld?"),
        ],
    ),
}


@pytest.mark.parametrize("language", ORDINARY)
def test_complaints_demands_and_questions_in_spanish_french_and_german(language: str) -> None:
    text, expected = ORDINARY[language]
    assert points(text) == expected
    assert is_product_problem(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muchas gracias, todo llegó perfecto. ¡Un saludo!",
        "Merci encore pour votre aide, la personne au téléphone était très aimable.",
        "Vielen Dank, alles ist gut angekommen. Sonst alles bestens.",
        "Thanks, Timo was a great help. I will recommend you.",
    ],
)
def test_thanks_in_any_language_is_no_point_to_answer(text: str) -> None:
    assert points(text) == []


def test_every_point_of_a_long_message_is_listed() -> None:
    text = " ".join(f"Question number {n} is this right?" for n in range(1, 21))
    items = extract_checklist(text)
    assert len(items) == 20
    assert items[-1].text == "Question number 20 is this right?"


def test_a_rant_without_full_stops_becomes_points_of_a_readable_size() -> None:
    """Angry mail is often one run of words: five thousand of them were one tick item."""
    words = (
        "you are useless and I want my refund now, nobody answers the phone and "
        "I will tell everyone about this shop "
    )
    rant = words * 300
    items = extract_checklist(rant)
    assert len(items) > 1
    assert all(len(item.text) <= 320 for item in items)
    flat = " ".join(rant.split())
    for item in items:
        assert item.text.strip("…") in flat  # the customer's own words, only cut
    assert items[0].text.startswith("you are useless") and items[0].text.endswith("…")
    assert all(item.text.startswith("…") for item in items[1:])


def test_an_ordinary_long_sentence_stays_whole() -> None:
    sentence = (
        "I ordered the blue lamp three weeks ago, paid for express delivery, waited in all "
        "day on Tuesday and still nothing has arrived, which is frankly unacceptable."
    )
    assert [item.text for item in extract_checklist(sentence)] == [sentence]


@pytest.mark.parametrize(
    "message",
    [
        "This is my third email and still nothing.\nOn 2 November at 10:00 I wrote:\n"
        "The table arrived broken and I want a full refund. When will you collect it? "
        "Why has nobody answered me?",
        "Dritte Mail.\nAm 2.11. um 10:00 schrieb ich Ihnen:\nDer Tisch kam kaputt an. Ich will "
        "mein Geld zurück. Wann holen Sie ihn ab? Warum antwortet niemand?",
    ],
)
def test_a_customer_quoting_their_own_unanswered_mail_keeps_every_point(message: str) -> None:
    """A customer who pastes their own earlier mail again is still asking all of it."""
    assert len(extract_checklist(message)) >= 3
