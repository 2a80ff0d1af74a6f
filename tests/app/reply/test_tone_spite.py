"""Contempt and spite without a stock insult are flagged; the same words in kindness are not."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("I don't care.", "contempt", "I don't care"),
        ("Frankly I do not care about your excuses.", "contempt", "I do not care"),
        ("Honestly, the problem is you.", "spite", "the problem is you"),
        ("You are the problem here, not our staff.", "spite", "You are the problem"),
        (
            "I hope you enjoy shopping somewhere else.",
            "spite",
            "I hope you enjoy shopping somewhere else",
        ),
    ],
)
def test_contempt_and_spite_are_flagged(text: str, kind: str, words: str) -> None:
    assert (kind, words) in [(flag.kind.value, flag.words) for flag in check_tone(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I don't care how long it takes, we will make it right for you. Thank you!",
        "We don't care what the courier says: the replacement ships today.",
    ],
)
def test_the_same_words_in_kindness_are_left_alone(text: str) -> None:
    assert check_tone(text) == []


def test_a_german_reminder_with_ihnen_is_flagged_like_the_english_and_french() -> None:
    [flag] = check_tone(
        "Wie ich Ihnen bereits gesagt habe, ist die Frist abgelaufen.", language="de"
    )
    assert flag.kind.value == "passive-aggressive"
    assert flag.words == "Wie ich Ihnen bereits gesagt habe"
    # The lead-in keeps the verb second: "Zur Erinnerung ist die Frist abgelaufen."
    assert flag.replacement == "Zur Erinnerung ist"
