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

from app.core.search_hits import HIT_END, HIT_START


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


def folded_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in `text` each of `words` (folded) stands, as (start, end) in `text`, in order."""
    spans = sorted(
        found.span()
        for word in {fold(word) for word in words if fold(word)}
        for found in written_as(word).finditer(text)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def folded_snippet(text: str, words: list[str], before: int = 24, after: int = 72) -> str:
    """The text around the first of `words` found as typed, each found word marked."""
    spans = folded_spans(text, words)
    if not spans:
        return ""
    first = spans[0]
    start = max(0, first[0] - before)
    if start:
        # From a whole word: a word cut before its vowel points shows them dangling.
        space = re.search(r"\s", text[start : first[0]])
        start += space.end() if space else 0
    end = min(len(text), first[1] + after)
    pieces: list[str] = []
    at = start
    for low, high in spans:
        if low < start or high > end:
            continue
        pieces += [text[at:low], HIT_START, text[low:high], HIT_END]
        at = high
    pieces.append(text[at:end])
    piece = " ".join("".join(pieces).split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
