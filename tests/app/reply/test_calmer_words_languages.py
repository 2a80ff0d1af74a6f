"""One click on a Spanish or French calmer wording leaves a sentence a native reader would
write: French keeps its "ne … pas", a plural noun takes the place of a plural noun, and a
wording that cannot fit the words after it takes the whole clause or is not offered."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_rules import ToneKind as K


def _clicked(text: str, kind: K, language: str) -> str | None:
    flag = next(f for f in check_tone(text, language=language) if f.kind is kind)
    if flag.replacement is None:
        return None
    return text[: flag.start] + flag.replacement + text[flag.end :]


@pytest.mark.parametrize(
    ("language", "text", "kind", "after"),
    [
        ("es", "Eso son tonterías.", K.ANGER, "Eso son inexactitudes."),
        ("es", "No diga tonterías.", K.ANGER, "No diga inexactitudes."),
        ("es", "Estoy harto de esperar.", K.ANGER, "Esto me preocupa."),
        ("es", "Gracias por nada.", K.SARCASM, "Siento no haber podido ayudarle más."),
        # "No lee pocas veces" would say the opposite of what was meant.
        ("es", "No lee nunca los correos.", K.ABSOLUTE, "No lee casi nunca los correos."),
        ("es", "Nunca lee los correos.", K.ABSOLUTE, "Casi nunca lee los correos."),
        ("es", "Cada vez que escribe, insulta.", K.ABSOLUTE, "A veces cuando escribe, insulta."),
        # An adjective left out would leave the sentence ending on its verb.
        ("es", "Su actitud es vergonzosa.", K.ANGER, "Su actitud es decepcionante."),
        ("fr", "C'est scandaleux.", K.ANGER, "C'est décevant."),
        ("de", "Das ist frech.", K.ANGER, "Das ist nicht in Ordnung."),
        ("de", "Das ist doch Quatsch.", K.ANGER, "Das ist doch nicht zutreffend."),
        # After "so ein" a noun must follow: the angry exclamation goes whole.
        ("de", "So ein Unsinn! Ich melde mich.", K.ANGER, "Ich melde mich."),
        ("de", "Was für ein Quatsch. Ich melde mich.", K.ANGER, "Ich melde mich."),
        ("de", "Das ist inakzeptabel.", K.ANGER, "Das ist für uns nicht annehmbar."),
        # After an article a noun in the case the article shows, the article with it.
        (
            "de",
            "So einen Quatsch habe ich noch nie gehört.",
            K.ANGER,
            "So eine Behauptung habe ich noch nie gehört.",
        ),
        (
            "de",
            "Mit so einem Unsinn kann ich nichts anfangen.",
            K.ANGER,
            "Mit so einer Behauptung kann ich nichts anfangen.",
        ),
        ("de", "Diesen Unsinn lese ich nicht.", K.ANGER, "Diese Behauptung lese ich nicht."),
        ("de", "Das ist so ein Quatsch.", K.ANGER, "Das ist nicht zutreffend."),
        (
            "de",
            "Das ist doch wirklich so ein Unsinn, was Sie schreiben.",
            K.ANGER,
            "Das ist doch wirklich nicht zutreffend, was Sie schreiben.",
        ),
        ("de", "So ein Quatsch, Sie haben bezahlt.", K.ANGER, "Sie haben bezahlt."),
        # An adjective after a noun takes words that read there too.
        ("es", "Es una política ridícula.", K.ANGER, "Es una política poco razonable."),
        ("es", "Unas condiciones inaceptables.", K.ANGER, "Unas condiciones difíciles de aceptar."),
        ("fr", "Vous dites n'importe quoi.", K.ANGER, "Vous dites des choses inexactes."),
        ("fr", "C'est n'importe quoi.", K.ANGER, "C'est inexact."),
        # Calmer words for a whole clause take the whole clause.
        ("es", "Es muy fácil de usar.", K.CONDESCENSION, "Así es como se hace."),
        ("fr", "C'est très simple à utiliser.", K.CONDESCENSION, "Voici comment faire."),
        ("de", "Das ist doch ganz einfach zu bedienen.", K.CONDESCENSION, "So geht es."),
        ("de", "Mir reicht es mit Ihren Nachrichten.", K.ANGER, "Ich möchte das klären."),
        # "As everyone knows, …": the statement after it stands on its own.
        (
            "es",
            "Como cualquiera sabe, el plazo es de 30 días.",
            K.CONDESCENSION,
            "El plazo es de 30 días.",
        ),
        (
            "fr",
            "Comme tout le monde le sait, le délai est de 30 jours.",
            K.CONDESCENSION,
            "Le délai est de 30 jours.",
        ),
        (
            "de",
            "Wie jeder weiß, gilt die Frist 30 Tage.",
            K.CONDESCENSION,
            "Zur Erinnerung gilt die Frist 30 Tage.",
        ),
        # "Calm down" offers to talk calmly instead, its "please" going with it.
        ("es", "Cálmese, por favor.", K.CONDESCENSION, "Hablemos con calma."),
        ("es", "Por favor, cálmate.", K.CONDESCENSION, "Hablemos con calma."),
        ("es", "Cálmese y lea el correo.", K.CONDESCENSION, "Hablemos con calma y lea el correo."),
        ("fr", "Calmez-vous, s'il vous plaît.", K.CONDESCENSION, "Parlons-en calmement."),
        (
            "de",
            "Beruhigen Sie sich bitte.",
            K.CONDESCENSION,
            "Lassen Sie uns in Ruhe darüber sprechen.",
        ),
        (
            "de",
            "Jetzt beruhigen Sie sich doch mal.",
            K.CONDESCENSION,
            "Jetzt lassen Sie uns in Ruhe darüber sprechen.",
        ),
        (
            "de",
            "Beruhigen Sie sich, dann reden wir weiter.",
            K.CONDESCENSION,
            "Lassen Sie uns in Ruhe darüber sprechen, dann reden wir weiter.",
        ),
        (
            "fr",
            "Vous ne lisez jamais nos messages.",
            K.ABSOLUTE,
            "Vous ne lisez pas souvent nos messages.",
        ),
        ("fr", "J'en ai marre de vos messages.", K.ANGER, "Cela me préoccupe."),
        ("fr", "C'est inadmissible.", K.ANGER, "C'est difficile à accepter pour nous."),
        ("fr", "C'est ça, oui.", K.SARCASM, "La façon dont cela a été géré me déçoit."),
        (
            "fr",
            "Merci pour rien.",
            K.SARCASM,
            "Je regrette de ne pas avoir pu vous aider davantage.",
        ),
    ],
)
def test_one_click_reads_as_the_language_is_written(
    language: str, text: str, kind: K, after: str
) -> None:
    assert _clicked(text, kind, language) == after


def test_no_one_click_where_spanish_would_need_another_verb() -> None:
    # "La próxima vez, por favor leído las condiciones" does not read.
    assert _clicked("Usted debería haber leído las condiciones.", K.BLAME, "es") is None


@pytest.mark.parametrize(
    "text",
    [
        "Reden Sie keinen Quatsch.",  # no noun after "kein" keeps what "reden" says
        "Das ist ja doch so ein Quatsch.",  # left out, "Das ist ja doch." ends on its verb
    ],
)
def test_no_one_click_where_no_german_wording_fits(text: str) -> None:
    assert _clicked(text, K.ANGER, "de") is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Es cada vez más difícil encontrar piezas."),  # "more and more", not "every time"
        ("es", "Casi nunca llega tarde."),
        ("fr", "Vous n'avez toujours pas reçu le colis ?"),  # "still not", not "always"
    ],
)
def test_words_that_are_not_absolutes_are_not_flagged(language: str, text: str) -> None:
    assert [f.kind for f in check_tone(text, language=language)] == []


def test_a_spanish_insult_is_caught_in_either_word_order() -> None:
    for text in ("Usted es un inútil.", "Es usted un inútil.", "Eres un imbécil."):
        assert any(f.kind is K.INSULT for f in check_tone(text, language="es")), text
