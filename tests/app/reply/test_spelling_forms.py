"""Plurals, verb forms and British spellings are words, not mistakes; mistakes still are."""

from __future__ import annotations

import pytest

from app.reply.spelling import SpellCheck

CORRECT = {
    "es": (
        "Gracias por su mensaje. Hemos revisado su pedido y las semanas de espera; en unos "
        "días recibirá los productos. Saludos cordiales"
    ),
    "fr": "Nous avons reçu vos messages et les colis partiront dans quelques jours. Cordialement",
    "de": (
        "Vielen Dank für Ihre Nachrichten. Wir haben Ihre Bestellungen geprüft und melden uns "
        "in den nächsten Tagen. Mit freundlichen Grüßen"
    ),
    "en": (
        "We apologise for the behaviour of our staff at the centre: the programme was "
        "cancelled, and we realised the colour on the label was wrong."
    ),
}
MISTAKES = {
    "es": ("Grasias por su mensage.", ["Grasias", "mensage"]),
    "fr": ("Nous avont recu vos mesages.", ["avont", "mesages"]),
    "de": ("Vielen Dnak für Ihre Nachrichtne.", ["Dnak", "Nachrichtne"]),
    "en": ("We apologize for teh behavior; we recieve it.", ["teh", "recieve"]),
}


@pytest.mark.parametrize("language", list(CORRECT))
def test_a_correct_reply_has_no_spelling_marks(language: str) -> None:
    check = SpellCheck(language=language, grammar=False)
    assert [issue.words for issue in check.spelling(CORRECT[language])] == []


@pytest.mark.parametrize("language", list(MISTAKES))
def test_misspelt_words_are_still_marked(language: str) -> None:
    text, wrong = MISTAKES[language]
    check = SpellCheck(language=language, grammar=False)
    assert [issue.words for issue in check.spelling(text)] == wrong
