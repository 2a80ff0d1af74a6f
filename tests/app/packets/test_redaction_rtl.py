"""Arabic and Hebrew names as customers actually write them: with or without vowel points,
stretched with tatweel, alef with or without its hamza, ta marbuta as ha, Persian letters,
presentation forms pasted from a PDF, a geresh typed as an apostrophe. A rule must hide each
form; it must not hide a different name."""

from __future__ import annotations

import unicodedata

import pytest

from app.packets.data import Redaction, unredacted_marks
from app.packets.redaction import Redactor


def _redacted(text: str, *rules: str) -> str:
    return unredacted_marks(Redactor(tuple(Redaction(r) for r in rules))(text))


@pytest.mark.parametrize(
    ("written", "rule"),
    [
        ("مُحَمَّد", "محمد"),  # vowel points in the mail
        ("محمدٌ", "محمد"),  # a case ending after the last letter
        ("محـــمد", "محمد"),  # stretched with tatweel
        ("محمد", "مُحَمَّد"),  # the rule typed with its points
        ("احمد", "أحمد"),  # alef without its hamza
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنة"),
        ("فاطمه", "فاطمة"),  # ta marbuta written as ha
        ("علي", "على"),  # ya and alef maqsura
        ("مصطفى", "مصطفي"),
        ("كريم", "کریم"),  # Arabic letters for the Persian kaf and ya
        ("ﻣﺤﻤﺪ", "محمد"),  # presentation forms, as text copied out of a PDF
        (unicodedata.normalize("NFD", "أحمد"), "أحمد"),  # hamza written after its alef
        ("יִצְחָק", "יצחק"),  # Hebrew with niqqud
        ("יצחק", "יִצְחָק"),
        ("ג׳ורג׳", "ג'ורג'"),  # geresh typed as an apostrophe, both ways
        ("ג'ורג'", "ג׳ורג׳"),
        ("בן־דוד", "בן-דוד"),  # maqaf typed as a hyphen
        ("\ufebb\ufefc\ufea1", "صلاح"),  # presentation forms, lam-alef as one ligature
        ("\ufe91\ufefc\ufedd", "بلال"),
        ("\ufecb\ufefc\ufe80", "علاء"),
        ("عبد\ufdf2", "عبدالله"),  # the ligature for Allah
        ("\ufdf2", "الله"),
        ("מיכ\ufb4f", "מיכאל"),  # the Hebrew alef-lamed ligature
        ("مح\u200dمد", "محمد"),  # a joiner inside the name
        ("مح\u200cمد", "محمد"),
        ("מ\u200fשה", "משה"),  # a direction mark inside
    ],
)
def test_each_written_form_of_a_name_is_hidden(written: str, rule: str) -> None:
    assert _redacted(f"قال {written} هنا", rule) == "قال [redacted] هنا"
    assert _redacted(f"I saw {written} outside.", rule) == "I saw [redacted] outside."


def test_a_name_with_a_particle_written_onto_it_is_hidden() -> None:
    assert _redacted("قال ومُحَمَّدٌ هنا", "محمد") == "قال و[redacted] هنا"
    assert _redacted("אמרתי ליִצְחָק", "יצחק") == "אמרתי ל[redacted]"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("قال محمود هنا", "محمد"),  # Mahmoud is not Muhammad
        ("قال حامد هنا", "أحمد"),
        ("אמר יעקב כאן", "יצחק"),
    ],
)
def test_a_different_name_is_left_alone(text: str, rule: str) -> None:
    assert _redacted(text, rule) == text


@pytest.mark.parametrize(
    "written", ["٠٥٥١٢٣٤٥٦٧", "۰۵۵ ۱۲۳ ۴۵۶۷", "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧", "0551234567"]
)
def test_a_phone_number_is_hidden_in_arabic_or_persian_digits(written: str) -> None:
    for rule in ("+966 55 123 4567", "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧"):
        assert _redacted(f"اتصلوا بي على {written} اليوم", rule) == "اتصلوا بي على [redacted] اليوم"
