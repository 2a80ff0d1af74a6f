"""Veiled threats a shop owner receives ("I'll be at your shop tomorrow and you will regret
it", "I know where you work") are suggested as threats, in each language whose threat words
have the same shape; the everyday sentences that share their words ("you won't regret buying
it", "I'll be at the shop at 5 to collect") suggest nothing."""

from __future__ import annotations

import pytest

from app.core.domain import Category
from app.importing.suggest import severity_for, suggest_categories


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "I am DONE waiting. You people are a joke. I'll be at your shop tomorrow and you "
            "will regret it.",
            "you will regret it",
        ),
        ("You will regret this.", "You will regret this"),
        ("You'll really regret the day you crossed me.", "You'll really regret the day"),
        ("I'm going to make you regret it.", "I'm going to make you regret"),
        ("You'll be sorry.", "You'll be sorry"),
        ("You'd better watch yourself.", "You'd better watch yourself"),
        ("Watch your back.", "Watch your back"),
        ("I know where you work.", "I know where you work"),
        ("I'll be at your house tonight.", "I'll be at your house"),
        (
            "I'll be at your shop tomorrow and then we'll see.",
            "I'll be at your shop tomorrow and then we'll see",
        ),
        ("Te vas a arrepentir de esto.", "Te vas a arrepentir"),
        ("Vous allez le regretter.", "Vous allez le regretter"),
        ("Das werden Sie noch bereuen.", "Das werden Sie noch bereuen"),
        ("Você vai se arrepender disso.", "Você vai se arrepender"),
        ("Te ne pentirai.", "Te ne pentirai"),
        ("Daar krijg je nog spijt van.", "Daar krijg je nog spijt van"),
        ("Pożałujesz tego.", "Pożałujesz"),
        ("Ты ещё пожалеешь.", "пожалеешь"),
        ("Buna pişman olacaksın.", "pişman olacaksın"),
        ("ستندم على هذا.", "ستندم"),
        ("אתה עוד תצטער.", "עוד תצטער"),
        ("तुम पछताओगे।", "पछताओगे"),
        ("你会后悔的。", "你会后悔的"),
        ("後悔するぞ。", "後悔するぞ"),
        ("후회하게 될 거야.", "후회하게 될 거"),
    ],
)
def test_a_veiled_threat_is_suggested_as_a_threat_of_harm(text: str, words: str) -> None:
    found = {s.category: s for s in suggest_categories(text)}
    assert found[Category.THREAT_PHYSICAL].words == (words,)
    assert severity_for(list(found.values())) == 5


def test_posting_everywhere_that_they_are_thieves_is_a_public_threat() -> None:
    text = "If it is not here by Friday I will sue you and post everywhere that you are thieves."
    found = {s.category: s.words for s in suggest_categories(text)}
    assert found[Category.THREAT_PUBLIC] == ("post everywhere",)


@pytest.mark.parametrize(
    "text",
    [
        "You won't regret buying it.",
        "You will not regret it, the lamp is lovely.",
        "You'll never regret it.",
        "I regret ordering the blue one.",
        "I'll be at the shop at 5 to collect.",
        "I'll be at your shop at 5 to collect my order.",
        "I'll be at your shop at 5 and we'll see which colour suits the room.",
        "You'll be sorry to hear the parcel came back.",
        "You'd better watch the video first.",
        "I saw your post everywhere on Instagram, lovely work.",
        "I know where your shop is, I'll come by on Saturday.",
        "No te vas a arrepentir.",
        "Vous ne le regretterez pas.",
        "Tu le regretteras pas.",
        "Sie werden es nicht bereuen.",
        "Você não vai se arrepender.",
        "Non te ne pentirai.",
        "Daar krijg je geen spijt van.",
        "Nie pożałujesz.",
        "Не пожалеете.",
        "你不会后悔的。",
        "绝对不会让你后悔。",
        "אתה לא תצטער.",
        "तुम नहीं पछताओगे।",
    ],
)
def test_everyday_sentences_with_the_same_words_suggest_nothing(text: str) -> None:
    assert suggest_categories(text) == []
