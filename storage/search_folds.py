"""Arabic, Hebrew and Chinese or Japanese words compared as an owner types them.

Arabic and Hebrew are mostly typed without their vowel points (سأقاضيك for سَأُقَاضِيكَ, אתבע
for אֶתְבַּע), the several forms of alef as a plain ا, ى as ي and ة as ه; Chinese and Japanese
text writes Latin letters and digits full-width (ＡＢ１２３) while an owner types AB123. The
index's tokenizer does not fold any of these, so every version of a contact written in those
scripts is kept folded beside it (storage/written_search_revisions.py, by trigger) and a typed
word is folded the same way here.

These tables are what that schema change's triggers were made with: changing them would fold
new contacts differently from those already in a log. A new fold needs a new schema change.
"""

from __future__ import annotations

import re


def _span(low: int, high: int) -> list[str]:
    return [chr(code) for code in range(low, high + 1)]


# The scripts whose words are looked for as written (app/core/unspaced_scripts.py), in a few
# wide ranges: a contact in none of them is told in one quick look (a narrow range for each
# script made every English contact cost a third more to save).
SCRIPTS = "[\u0590-\u1fff\u2e80-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff66-\uff9f\U00020000-\U0003ffff]"
# Each step: the characters that tell a text needs it, and what it changes.
ARABIC_MARKS = (
    _span(0x0610, 0x061A)
    + _span(0x064B, 0x065F)
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + _span(0x06D6, 0x06DC)
    + _span(0x06DF, 0x06E4)
    + ["\u06e7", "\u06e8"]
    + _span(0x06EA, 0x06ED)
)
ARABIC = (
    "[\u0600-\u06ff]",
    {
        **dict.fromkeys(ARABIC_MARKS, ""),
        **dict.fromkeys("\u0623\u0625\u0622\u0671", "\u0627"),  # أ إ آ ٱ → ا
        "\u0649": "\u064a",  # ى → ي
        "\u06cc": "\u064a",  # Persian ی → ي
        "\u06a9": "\u0643",  # Persian ک → ك
        "\u0629": "\u0647",  # ة → ه
    },
)
HEBREW = (
    "[\u0591-\u05c7]",
    dict.fromkeys(
        [*_span(0x0591, 0x05BD), "\u05bf", "\u05c1", "\u05c2", "\u05c4", "\u05c5", "\u05c7"], ""
    ),
)
# Full-width letters and digits as typed, the Latin letters in lower case: every kept copy is
# in lower case (SQLite's lower(), which changes A to Z only, as the table below does).
FULL_WIDTH = (
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]",
    {
        **{chr(0xFF10 + n): str(n) for n in range(10)},
        **{chr(0xFF21 + n): chr(0x61 + n) for n in range(26)},
        **{chr(0xFF41 + n): chr(0x61 + n) for n in range(26)},
    },
)
STEPS = (ARABIC, HEBREW, FULL_WIDTH)
_CHANGES = {
    **ARABIC[1],
    **HEBREW[1],
    **FULL_WIDTH[1],
    **{chr(code): chr(code + 32) for code in range(65, 91)},
}
_TABLE = str.maketrans(_CHANGES)
_GONE = [re.escape(char) for char, to in _CHANGES.items() if not to]
_FORMS: dict[str, list[str]] = {}
for _char, _to in _CHANGES.items():
    if _to:
        _FORMS.setdefault(_to, []).append(_char)


def fold(text: str) -> str:
    """`text` folded as the kept copies are."""
    return text.translate(_TABLE)


def replaced(column: str, changes: dict[str, str]) -> str:
    """SQL for `column` with each of `changes` made."""
    sql = column
    for old, new in changes.items():
        sql = f"replace({sql}, '{old}', '{new}')"
    return sql


def parts(changes: dict[str, str], size: int) -> list[dict[str, str]]:
    """`changes` in groups of `size`, in order."""
    items = list(changes.items())
    return [dict(items[at : at + size]) for at in range(0, len(items), size)]


def written_as(word: str) -> re.Pattern[str]:
    """What `word` folded matches as written: each letter in any of its forms, followed by
    any vowel points (those of the last letter go with it when marked)."""
    points = "[" + "".join(_GONE) + "]*"
    return re.compile(
        "".join(
            "[" + "".join(re.escape(form) for form in [char, *_FORMS.get(char, ())]) + "]" + points
            for char in fold(word)
        )
    )


def anchor(word: str) -> str:
    """A letter of `word` that any text holding it folded holds as typed, for a quick first
    look; "" when each of its letters has other forms."""
    return next((char for char in fold(word) if char not in _FORMS), "")
