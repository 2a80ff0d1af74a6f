"""Letters started from a template in a reply written in Spanish, French or German are in that
language from the first word to the last: no English sentence, no gap left by Steady, nothing
the language's spelling check marks, and nothing its tone check flags."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from string import Template

import pytest

from app.core.paths import assets_folder
from app.reply.letter_languages import long_date, money
from app.reply.readiness import placeholders_left
from app.reply.spelling import SpellCheck, words_in
from app.reply.steps import ChecklistItem, ProductTest
from app.reply.templates import (
    LETTER_LANGUAGES,
    TEMPLATES,
    Example,
    LetterFacts,
    TemplateData,
    fill,
)
from app.reply.tone import check_tone

ON = datetime(2026, 11, 2, 12, tzinfo=UTC)
LATER = datetime(2026, 11, 5, 12, tzinfo=UTC)
FIRST = datetime(2026, 11, 1, 12, tzinfo=UTC)

# What the customer wrote, in the reply's language (the letter quotes it back).
CUSTOMER = {
    "es": ("¿Cuándo llega mi pedido?", "La lámpara llegó rota.", "Son ustedes unos inútiles."),
    "fr": ("Quand ma commande arrive-t-elle ?", "La lampe est arrivée cassée.", "Nuls."),
    "de": ("Wann kommt meine Bestellung?", "Die Lampe kam kaputt an.", "Sie sind unfähig."),
}
POLICY = {"es": "Trato respetuoso", "fr": "Respect mutuel", "de": "Respektvoller Umgang"}
PRODUCT = {
    "es": ProductTest(tested="la lámpara", version="2", system="Windows", result="funciona"),
    "fr": ProductTest(tested="la lampe", version="2", system="Windows", result="elle marche"),
    "de": ProductTest(tested="die Lampe", version="2", system="Windows", result="sie leuchtet"),
}
# Words only an English letter has ("message" and "Service" are French and German words too).
ENGLISH = re.compile(
    r"\b(?:Dear|Thank|thanks?|refunds?|refunded|your?|we|our|the|and|of|with|for|asked|wrote|"
    r"example|account|business|owner|name|amount|date|November|working|days)\b",
    re.IGNORECASE,
)
# The same words in the language itself.
ALSO_THEIRS = {"fr": {"date"}, "de": {"november", "name"}, "es": set()}
CUSTOMER_NAME = "Morwenna Pryce"
BUSINESS = "Larkspur Lamps"


def _data(language: str, variant: str) -> TemplateData:
    question, complaint, insult = CUSTOMER[language]
    bare = TemplateData(
        customer_name=CUSTOMER_NAME,
        business_name=BUSINESS,
        owner_name="Jordan Ellis",
        owner_role="Owner",
        today=ON,
        message_date=FIRST,
        currency_symbol="€",
        amount_paid=Decimal("1234.50"),
    )
    if variant == "bare":  # nothing logged: the letters leave gaps for the owner
        return bare
    if variant == "threat":  # one threat of harm, nothing quoted, nothing paid
        facts = LetterFacts(threat_dates=(LATER,), harm_threatened=True)
        return replace(bare, amount_paid=Decimal(0), facts=facts)
    return replace(
        bare,
        account_ref="LL-1042",
        checklist=(
            ChecklistItem(question, kind="question"),
            ChecklistItem(complaint, kind="complaint"),
        ),
        product=PRODUCT[language],
        facts=LetterFacts(
            examples=(Example(FIRST, insult),),
            threat_dates=(ON, LATER),
            policy_name=POLICY[language],
            refund=Decimal("84"),
        ),
    )


CASES = [
    (language, template.key, variant)
    for language in LETTER_LANGUAGES
    for template in TEMPLATES
    for variant in ("full", "bare", "threat")
]


def _english(text: str, language: str) -> list[str]:
    return [w for w in ENGLISH.findall(text) if w.lower() not in ALSO_THEIRS[language]]


def _without_customers_words(text: str, language: str) -> str:
    for said in CUSTOMER[language]:
        text = text.replace(said, "")
    return text


@pytest.mark.parametrize(("language", "key", "variant"), CASES, ids=lambda v: str(v))
def test_a_template_is_written_wholly_in_the_replys_language(
    language: str, key: str, variant: str
) -> None:
    text = fill(key, _data(language, variant), language)
    own = _without_customers_words(text, language).replace(CUSTOMER_NAME, "")
    assert _english(own.replace(BUSINESS, ""), language) == [], text
    assert "$" not in text, text  # every $placeholder was filled in
    check = SpellCheck(words_in([CUSTOMER_NAME, BUSINESS]), grammar=False, language=language)
    gaps = [(m.start(), m.end()) for m in re.finditer(r"\[[^\[\]\n]*\]", text)]
    marked = [
        issue.words
        for issue in check.check(text)
        if not any(start <= issue.start < end for start, end in gaps)
    ]
    assert marked == [], text
    if language == "fr":  # a no-break space, so that no line starts with « ; » or « : »
        assert not re.search(r" [;:!?»]|« ", own), text
    # The letter the owner starts from must not be the one the tone check objects to.
    assert check_tone(own, set(), language=language) == [], text


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_the_gaps_left_for_the_owner_are_in_the_replys_language(language: str) -> None:
    text = fill("boundary", _data(language, "bare"), language)
    gaps = placeholders_left(text)
    assert gaps and all(not _english(gap, language) for gap in gaps)


def test_the_spanish_refund_letter_reads_as_a_spanish_letter() -> None:
    text = fill("refund", _data("es", "full"), "es")
    assert text.startswith("Estimado/a Morwenna:\n\nGracias por su mensaje del 1 de noviembre")
    assert "84,00\u00a0€" in text
    assert "1. Nos pregunta: «¿Cuándo llega mi pedido?»" in text
    assert "2. Nos dice: «La lámpara llegó rota.»" in text


def test_the_termination_letter_names_dates_policy_and_refund_in_each_language() -> None:
    es = fill("termination", _data("es", "full"), "es")
    assert "según nuestra política «Trato respetuoso». Por ejemplo:" in es
    assert "- El 1 de noviembre de 2026: «Son ustedes unos inútiles.»" in es
    assert "Además, el 2 de noviembre de 2026 y el 5 de noviembre de 2026 recibimos" in es
    assert "Su cuenta (LL-1042) queda cerrada con fecha 2 de noviembre de 2026." in es
    fr = fill("termination", _data("fr", "full"), "fr")
    assert "- Le 1er novembre 2026\u00a0: «\u00a0Nuls.\u00a0»" in fr
    assert "est clôturé à compter du 2 novembre 2026." in fr
    de = fill("termination", _data("de", "full"), "de")
    assert de.startswith("Guten Tag Morwenna Pryce,\n\nich schreibe Ihnen im Namen von Larkspur")
    assert "nach unserer Richtlinie „Respektvoller Umgang“ nicht zulässig sind." in de
    assert "Ihr Konto (LL-1042) ist ab dem 2. November 2026 geschlossen." in de


def test_a_threat_is_named_by_its_date_only_in_each_language() -> None:
    assert "El 5 de noviembre de 2026 recibimos un mensaje que contenía una amenaza." in fill(
        "boundary", _data("es", "threat"), "es"
    )
    assert "Wir haben am 5. November 2026 eine Nachricht erhalten" in fill(
        "boundary", _data("de", "threat"), "de"
    )


def test_long_dates_are_written_in_the_language_whatever_the_machines_locale() -> None:
    assert long_date(ON, "en") == "2 November 2026"
    assert long_date(ON, "es") == "2 de noviembre de 2026"
    assert long_date(ON, "fr") == "2 novembre 2026"
    assert long_date(FIRST, "fr") == "1er novembre 2026"
    assert long_date(ON, "de") == "2. November 2026"


def test_amounts_are_written_as_the_language_writes_them() -> None:
    assert money("€", Decimal("1234.5"), "es") == "1.234,50\u00a0€"
    assert money("€", Decimal("1234.5"), "de") == "1.234,50\u00a0€"
    assert money("€", Decimal("1234.5"), "fr") == "1\u202f234,50\u00a0€"
    assert money("$", Decimal("1234.5"), "es") == "$1.234,50"
    assert money("$", Decimal("1234.5"), "fr") == "1\u202f234,50\u00a0$"
    assert money("$", Decimal("1234.5"), "en") == "$1,234.50"


def test_english_stays_the_default_and_an_unknown_language_gets_english() -> None:
    data = _data("es", "bare")
    english = fill("refund", data)
    assert english.startswith("Dear Morwenna,\n\nThank you for your message of 1 November 2026.")
    assert fill("refund", data, "en") == english
    assert fill("refund", data, "it") == english


def test_what_the_customer_typed_is_never_read_as_a_placeholder() -> None:
    hostile = replace(
        _data("es", "full"), customer_name="$business_name [x] ${points}", account_ref="$today"
    )
    text = fill("termination", hostile, "es")
    assert text.startswith("Estimado/a $business_name:")
    assert "Su cuenta ($today) queda cerrada" in text


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_each_translation_fills_in_what_the_english_letter_does(language: str) -> None:
    folder = assets_folder() / "templates"
    for path in sorted(folder.glob("*.txt")):
        english = set(Template(path.read_text(encoding="utf-8")).get_identifiers())
        translated = Template((folder / language / path.name).read_text(encoding="utf-8"))
        names = set(translated.get_identifiers())
        # The role comes from the signature, in English; the translations name the business.
        # German greets by the whole name ("Guten Tag Morwenna Pryce").
        missing = english - names - {"owner_role", "first_name"}
        assert not missing, (language, path.name)
        assert names & {"first_name", "customer_name"}, (language, path.name)


def test_the_refund_on_ending_the_relationship_reads_in_each_language() -> None:
    es = fill("termination", _data("es", "full"), "es")
    # The refund arrives, not "84,00 € que llegan"; nothing is paid for the time left.
    assert (
        "Le hemos devuelto 84,00\u00a0€; el reembolso suele llegar en un plazo de cinco días "
        "hábiles. Se trata de una decisión empresarial, y con este reembolso no paga nada por "
        "el tiempo restante." in es
    )
    fr = fill("termination", _data("fr", "full"), "fr")
    assert "mettre fin à notre relation commerciale" in fr
    assert "des propos contraires à notre politique «\u00a0Respect mutuel\u00a0»." in fr
    assert (
        "Nous vous avons remboursé 84,00\u00a0€\u00a0; le remboursement arrive généralement" in fr
    )


def test_the_public_reply_speaks_to_its_readers_in_each_language() -> None:
    assert "los hechos para quienes nos lean." in fill("public-record", _data("es", "full"), "es")
    fr = fill("public-record", _data("fr", "full"), "fr")
    assert "pour toutes les personnes qui nous lisent." in fr
    de = fill("public-record", _data("de", "full"), "de")
    assert "[Die Fakten in einem oder zwei Sätzen: was bestellt wurde, wann und was" in de


def test_the_warning_letters_ask_for_respect_in_words_a_native_reader_uses() -> None:
    es = fill("boundary", _data("es", "bare"), "es")
    assert "necesitamos que nuestras conversaciones sean cordiales." in es
    fr = fill("boundary", _data("fr", "bare"), "fr")
    assert "Si nous continuons à recevoir de tels messages, nous cesserons" in fr
    de = fill("boundary", _data("de", "bare"), "de")
    assert "dafür muss unser Austausch respektvoll bleiben." in de
    assert "Wenn wir weiterhin solche Nachrichten erhalten, werden wir" in de


# What each language says when the whole amount paid went back, and the sentence it is in.
_FULL = {
    "en": ("a full refund of", "I have issued a refund of €84.00 to the card"),
    "es": ("importe íntegro", "Le he devuelto 84,00\u00a0€ a la tarjeta con la que pagó"),
    "fr": ("intégralité", "Je vous ai remboursé 84,00\u00a0€ sur la carte utilisée"),
    "de": ("vollen Betrag", "Ich habe Ihnen 84,00\u00a0€ auf die Karte erstattet"),
}


@pytest.mark.parametrize("language", ["en", *LETTER_LANGUAGES])
def test_the_refund_letter_says_full_refund_only_when_all_that_was_paid_went_back(
    language: str,
) -> None:
    full, partial_sentence = _FULL[language]
    bare = _data(language if language != "en" else "es", "bare")
    # 84 refunded of 1,234.50 paid: a partial refund.
    partial = fill("refund", replace(bare, facts=LetterFacts(refund=Decimal("84"))), language)
    assert full not in partial
    assert partial_sentence in partial
    # Nothing logged yet: the letter gives back what was paid, all of it.
    whole = fill("refund", replace(bare, amount_paid=Decimal("84")), language)
    assert full in whole
    refunded_all = replace(bare, amount_paid=Decimal("84"), facts=LetterFacts(refund=Decimal(84)))
    assert full in fill("refund", refunded_all, language)
