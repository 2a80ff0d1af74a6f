"""A Spanish refund letter is not underlined for its regular futures and its verbs with
pronouns, while a misspelt word still is."""

from __future__ import annotations

from app.reply.spelling import SpellCheck

LETTER = (
    "Puede contactarnos o escribirnos cuando quiera. Queremos disculparnos: le devolveremos "
    "el dinero y reembolsaremos el envío. Díganos qué pasó e indíquenos su pedido. "
    "Revisaremos todo y le escribiremos mañana. Dígamelo por teléfono si lo prefiere."
)


def _flagged(text: str) -> list[str]:
    return [text[issue.start : issue.end] for issue in SpellCheck(language="es").check(text)]


def test_regular_futures_and_verbs_with_pronouns_are_correct_spanish() -> None:
    assert _flagged(LETTER) == []


def test_a_misspelt_word_with_a_future_or_pronoun_ending_is_still_flagged() -> None:
    assert _flagged("Le devolverremos el dinero. Contactranos hoy. Es un eror.") == [
        "devolverremos",
        "Contactranos",
        "eror",
    ]
