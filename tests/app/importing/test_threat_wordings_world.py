"""Threats written with vowel marks (Arabic harakat, Hebrew niqqud) and the everyday Russian,
Korean and Hebrew wordings: each suggested with the words as written and their meaning."""

from __future__ import annotations

import pytest

from app.core.domain import Category
from app.importing.suggest import suggest_categories
from app.importing.threat_words import hits


@pytest.mark.parametrize(
    ("text", "category", "explanation"),
    [
        (
            "سَأُقَاضِيكَ فِي المَحْكَمَةِ",
            Category.THREAT_LEGAL,
            "Threat of legal action: “سَأُقَاضِي” (I will sue), “المَحْكَمَةِ” (the court)",
        ),
        (
            "أَنَا سَأَحْرِقُ المَحَلَّ",
            Category.THREAT_VANDALISM,
            "Threat of vandalism: “سَأَحْرِقُ” (I will burn (the shop))",
        ),
        (
            "سَأَقْتُلُــــكَ",  # harakat and tatweel (the stretching stroke)
            Category.THREAT_PHYSICAL,
            "Threat of physical harm: “سَأَقْتُلُــــ” (I will kill you)",
        ),
        (
            "אֲנִי אֶתְבַּע אֶתְכֶם",
            Category.THREAT_LEGAL,
            "Threat of legal action: “אֶתְבַּע” (I will sue)",
        ),
        (
            "Я подам на вас в суд",
            Category.THREAT_LEGAL,
            "Threat of legal action: “подам на вас в суд” (I will sue / take you to court)",
        ),
        (
            "Я подам на вашу компанию в суд!",
            Category.THREAT_LEGAL,
            "Threat of legal action: “подам на вашу компанию в суд” "
            "(I will sue / take you to court)",
        ),
        (
            "Увидимся в суде.",
            Category.THREAT_LEGAL,
            "Threat of legal action: “Увидимся в суде” (I will go to court / see you in court)",
        ),
        (
            "당신 가게를 부숴버릴 거야",
            Category.THREAT_VANDALISM,
            "Threat of vandalism: “가게를 부숴” (smash the shop / break the windows)",
        ),
        (
            "다 부숴버릴 거야",
            Category.THREAT_VANDALISM,
            "Threat of vandalism: “부숴버릴” (I will smash (it) to pieces)",
        ),
        (
            "법정에서 봅시다.",
            Category.THREAT_LEGAL,
            "Threat of legal action: “법정에서 봅” (see you in court)",
        ),
        (
            "אני אשבור לך את החלון",
            Category.THREAT_VANDALISM,
            "Threat of vandalism: “אשבור לך” (I will smash your (things))",
        ),
        (
            "אני ארביץ לך",
            Category.THREAT_PHYSICAL,
            "Threat of physical harm: “ארביץ לך” (I will beat you up)",
        ),
    ],
)
def test_the_threat_is_suggested_with_its_words_and_meaning(
    text: str, category: Category, explanation: str
) -> None:
    suggestions = suggest_categories(text)
    assert [s.category for s in suggestions] == [category]
    assert suggestions[0].explanation == explanation


def test_the_words_shown_are_the_marked_ones_as_written() -> None:
    text = "قال: سَأُقَاضِيكُمْ غَدًا"
    [hit] = [h for h in hits(text) if h.kind == "legal"]
    assert text[hit.start : hit.end] == hit.words == "سَأُقَاضِي"


@pytest.mark.parametrize(
    "text",
    [
        "شُكْرًا جَزِيلًا، وَصَلَ الطَّلَبُ",  # thanks, the order arrived (voweled)
        "תּוֹדָה רַבָּה, הַהַזְמָנָה הִגִּיעָה",  # thanks, the order arrived (pointed)
        "אני אשבור את הראש איך לתקן את זה",  # "I'll rack my brains how to fix it"
        "Подам заявку на возврат в субботу.",  # I'll file a return request on Saturday
        "실수로 부숴버렸어요",  # I broke it by accident
        "박살난 상태로 도착했어요",  # it arrived smashed
    ],
)
def test_everyday_sentences_suggest_nothing(text: str) -> None:
    assert suggest_categories(text) == []
