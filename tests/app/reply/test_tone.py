from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.reply.steps import ChecklistItem
from app.reply.templates import TEMPLATES, Example, LetterFacts, TemplateData, fill
from app.reply.tone import check_tone, compare_tone, hostility
from app.reply.tone_rules import ToneKind
from tests.app.reply.tone_samples import ANGRY_ORIGINAL, CALM, HOSTILE
from tests.helpers.fixtures import FakeClock


def test_the_corpus_is_big_enough() -> None:
    assert len(CALM) >= 20 and len(HOSTILE) >= 20


@pytest.mark.parametrize("text", CALM, ids=lambda t: t[:30])
def test_calm_replies_raise_no_flag(text: str) -> None:
    assert check_tone(text) == []


@pytest.mark.parametrize(("text", "kind"), HOSTILE, ids=lambda v: str(v)[:30])
def test_hostile_replies_are_flagged_for_the_right_reason(text: str, kind: ToneKind) -> None:
    flags = check_tone(text)
    assert kind in {flag.kind for flag in flags}
    for flag in flags:
        # The flag covers its words and what one click changes with them (a comma after words
        # left out, the capital of the next word).
        assert flag.words in text[flag.start : flag.end]
        assert flag.reason and flag.suggestion


def test_each_flag_names_the_exact_words_and_where_they_are() -> None:
    text = "Thanks. As I already said, the lamp was NEVER broken!!!"
    flags = check_tone(text)
    assert [(f.kind, f.words, f.start, f.end) for f in flags] == [
        (ToneKind.PASSIVE_AGGRESSIVE, "As I already said", 8, 25),
        (ToneKind.ABSOLUTE, "NEVER", 40, 45),
        (ToneKind.SHOUTING, "NEVER", 40, 45),
        (ToneKind.SHOUTING, "!!!", 52, 55),
    ]


def test_offsets_count_an_emoji_as_one_character() -> None:
    text = "Hello 😀 obviously"
    (flag,) = check_tone(text)
    # The word left out takes the space before it along.
    assert (flag.start, flag.end) == (7, 17)
    assert text[flag.start : flag.end] == " obviously" and flag.words == "obviously"


def test_curly_apostrophes_match_like_straight_ones() -> None:
    assert check_tone("Don’t bother writing again.")[0].kind is ToneKind.SPITE


def test_acronyms_and_known_names_in_capitals_are_not_shouting() -> None:
    assert check_tone("The PDF and the VAT invoice are attached for order LL-1042.") == []
    assert check_tone("Welcome to ACME.", known_words=["acme"]) == []
    # A lone unknown word in capitals reads as a name; a lone ordinary word is shouting.
    assert check_tone("We ship from our NYC workshop.") == []
    assert check_tone("Send the form back NOW.")[0].kind is ToneKind.SHOUTING
    assert check_tone("READ THE TERMS.")[0].kind is ToneKind.SHOUTING


def test_the_customers_words_quoted_in_a_reply_are_not_the_owners_tone() -> None:
    reply = "On 2 May you wrote: “You people are idiots and I will sue.” That is not acceptable."
    assert check_tone(reply) == []
    # A short “scare quote” is still sarcasm.
    assert check_tone("Thanks for your “feedback”.")[0].kind is ToneKind.SARCASM


def test_a_hostile_reply_is_called_more_hostile_than_a_calm_message() -> None:
    result = compare_tone("You clearly never read anything!!!", "Hi, where is my parcel?")
    assert result.more_hostile
    assert "more hostile than the customer's message" in result.message


def test_a_calm_reply_to_an_angry_message_reads_as_calm() -> None:
    result = compare_tone(CALM[0], ANGRY_ORIGINAL)
    assert not result.more_hostile
    assert result.reply_score == 0 < result.original_score
    assert "reads as calm" in result.message


def test_a_reply_milder_than_the_message_but_not_clean_says_so() -> None:
    result = compare_tone("Obviously the parcel left on Monday.", ANGRY_ORIGINAL)
    assert not result.more_hostile
    assert "calmer than the customer's message" in result.message


def test_hostility_is_per_hundred_words() -> None:
    assert hostility("") == 0
    assert hostility("obviously " * 10) > hostility("obviously " + "word " * 100)


@pytest.mark.parametrize(
    ("language", "aimed", "plain"),
    [
        ("en", "Fuck you.", "Fuck."),
        ("en", "Screw you, the lamp was used.", "Damn, the lamp was used."),
        ("es", "Vete a la mierda.", "Joder."),
        ("fr", "Va te faire foutre.", "Merde."),
        ("de", "Fick dich.", "Scheiße."),
    ],
)
def test_swearing_aimed_at_the_reader_weighs_no_less_than_swearing_alone(
    language: str, aimed: str, plain: str
) -> None:
    assert hostility(aimed, language=language) >= hostility(plain, language=language) > 0
    # A reply swearing at the customer never reads as calmer than a customer who swore.
    assert compare_tone(aimed, plain, language=language).more_hostile


def test_every_template_filled_in_reads_as_calm(clock: FakeClock) -> None:
    data = TemplateData(
        customer_name="Morwenna Quillfeather",
        business_name="Larkspur Lamps",
        owner_name="Jordan Ellis",
        owner_role="Owner",
        today=clock(),
        message_date=clock(),
        currency_symbol="$",
        amount_paid=Decimal("84.00"),
        checklist=(ChecklistItem("Where is my refund?", "question"),),
    )
    rude = (Example(clock(), "You people are IDIOTS and I will sue!!!"),)
    # With and without a threat of harm, a refund logged or a policy recorded: every variant.
    for facts in (
        LetterFacts(examples=rude),
        LetterFacts(examples=rude, threat_dates=(clock(),), harm_threatened=True),
        LetterFacts(refund=Decimal("84.00"), policy_name="terms of service"),
    ):
        for template in TEMPLATES:
            text = fill(template.key, replace(data, facts=facts))
            assert check_tone(text) == [], template.key
            assert "$" not in text.replace("$84.00", ""), template.key
