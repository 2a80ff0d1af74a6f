"""The reading of a text as it shows on screen keeps the way back to the words as written."""

from __future__ import annotations

from app.core.shown_text import Shown, override_warning


def test_spaces_hidden_characters_and_styled_letters_read_plainly() -> None:
    text = "I  will\tk\u200bill\u00a0\uff59\U0001d428u\nnow.\n\nNext"
    shown = Shown(text)
    assert shown.read == "I will kill you now.\nNext"
    start = shown.read.index("kill")
    assert text[slice(*shown.written(start, start + len("kill you")))] == (
        "k\u200bill\u00a0\uff59\U0001d428u"
    )


def test_overridden_words_read_in_the_order_shown_and_point_back_to_all_their_letters() -> None:
    text = "Nice shop. I will \u202euoy llik\u202c tonight."
    shown = Shown(text)
    assert shown.read == "Nice shop. I will kill you tonight."
    start = shown.read.index("kill you")
    assert text[slice(*shown.written(start, start + 8))] == "uoy llik"
    assert Shown(text, backwards=False).read == "Nice shop. I will uoy llik tonight."
    assert override_warning(text) and not override_warning("Nice shop.")


def test_a_ligature_and_marks_after_the_last_letter_are_part_of_the_words() -> None:
    text = "\ufb01ne\u0301 day"
    shown = Shown(text)
    assert shown.read == "fine day"
    assert shown.written(0, 4) == (0, 4)


def test_look_alikes_are_latin_only_inside_latin_words() -> None:
    assert Shown("kn\u043ew \u0441\u043e\u043a").read == "know \u0441\u043e\u043a"
