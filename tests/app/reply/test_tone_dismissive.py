"""An owner brushing a customer off without a rude word ("Do your own research.", "Your loss.",
"I'm not going to repeat myself.") is flagged, and clicking the calmer wordings leaves a whole
sentence with nothing hostile in it; warm sentences sharing the words raise no flag."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_fit import damage
from app.reply.tone_rules import ToneKind as K
from tests.app.reply.tone_samples_dismissive import (
    HOSTILE_DISMISSIVE,
    OTHER_LANGUAGES_DISMISSIVE,
    OTHER_LANGUAGES_DISMISSIVE_WARM,
    WARM_DISMISSIVE,
)


def _every_click(text: str, language: str) -> str:
    """The text once the owner has clicked the calmer wording of each hostile flag in turn."""
    for _ in range(5):
        hostile = [f for f in check_tone(text, language=language) if f.hostile]
        if not hostile:
            return text
        flag = hostile[-1]
        assert flag.replacement is not None, flag
        text = text[: flag.start] + flag.replacement + text[flag.end :]
    raise AssertionError(f"still hostile after five clicks: {text!r}")


def _flagged_and_calmed(text: str, kind: K, after: str, language: str) -> None:
    flags = [f for f in check_tone(text, language=language) if f.hostile]
    assert kind in {f.kind for f in flags}
    clicked = _every_click(text, language)
    assert clicked == after
    assert damage(clicked) == []


@pytest.mark.parametrize(
    ("text", "kind", "after"), HOSTILE_DISMISSIVE, ids=[row[0] for row in HOSTILE_DISMISSIVE]
)
def test_brushing_the_customer_off_is_flagged_and_one_click_leaves_a_whole_sentence(
    text: str, kind: K, after: str
) -> None:
    _flagged_and_calmed(text, kind, after, "en")


@pytest.mark.parametrize("text", WARM_DISMISSIVE)
def test_warm_sentences_sharing_the_words_raise_no_flag(text: str) -> None:
    assert check_tone(text) == []


@pytest.mark.parametrize(
    ("language", "text", "kind", "after"),
    OTHER_LANGUAGES_DISMISSIVE,
    ids=[row[1] for row in OTHER_LANGUAGES_DISMISSIVE],
)
def test_the_commonest_in_spanish_french_and_german(
    language: str, text: str, kind: K, after: str
) -> None:
    _flagged_and_calmed(text, kind, after, language)


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES_DISMISSIVE_WARM)
def test_plain_sentences_in_other_languages_sharing_the_words_raise_no_flag(
    language: str, text: str
) -> None:
    assert check_tone(text, language=language) == []
