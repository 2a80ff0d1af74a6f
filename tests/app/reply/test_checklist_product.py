"""A shop's hours, prices and staff are told in words a broken product is told in too: "you
broke your promise", "why won't you open on Sundays?". None of them is a product to test."""

from __future__ import annotations

import pytest

from app.reply.checklist import is_product_problem

SHOP_WORDS = (
    "You broke your promise to call me back.",
    "Broken promises, that is all your shop gives.",
    "Why won't you open on Sundays like everyone else?",
    "You can't charge me for delivery when it was late!",
    "Your staff snapped at me in front of everyone.",
    "I feel ripped off by your prices.",
    "He came off as arrogant and rude.",
    "There is an error in my invoice.",
    "My order is missing and nobody answers.",
    "Sie haben Ihr Versprechen gebrochen.",
    "Der Laden öffnet nicht vor zehn, das ist lächerlich.",
    "La tienda no abre los domingos, ¿por qué?",
    "Votre magasin est trop petit et le vendeur impoli.",
)


@pytest.mark.parametrize("text", SHOP_WORDS)
def test_words_about_the_shop_are_not_a_product_problem(text: str) -> None:
    assert not is_product_problem(text)


@pytest.mark.parametrize(
    "text",
    (
        "The lamp broke after a week.",
        "The torch won't open, the battery cover is stuck.",
        "It won't charge at all.",
        "Die Hose ist eine Nummer zu klein.",
        "I keep getting an error when I upload a folder.",
    ),
)
def test_the_same_words_about_a_product_are(text: str) -> None:
    assert is_product_problem(text)


def test_something_bought_is_a_product_problem_unless_the_message_asks_after_its_delivery() -> None:
    assert is_product_problem("I bought it last week and it smells of burning.")
    assert is_product_problem("Ich habe den Mixer bei Ihnen gekauft und er riecht verbrannt.")
    assert not is_product_problem("I bought two lamps, where are they?")
    assert not is_product_problem("J'ai acheté une lampe, quand arrive la livraison ?")
    assert not is_product_problem("I bought a lamp from you. Do you sell matching shades?")
