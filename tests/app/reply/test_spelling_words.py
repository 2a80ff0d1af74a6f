"""Words a spelling or grammar check must leave alone: the two halves of a French elision, and
the names the owner's settings and customers know, for grammar as for spelling."""

from __future__ import annotations

import pytest

from app.reply.spelling import SpellCheck, grammar_available


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai pas reçu votre commande. J'ai vérifié aujourd'hui avec l'équipe, d'accord ?",
        "C'est qu'il faut attendre, s'il vous plaît. Vous n'avez pas lu nos conditions.",
        "J’ai vérifié aujourd’hui avec l’équipe ; c’est réglé, jusqu’à lundi.",
        "Lorsqu'il appellera, m'écrire ou t'écrire reviendra au même.",
    ],
)
def test_french_elisions_are_not_marked(text: str) -> None:
    assert SpellCheck(grammar=False, language="fr").check(text) == []


def test_a_misspelt_word_after_an_elision_is_marked_alone_with_its_own_fix() -> None:
    checker = SpellCheck(grammar=False, language="fr")
    text = "Vous n'avze pas lu l’équpie."
    issues = checker.check(text)
    assert [(i.words, text[i.start : i.end]) for i in issues] == [
        ("avze", "avze"),
        ("équpie", "équpie"),
    ]
    assert checker.suggest("avze")[0] == "avez"
    assert checker.suggest("équpie")[0] == "équipe"


def test_an_english_word_with_an_apostrophe_is_still_one_word() -> None:
    assert SpellCheck(grammar=False).check("I don't think it's late.") == []
    assert [i.words for i in SpellCheck(grammar=False).check("I dont't know.")] == ["dont't"]


@pytest.mark.skipif(not grammar_available(), reason="Harper is not installed")
@pytest.mark.parametrize(
    "text", ["Regards, Sam", "Kind regards,\nSam Ortiz\nOwner, Lumen Files", "Thanks, Sam."]
)
def test_grammar_leaves_the_owners_name_alone(text: str) -> None:
    checker = SpellCheck({"Sam", "Ortiz", "Lumen", "Files"}, grammar=True)
    assert checker.check(text) == []


@pytest.mark.skipif(not grammar_available(), reason="Harper is not installed")
def test_grammar_still_marks_the_owners_own_mistakes_beside_the_name() -> None:
    checker = SpellCheck({"Sam"}, grammar=True)
    issues = checker.check("We sent a email to Sam.")
    assert [(i.kind.value, i.words) for i in issues] == [("grammar", "a")]
    # A name the owner has not given Steady is still read as Harper reads it.
    assert [i.words for i in SpellCheck(grammar=True).check("Regards, Sam")] == ["Sam"]
