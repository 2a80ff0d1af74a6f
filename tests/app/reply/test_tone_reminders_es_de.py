"""The Spanish and German tone check flags the everyday "as I already told you" with a calmer
wording, as the English and French do: any tense, with or without "ya" / "schon", and with
words in between ("varias veces", "mehrfach")."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_rules import ToneKind as K


def _reminder(text: str, language: str) -> tuple[str, str]:
    """The words flagged as a reminder, and the sentence after one click."""
    [flag] = [f for f in check_tone(text, language=language) if f.kind is K.PASSIVE_AGGRESSIVE]
    assert flag.replacement is not None
    return flag.words, text[: flag.start] + flag.replacement + text[flag.end :]


@pytest.mark.parametrize(
    ("text", "words", "after"),
    [
        (
            "Como ya le he dicho, eso no es posible.",
            "Como ya le he dicho",
            "En resumen, eso no es posible.",
        ),
        (
            "como ya le dije, eso no es posible.",
            "como ya le dije",
            "En resumen, eso no es posible.",
        ),
        (
            "Como ya le he explicado varias veces, eso no es posible.",
            "Como ya le he explicado varias veces",
            "En resumen, eso no es posible.",
        ),
        ("Como le dije, eso no es posible.", "Como le dije", "En resumen, eso no es posible."),
        (
            "Como ya se lo he comentado por teléfono, el pedido salió el lunes.",
            "Como ya se lo he comentado por teléfono",
            "En resumen, el pedido salió el lunes.",
        ),
        (
            "Como le he dicho ya dos veces, no hay reembolso.",
            "Como le he dicho ya dos veces",
            "En resumen, no hay reembolso.",
        ),
    ],
)
def test_spanish_reminders_are_flagged_with_a_calmer_wording(
    text: str, words: str, after: str
) -> None:
    assert _reminder(text, "es") == (words, after)


@pytest.mark.parametrize(
    ("text", "words", "after"),
    [
        (
            "Wie ich schon sagte, das geht nicht.",
            "Wie ich schon sagte",
            "Zur Erinnerung: Das geht nicht.",
        ),
        (
            "Wie bereits gesagt, ist das nicht möglich.",
            "Wie bereits gesagt",
            "Zur Erinnerung ist das nicht möglich.",
        ),
        (
            "Wie ich Ihnen bereits mitgeteilt habe, ist die Frist abgelaufen.",
            "Wie ich Ihnen bereits mitgeteilt habe",
            "Zur Erinnerung ist die Frist abgelaufen.",
        ),
        (
            "Wie ich Ihnen schon mehrfach gesagt habe, das geht nicht.",
            "Wie ich Ihnen schon mehrfach gesagt habe",
            "Zur Erinnerung: Das geht nicht.",
        ),
        (
            "Wie Ihnen bereits mitgeteilt wurde, ist die Frist abgelaufen.",
            "Wie Ihnen bereits mitgeteilt wurde",
            "Zur Erinnerung ist die Frist abgelaufen.",
        ),
        (
            "Wie ich Ihnen schon TAUSENDMAL gesagt habe: Das geht nicht.",
            "Wie ich Ihnen schon TAUSENDMAL gesagt habe",
            "Zur Erinnerung: Das geht nicht.",
        ),
    ],
)
def test_german_reminders_are_flagged_with_a_calmer_wording(
    text: str, words: str, after: str
) -> None:
    assert _reminder(text, "de") == (words, after)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Como usted sabe, el pedido salió el lunes.", "es"),
        ("Lo haremos como usted diga.", "es"),
        ("Wie ich sehe, ist das Paket angekommen.", "de"),
        ("Wie wir gerne helfen: Schreiben Sie uns jederzeit.", "de"),
    ],
)
def test_other_sentences_with_como_or_wie_are_not_flagged(text: str, language: str) -> None:
    assert [f for f in check_tone(text, language=language)] == []
