"""What an angry owner types at a customer is flagged as hostile, and one click leaves a whole
calm sentence with nothing hostile left in it; warm and plain sentences sharing the words stay
unflagged."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_fit import damage
from app.reply.tone_rules import ToneKind as K
from tests.app.reply.tone_samples_contempt import (
    HOSTILE_ONE_CLICK,
    OTHER_LANGUAGES,
    OTHER_LANGUAGES_WARM,
    WARM,
)


@pytest.mark.parametrize(
    ("text", "kind", "after"), HOSTILE_ONE_CLICK, ids=[row[0] for row in HOSTILE_ONE_CLICK]
)
def test_hostile_words_at_the_reader_are_flagged_with_a_calm_sentence_in_one_click(
    text: str, kind: K, after: str
) -> None:
    flag = next(f for f in check_tone(text) if f.kind is kind)
    assert flag.hostile
    assert flag.replacement is not None
    clicked = text[: flag.start] + flag.replacement + text[flag.end :]
    assert clicked == after
    assert damage(clicked) == []
    assert [f for f in check_tone(clicked) if f.hostile] == []


@pytest.mark.parametrize("text", WARM)
def test_warm_and_plain_sentences_sharing_the_words_raise_no_flag(text: str) -> None:
    assert check_tone(text) == []


def test_swearing_aimed_at_the_reader_is_contempt_not_a_word_to_leave_out() -> None:
    # Leaving "Fuck" out of "Fuck you." would leave "You.": the whole sentence is the problem.
    flags = check_tone("Fuck you.")
    assert [(f.kind, f.words, f.hostile) for f in flags] == [(K.CONTEMPT, "Fuck you", True)]


def test_swearing_for_emphasis_is_still_only_profanity() -> None:
    flags = check_tone("The fucking parcel is late.")
    assert [(f.kind, f.replacement) for f in flags] == [(K.PROFANITY, "")]


@pytest.mark.parametrize(
    ("language", "text", "kind", "after"), OTHER_LANGUAGES, ids=[r[1] for r in OTHER_LANGUAGES]
)
def test_the_same_in_spanish_french_and_german(
    language: str, text: str, kind: K, after: str
) -> None:
    flag = next(f for f in check_tone(text, language=language) if f.kind is kind)
    assert flag.hostile
    assert flag.replacement is not None
    clicked = text[: flag.start] + flag.replacement + text[flag.end :]
    assert clicked == after
    assert damage(clicked) == []
    assert [f for f in check_tone(clicked, language=language) if f.hostile] == []


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES_WARM)
def test_plain_sentences_in_other_languages_raise_no_flag(language: str, text: str) -> None:
    assert check_tone(text, language=language) == []
