"""Step 3 lists the questions of a customer writing in Arabic, Chinese, Japanese, Greek or
Hindi as it does in English: their question marks and full stops end sentences."""

from __future__ import annotations

import pytest

from app.reply.checklist import extract_checklist
from app.reply.sentences import sentences


def _questions(text: str) -> list[str]:
    return [item.text for item in extract_checklist(text) if item.kind == "question"]


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        (
            "اشتريت آلة قهوة يوم الاثنين ووصلت مكسورة. متى ستعيدون أموالي؟ "
            "لا أحد يرد على الهاتف. لماذا لا يجيبني أحد؟",
            ["متى ستعيدون أموالي؟", "لماذا لا يجيبني أحد؟"],
        ),
        (
            "我周一买了咖啡机，到货时是坏的。你们什么时候退款？没有人接电话。为什么没人回复我？",
            ["你们什么时候退款？", "为什么没人回复我？"],
        ),
        (
            "月曜日にコーヒーメーカーを買いましたが、壊れて届きました。"
            "いつ返金してもらえますか？誰も電話に出ません。",
            ["いつ返金してもらえますか？"],
        ),
        (
            "Αγόρασα μια καφετιέρα τη Δευτέρα και ήρθε σπασμένη. "
            "Πότε θα μου επιστρέψετε τα χρήματα; Κανείς δεν απαντά.",
            ["Πότε θα μου επιστρέψετε τα χρήματα;"],
        ),
        (
            # The Greek question mark as its own character (U+037E).
            "Ήρθε σπασμένη. Γιατί δεν απαντάτε\u037e Περιμένω.",
            ["Γιατί δεν απαντάτε\u037e"],
        ),
        (
            "मैंने सोमवार को कॉफी मशीन खरीदी और वह टूटी हुई आई। आप मेरा पैसा कब लौटाएंगे? "
            "कोई फोन नहीं उठाता।",
            ["आप मेरा पैसा कब लौटाएंगे?"],
        ),
        (
            "店员说「什么时候能修好？」我不知道。",
            ["店员说「什么时候能修好？」"],
        ),
    ],
)
def test_each_question_is_listed_on_its_own(text: str, questions: list[str]) -> None:
    assert _questions(text) == questions


def test_chinese_and_hindi_full_stops_end_sentences() -> None:
    assert sentences("到货时是坏的。没有人接电话！你们退款吗？") == [
        "到货时是坏的。",
        "没有人接电话！",
        "你们退款吗？",
    ]
    assert sentences("वह टूटी हुई आई। कोई फोन नहीं उठाता।") == [
        "वह टूटी हुई आई।",
        "कोई फोन नहीं उठाता।",
    ]


def test_a_semicolon_outside_greek_is_not_a_question() -> None:
    text = "I paid on Monday; nobody called back; the machine still leaks; fix it;"
    assert _questions(text) == []
    assert sentences("Πότε; Now; then.") == ["Πότε;", "Now; then."]
