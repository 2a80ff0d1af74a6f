"""Threats and abuse recognised in sixteen languages, mixed, and without spaces; each
suggestion names the words as written and what they mean in English."""

from __future__ import annotations

import pytest

from app.core.domain import Category
from app.importing.suggest import describe_words, severity_for, suggest_categories
from app.importing.threat_words import KINDS, Phrase, hits, phrases

LANGUAGES = "en es fr de pt it nl pl ru tr ar he hi zh ja ko".split()


def test_every_language_has_every_kind_of_threat_and_abuse() -> None:
    have = {(p.language, p.kind) for p in phrases()}
    missing = [(lang, kind) for lang in LANGUAGES for kind in KINDS if (lang, kind) not in have]
    assert missing == []


@pytest.mark.parametrize("phrase", phrases(), ids=lambda p: f"{p.language}-{p.kind}-{p.example}")
def test_each_phrase_is_found_in_its_example(phrase: Phrase) -> None:
    found = [hit for hit in hits(phrase.example) if hit.kind == phrase.kind]
    assert found, phrase.example
    assert all(hit.words == phrase.example[hit.start : hit.end] for hit in found)
    if phrase.language != "en":
        assert any(hit.meaning for hit in found)


@pytest.mark.parametrize(
    ("text", "words", "meaning"),
    [
        ("我会起诉你", "起诉", "sue (you)"),
        ("سأقاضيك", "سأقاضي", "I will sue"),
        ("אני אתבע", "אתבע", "I will sue"),
    ],
)
def test_the_messages_that_got_no_category_now_get_legal(
    text: str, words: str, meaning: str
) -> None:
    suggestions = suggest_categories(text)
    assert [s.category for s in suggestions] == [Category.THREAT_LEGAL]
    assert suggestions[0].words == (words,)
    assert suggestions[0].explanation == f"Threat of legal action: “{words}” ({meaning})"
    assert severity_for(suggestions) == 3  # hostile: court is a right, not harm


def test_chinese_arabic_and_hebrew_match_without_spaces() -> None:
    chinese = suggest_categories("你们这些骗子我明天就起诉你然后给差评")
    assert {s.category: s.words for s in chinese} == {
        Category.ABUSE: ("骗子",),
        Category.THREAT_LEGAL: ("起诉",),
        Category.THREAT_PUBLIC: ("差评",),
    }
    arabic = suggest_categories("انتم لصوص وسأحرق المحل")
    assert {s.category for s in arabic} == {Category.ABUSE, Category.THREAT_VANDALISM}
    hebrew = suggest_categories("ואתבע אתכם, אנייודעאיפהאתהגר")
    assert [(s.category, s.words) for s in hebrew] == [
        (Category.THREAT_LEGAL, ("אתבע",)),
        (Category.THREAT_PHYSICAL, ("יודעאיפהאתהגר",)),
    ]


def test_a_message_mixing_languages_is_read_in_full() -> None:
    text = (
        "Hola, te voy a demandar. Ich werde eine schlechte Bewertung schreiben, "
        "and I know where you live. 你们这些骗子!"
    )
    found = {s.category: s for s in suggest_categories(text)}
    assert found[Category.THREAT_LEGAL].words == ("te voy a demandar",)
    assert found[Category.THREAT_LEGAL].meanings == ("I am going to sue you",)
    assert found[Category.THREAT_PUBLIC].words == ("schlechte Bewertung",)
    assert found[Category.THREAT_PHYSICAL].words == ("I know where you live",)
    assert found[Category.ABUSE].explanation == "Abusive language: “骗子” (swindler)"


def test_words_stored_earlier_are_described_with_their_meaning() -> None:
    assert describe_words(("骗子", "idiots")) == "“骗子” (swindler), “idiots”"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much, the parcel arrived and my daughter loves it!",
        "Muchas gracias por todo, el pedido llegó perfecto.",
        "Merci beaucoup, tout est arrivé en bon état.",
        "Vielen Dank, pass auf dich auf und bis bald!",
        "Obrigado pela ajuda, chegou tudo certinho.",
        "Grazie mille, è arrivato tutto.",
        "Hartelijk dank, alles is goed aangekomen.",
        "Dziękuję bardzo, paczka dotarła.",
        "Большое спасибо, посылка пришла вовремя.",
        "Çok teşekkürler, sipariş geldi.",
        "شكرا جزيلا، وصل الطلب",
        "תודה רבה, ההזמנה הגיעה",
        "बहुत धन्यवाद, पार्सल मिल गया",
        "非常感谢，我下个星期再来。告诉你一个好消息",
        "ありがとうございました。届きました。",
        "감사합니다. 고소한 참기름 잘 받았어요.",
        "The movie was debilitating? No, just long.",
    ],
)
def test_thanks_in_any_language_suggest_nothing(text: str) -> None:
    assert suggest_categories(text) == []


def test_curly_apostrophes_and_arabic_letter_forms_are_read_alike() -> None:
    assert suggest_categories("I’ll sue you")[0].category is Category.THREAT_LEGAL
    # The same threat written with and without hamza on the alef.
    assert suggest_categories("سأقاضيك") == [
        s for s in suggest_categories("سأقاضيك") if s.category is Category.THREAT_LEGAL
    ]
    assert suggest_categories("ساقاضيك")[0].category is Category.THREAT_LEGAL


def test_a_word_of_a_million_letters_is_read_in_one_pass() -> None:
    # A hostile sender's body of one endless word used to be scanned once per letter for a
    # Chinese, Arabic or Hebrew letter inside it: 100,000 letters took two minutes, this
    # one would take hours. Both kinds of word, and a threat after them, are still read.
    endless = "A" * 1_000_000
    assert list(hits(endless)) == []
    text = endless + " 我会起诉你 " + "我" * 100_000 + " I will sue you"
    assert {hit.kind for hit in hits(text)} == {"legal"}
    assert [hit.words for hit in hits(text)][-1] == "I will sue"


def test_a_threat_to_sue_starts_hostile_and_a_threat_of_harm_threatening() -> None:
    """A packet that rates "I will sue you" as it rates a threat of harm hands the other side
    an easy point: going to court is a customer's right."""
    assert severity_for(suggest_categories("If you don't refund me I will sue you.")) == 3
    assert severity_for(suggest_categories("I will smash your windows tonight.")) == 5
    assert severity_for(suggest_categories("I will come and hurt you.")) == 5


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Te rompo las piernas si vuelves.", "physical"),
        ("Je vais te casser les jambes.", "physical"),
        ("Ti spacco le gambe, hai capito?", "physical"),
        ("Vou partir as tuas pernas.", "physical"),
        ("Ik breek je benen.", "physical"),
        # German puts the verb's "an" at the end when the sentence starts with the time.
        ("Am Samstag zünde ich Ihren Laden an.", "vandalism"),
    ],
)
def test_breaking_legs_and_the_german_verb_split_round_a_time_are_threats(
    text: str, kind: str
) -> None:
    assert kind in {hit.kind for hit in hits(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Nos rompemos las piernas bailando cada sábado.",
        "Je me suis cassé les jambes au ski l'an dernier.",
        "Mi sono rotto le gambe sciando.",
        "Ik breek mijn benen nog eens op die trap.",
        "Heute zünde ich eine Kerze für Sie an.",
    ],
)
def test_ones_own_broken_legs_and_a_candle_are_no_threat(text: str) -> None:
    assert list(hits(text)) == []
