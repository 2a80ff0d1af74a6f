from __future__ import annotations

import pytest

from app.reply.spelling import (
    IssueKind,
    SpellCheck,
    grammar_available,
    suggestions_for,
    words_in,
)


def test_misspellings_come_with_offsets_and_suggestions_when_asked() -> None:
    text = "Thank you for writting."
    checker = SpellCheck(grammar=False)
    (issue,) = checker.check(text)
    assert issue.kind is IssueKind.SPELLING
    assert text[issue.start : issue.end] == "writting" == issue.words
    # Suggestions are found when the owner opens the menu, not during every check.
    assert issue.suggestions == ()
    assert checker.suggest(issue.words)[0] == "writing"


def test_offsets_after_an_emoji_are_python_indexes() -> None:
    text = "😀😀 Recieved."
    checker = SpellCheck(grammar=False)
    (issue,) = checker.check(text)
    assert (issue.start, issue.end) == (3, 11)
    assert checker.suggest(issue.words)[0] == "Received"  # the capital is kept


def test_a_very_long_unknown_word_gets_suggestions_at_once_or_none() -> None:
    word = "antidisestablishmentarianismxx"
    assert suggestions_for(word) == ()  # two edits away is not searched for 30 letters
    assert suggestions_for("wierd")[0] == "weird"


@pytest.mark.parametrize(
    ("language", "text", "wrong", "right"),
    [
        ("es", "Su mensage sobre el pedido.", "mensage", "mensaje"),
        ("fr", "Merci pour votre messsage.", "messsage", "message"),
        ("de", "Vielen Dank für Ihre Nachricht und Ihre Gedult.", "Gedult", "Geduld"),
    ],
)
def test_replies_in_other_languages_are_spelt_in_their_language(
    language: str, text: str, wrong: str, right: str
) -> None:
    checker = SpellCheck(grammar=False, language=language)
    assert [i.words for i in checker.check(text)] == [wrong]
    assert right in checker.suggest(wrong)


def test_names_the_owner_knows_are_not_marked() -> None:
    text = "Dear Morwenna, Quillfeather Lamps has refunded you."
    assert [i.words for i in SpellCheck(grammar=False).check(text)] == ["Morwenna", "Quillfeather"]
    known = words_in(["Morwenna Quillfeather", "Quillfeather Lamps"])
    assert SpellCheck(known, grammar=False).check(text) == []


def test_learning_a_word_later_stops_marking_it() -> None:
    checker = SpellCheck(grammar=False)
    assert checker.check("The Glowmaster is on its way.")
    checker.learn(["glowmaster"])
    assert checker.check("The Glowmaster is on its way.") == []


def test_addresses_links_and_capitals_are_left_alone() -> None:
    text = "Write to morwenna@exmple.com or see www.larkspurlamps.example; order LLXQ."
    assert SpellCheck(grammar=False).check(text) == []


@pytest.mark.skipif(not grammar_available(), reason="harper-py is not installed")
def test_grammar_problems_are_found_offline() -> None:
    text = "I checked the the order and their was a delay."
    issues = SpellCheck().check(text)
    found = {(i.kind, i.words) for i in issues}
    assert (IssueKind.GRAMMAR, "the the") in found
    assert (IssueKind.GRAMMAR, "their") in found
    assert all(text[i.start : i.end] == i.words for i in issues)


def test_spacing_is_not_reported_as_grammar() -> None:
    from app.reply.spelling import SpellCheck, grammar_available

    if not grammar_available():
        return
    checker = SpellCheck(set(), grammar=True)
    issues = checker.grammar("Dear Pat,\n\n    Thank you for writing.  We checked your order.")
    assert all(issue.words.strip() for issue in issues)
    assert all(all(s.strip() for s in issue.suggestions) for issue in issues)
