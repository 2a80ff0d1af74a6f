"""The brush-off rules read against warm and plain replies sharing their words: a shop owner
writing "I won't repeat myself in the letter, so here's a short summary" or "Check the size
chart first, then tell me" is not told she is brushing the customer off; the brush-offs
themselves still are."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone

WARM = [
    "I won't repeat myself in the letter, so here's a short summary.",
    "We won't say it again in writing, but the refund stands.",
    "I'll explain it one more time on the phone if you like, it's no trouble.",
    "You're not the only customer who asked, so we've added it to the FAQ.",
    "You're wrong about nothing, it was our mistake.",
    "You need to check nothing; we handle it all.",
    "Check the size chart first, then tell me and I'll reserve it.",
    "Do your own research if you like, but here is our full spec sheet.",
]
BRUSH_OFFS = [
    "I'm not going to repeat myself.",
    "I won't say it again, read the email.",
    "We will not explain this again to you.",
    "I'll explain it one more time.",
    "You're not the only customer I have.",
    "You're wrong about the dates.",
    "You need to check the listing.",
    "Check the listing first.",
    "Do your own research.",
    "Do your own research if you want answers.",
]


@pytest.mark.parametrize("sentence", WARM)
def test_a_plain_reply_sharing_the_words_is_not_flagged(sentence: str) -> None:
    assert [sentence[flag.start : flag.end] for flag in check_tone(sentence)] == []


@pytest.mark.parametrize("sentence", BRUSH_OFFS)
def test_the_brush_off_itself_is_still_flagged(sentence: str) -> None:
    assert check_tone(sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ich werde mich nicht wiederholen, sondern Ihnen die Schritte kurz zeigen."),
        ("fr", "Je ne vais pas vous le répéter par écrit, je vous appelle demain."),
        ("fr", "Faites vos propres recherches si vous le souhaitez, voici la fiche."),
        ("es", "Haga su propia búsqueda si quiere, pero aquí tiene la ficha."),
    ],
)
def test_a_plain_reply_in_another_language_sharing_the_words_is_not_flagged(
    language: str, sentence: str
) -> None:
    flags = check_tone(sentence, language=language)
    assert [sentence[flag.start : flag.end] for flag in flags] == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ich werde mich nicht wiederholen."),
        ("fr", "Je ne vais pas vous le répéter, lisez le mail."),
        ("fr", "Je ne vais pas me répéter encore une fois."),
        ("fr", "Faites vos propres recherches."),
        ("es", "Haga su propia búsqueda."),
    ],
)
def test_the_brush_off_in_another_language_is_still_flagged(language: str, sentence: str) -> None:
    assert check_tone(sentence, language=language)
