"""German one-click wordings keep the verb second, so a statement stays a statement; sarcasm
is flagged in Spanish, French and German as it is in English."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_rules import ToneKind as K


def clicked(text: str, kind: K, language: str) -> str | None:
    flag = next(f for f in check_tone(text, language=language) if f.kind is kind)
    if flag.replacement is None:
        return None
    return text[: flag.start] + flag.replacement + text[flag.end :]


@pytest.mark.parametrize(
    ("text", "kind", "after"),
    [
        (
            "Offensichtlich haben Sie unsere Bedingungen nicht gelesen.",
            K.PASSIVE_AGGRESSIVE,
            "Sie haben unsere Bedingungen nicht gelesen.",
        ),
        (
            "Wie ich Ihnen bereits gesagt habe, wurde die Erstattung am Montag verschickt.",
            K.PASSIVE_AGGRESSIVE,
            "Zur Erinnerung wurde die Erstattung am Montag verschickt.",
        ),
        (
            "Wie ich Ihnen bereits gesagt habe, die Erstattung wurde am Montag verschickt.",
            K.PASSIVE_AGGRESSIVE,
            "Zur Erinnerung: Die Erstattung wurde am Montag verschickt.",
        ),
        (
            "Offensichtlich ist die erste Lieferung nicht angekommen.",
            K.PASSIVE_AGGRESSIVE,
            "Die erste Lieferung ist nicht angekommen.",
        ),
        ("Bei allem Respekt haben Sie unrecht.", K.PASSIVE_AGGRESSIVE, "Sie haben unrecht."),
        ("Bei allem Respekt, Sie irren sich.", K.PASSIVE_AGGRESSIVE, "Sie irren sich."),
        (
            "Zu Ihrer Information wurde das Paket am Montag zugestellt.",
            K.CONDESCENSION,
            "Das Paket wurde am Montag zugestellt.",
        ),
        (
            "Sie haben offensichtlich die Bedingungen nicht gelesen.",
            K.PASSIVE_AGGRESSIVE,
            "Sie haben die Bedingungen nicht gelesen.",
        ),
        ("Das ist Ihre eigene Schuld.", K.BLAME, "So ist es passiert."),
        # Where the subject cannot be told for sure, or the sentence needs writing anew, no
        # one-click wording: "Wurde gestern nichts geliefert." would be a question.
        ("Offensichtlich wurde gestern nichts geliefert.", K.PASSIVE_AGGRESSIVE, None),
        ("Sie hätten die Anleitung lesen sollen.", K.BLAME, None),
    ],
)
def test_a_german_one_click_keeps_the_verb_second(text: str, kind: K, after: str | None) -> None:
    assert clicked(text, kind, "de") == after


@pytest.mark.parametrize(
    ("language", "text", "after"),
    [
        (
            "de",
            "Danke, dass Sie meine Zeit verschwenden.",
            "Ich bin enttäuscht, wie das gelaufen ist.",
        ),
        (
            "de",
            "Vielen Dank, dass Sie mich zwei Wochen haben warten lassen.",
            "Ich bin enttäuscht, wie das gelaufen ist.",
        ),
        (
            "es",
            "Gracias por hacerme perder el tiempo.",
            "Me decepciona cómo se ha llevado esto.",
        ),
        (
            "fr",
            "Merci de me faire perdre mon temps.",
            "La façon dont cela a été géré me déçoit.",
        ),
        (
            "fr",
            "Merci de m'avoir fait attendre.",
            "La façon dont cela a été géré me déçoit.",
        ),
    ],
)
def test_sarcasm_is_flagged_in_german_spanish_and_french(
    language: str, text: str, after: str
) -> None:
    assert clicked(text, K.SARCASM, language) == after


def test_a_ridiculous_complaint_is_flagged_in_spanish_as_in_french_and_german() -> None:
    assert clicked("Su queja es ridícula.", K.ANGER, "es") == "Su queja es poco razonable."
    assert clicked("Votre plainte est ridicule.", K.ANGER, "fr") is not None
    assert clicked("Ihre Beschwerde ist lächerlich.", K.ANGER, "de") is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Danke, dass Sie sich die Zeit genommen haben."),
        ("es", "Gracias por su tiempo y por su paciencia."),
        ("fr", "Merci de prendre le temps de me répondre."),
    ],
)
def test_real_thanks_for_their_time_is_left_alone(language: str, text: str) -> None:
    assert check_tone(text, language=language) == []
