"""The tone check reads context: warm words are not flagged as hostile, hostile sentences are
caught without a stock phrase, and every flag offers calmer words that fit the case."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone, compare_tone
from app.reply.tone_rules import ToneKind as K


def hostile(text: str, language: str = "en") -> list[tuple[K, str]]:
    return [(f.kind, f.words) for f in check_tone(text, language=language) if f.hostile]


@pytest.mark.parametrize(
    "text",
    [
        "LMAO, AMAZING!",
        "I am SUPER excited about the new range!",
        "Wow, a fantastic finish",
        "As always, thank you for your order!",
        "you're always on my radar",
        "WOW!! Awesome. What a great birthday gift!",
        "Thanks! I'm so excited about this it's ridiculous.",
        "We are flying to NYC and then Bermuda, what a wonderful week.",
        "We never share your details with anyone.",
    ],
)
def test_enthusiasm_and_thanks_are_not_hostile(text: str) -> None:
    assert hostile(text) == []


def test_swearing_in_praise_is_flagged_as_unprofessional_not_as_anger() -> None:
    text = "thats fucking great"
    flags = check_tone(text)
    assert [(f.kind, f.words, f.hostile) for f in flags] == [(K.PROFANITY, "fucking", False)]
    assert "not anger" in flags[0].reason
    assert flags[0].replacement == ""
    assert text[: flags[0].start] + text[flags[0].end :] == "thats great"


@pytest.mark.parametrize(
    ("text", "kind", "words", "calmer"),
    [
        (
            "At least your company is consistent in its failures to provide anything close "
            "to acceptable levels of service!",
            K.SARCASM,
            # The calmer words stand for the whole clause, so one click replaces all of it.
            "At least your company is consistent in its failures to provide anything close "
            "to acceptable levels of service!",
            "I am disappointed that this keeps happening.",
        ),
        (
            "Thanks for nothing.",
            K.SARCASM,
            "Thanks for nothing",
            "I am sorry we could not help more",
        ),
        ("Good luck with that.", K.SARCASM, "Good luck with that", "I hope it works out"),
        (
            "Congratulations on losing a customer.",
            K.SARCASM,
            "Congratulations on losing a customer",
            "I am sorry to lose you as a customer",
        ),
        ("Great job losing my parcel again.", K.SARCASM, "Great job losing my parcel again", None),
        ("You are a complete joke.", K.INSULT, "You are a complete joke", None),
        ("Your staff are clueless amateurs.", K.INSULT, "Your staff are clueless amateurs", None),
        ("Who cares what you think.", K.CONTEMPT, "Who cares what you think", "I hear you"),
        (
            "It's your fault the order was wrong.",
            K.BLAME,
            "It's your fault",
            "Here is what happened:",
        ),
        ("You always ignore my emails.", K.ABSOLUTE, "always", "often"),
        ("I hate this awful mess.", K.HARSH, "hate", "dislike"),
    ],
)
def test_hostile_sentences_are_caught_with_a_calmer_wording(
    text: str, kind: K, words: str, calmer: str | None
) -> None:
    flags = [f for f in check_tone(text) if f.kind is kind]
    assert flags, hostile(text)
    flag = flags[0]
    assert flag.words == words == text[flag.start : flag.end]
    assert flag.reason and flag.suggestion
    assert flag.replacement is not None
    if calmer is not None:
        assert flag.replacement == calmer
        assert f"“{calmer}”" in flag.suggestion


def test_an_apology_full_of_negative_words_is_not_harsh() -> None:
    text = "I am so sorry about the awful delay; I understand how frustrating this has been."
    assert hostile(text) == []


def test_the_calmer_wording_keeps_the_capital_at_the_start_of_a_sentence() -> None:
    flag = check_tone("That's your fault.")[0]
    assert (flag.words, flag.replacement) == ("That's your fault", "That is what happened")


def test_shouting_is_still_shouting_in_a_complaint() -> None:
    assert (K.SHOUTING, "DID NOT") in hostile("I DID NOT cancel your order, this is wrong.")
    assert (K.SHOUTING, "!!!") in hostile("Read the email again!!!")


@pytest.mark.parametrize(
    ("language", "text", "kind", "calmer"),
    [
        ("es", "Es su culpa por no leer las condiciones.", K.BLAME, "Es lo que ocurrió"),
        ("es", "Gracias por nada.", K.SARCASM, "Siento no haber podido ayudarle más"),
        ("fr", "C'est votre faute, vous n'avez pas lu.", K.BLAME, "Voici ce qui s'est passé"),
        (
            "fr",
            "Merci pour rien.",
            K.SARCASM,
            "Je regrette de ne pas avoir pu vous aider davantage",
        ),
        ("de", "Das ist Ihre Schuld.", K.BLAME, "So ist es passiert"),
        ("de", "Danke für nichts.", K.SARCASM, "Schade, dass wir nicht mehr helfen konnten"),
    ],
)
def test_replies_in_spanish_french_and_german_are_checked_in_their_language(
    language: str, text: str, kind: K, calmer: str
) -> None:
    flags = [f for f in check_tone(text, language=language) if f.kind is kind]
    assert flags and flags[0].replacement == calmer
    assert check_tone(text, language="en") == [] or kind not in {
        f.kind for f in check_tone(text, language="en")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¡Muchas gracias, es GENIAL saber que le gustó!"),
        ("fr", "Comme toujours, merci de votre confiance."),
        ("de", "HERZLICHEN GLÜCKWUNSCH zum neuen Laden!"),
    ],
)
def test_thanks_in_other_languages_are_not_flagged(language: str, text: str) -> None:
    assert hostile(text, language) == []


def test_the_comparison_uses_the_replys_language() -> None:
    result = compare_tone("Es su culpa. Gracias por nada.", "Hola", language="es")
    assert result.more_hostile


@pytest.mark.parametrize(
    ("language", "praise", "accusation", "word"),
    [
        (
            "fr",
            "Ce livre est toujours aussi drôle, je ne m'en lasse jamais.",
            "Vous ne lisez jamais mes messages.",
            "jamais",
        ),
        (
            "de",
            "Ein Buch, das man immer wieder lesen kann.",
            "Sie beantworten nie meine Mails.",
            "nie",
        ),
    ],
)
def test_an_absolute_in_french_or_german_is_flagged_when_aimed_at_the_reader(
    language: str, praise: str, accusation: str, word: str
) -> None:
    assert hostile(praise, language) == []
    assert (K.ABSOLUTE, word) in hostile(accusation, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wie auch immer Sie sich entscheiden, wir helfen Ihnen gern."),
        ("de", "Was auch immer Sie brauchen, sagen Sie es uns."),
        ("de", "Wann immer Sie Fragen haben, melden Sie sich bei uns."),
        ("de", "Wo immer Sie wohnen, wir liefern zu Ihnen."),
        ("de", "Ich warte immer noch auf Ihre neue Adresse, dann schicke ich Ihr Paket los."),
        ("de", "Sie sind bei uns immer willkommen."),
        ("de", "Wir helfen Ihnen immer gerne weiter."),
        ("fr", "Vous êtes toujours le bienvenu chez nous."),
        ("fr", "Nous sommes toujours ravis de vous aider."),
        ("fr", "Toujours à votre disposition."),
        ("es", "Siempre es un placer ayudarle."),
        ("es", "Estamos siempre encantados de ayudarle."),
        ("es", "Como siempre, estamos a su disposición."),
        ("es", "Siempre a su disposición."),
    ],
)
def test_always_in_a_welcome_or_a_whatever_is_no_accusation(language: str, text: str) -> None:
    """ "Wie auch immer" is "whatever", "immer noch" is "still"; "toujours ravis", "siempre
    encantados" are a welcome. None of them is the "you always…" the rule is for."""
    assert hostile(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("de", "Sie beschweren sich immer über alles.", "immer"),
        ("de", "Sie haben immer etwas zu meckern.", "immer"),
        ("fr", "Vous vous plaignez toujours de tout.", "toujours"),
        ("es", "Usted siempre se queja de todo.", "siempre"),
        ("es", "Siempre se queja de todo.", "Siempre"),
        ("es", "Nunca lee nuestros correos.", "Nunca"),
    ],
)
def test_always_aimed_at_the_reader_is_still_flagged(language: str, text: str, word: str) -> None:
    assert (K.ABSOLUTE, word) in hostile(text, language)
