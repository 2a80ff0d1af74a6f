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
from collections.abc import Iterable
from functools import cache


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
_GONE = [re.escape(char) for char, to in _CHANGES.items() if not to]
_FORMS: dict[str, list[str]] = {}
for _char, _to in _CHANGES.items():
    if _to:
        _FORMS.setdefault(_to, []).append(_char)


@cache
def hidden_in_words() -> str:
    """The characters that show nothing inside a word: zero-width space and joiners (Persian's
    non-joiner too: it shapes the letters beside it, a reader does not type it), the soft
    hyphen, direction marks. The kept copies are read without them since a later schema
    change (storage/written_words_shown.py), as the disguised English words are."""
    from app.core.shown_text import HIDDEN

    return HIDDEN


@cache
def _folding_table() -> dict[int, str]:
    return str.maketrans({**_CHANGES, **dict.fromkeys(hidden_in_words(), "")})


def fold(text: str) -> str:
    """`text` folded as the kept copies are, without the characters hidden inside words."""
    return text.translate(_folding_table())


def replaced(column: str, changes: dict[str, str]) -> str:
    """SQL for `column` with each of `changes` made."""
    sql = column
    for old, new in changes.items():
        quoted = new.replace("'", "''")
        sql = f"replace({sql}, '{old}', '{quoted}')"
    return sql


def parts(changes: dict[str, str], size: int) -> list[dict[str, str]]:
    """`changes` in groups of `size`, in order."""
    items = list(changes.items())
    return [dict(items[at : at + size]) for at in range(0, len(items), size)]


def written_as(word: str, more: dict[str, list[str]] | None = None) -> re.Pattern[str]:
    """What `word` folded matches as written: each letter in any of its forms (and of `more`),
    followed by any vowel points or hidden characters (those of the last letter go with it
    when marked)."""
    points = "[" + "".join([*_GONE, *map(re.escape, hidden_in_words())]) + "]*"
    more = more or {}
    return re.compile(
        "".join(
            _any_form([char, *_FORMS.get(char, ()), *more.get(char, ())]) + points
            for char in fold(word)
        )
    )


def _any_form(forms: list[str]) -> str:
    """A pattern for any of `forms`: single characters as a class, longer ones (ﾊﾞ) first."""
    single = "[" + "".join(re.escape(form) for form in forms if len(form) == 1) + "]"
    longer = [re.escape(form) for form in forms if len(form) > 1]
    return "(?:" + "|".join([*longer, single]) + ")" if longer else single


def anchor(word: str) -> str:
    """A letter of `word` that any text holding it folded holds as typed, for a quick first
    look; "" when each of its letters has other forms."""
    return next((char for char in fold(word) if char not in _FORMS), "")


# --- English words in disguise --------------------------------------------------------------
# "k\u200bill" with a zero-width space, "ｂｕｒｎ" full-width, "𝐤𝐢𝐥𝐥" from a fancy-text site,
# "kіll" with a Cyrillic і: the index's tokenizer splits or keeps them, so "kill" never found
# them. The characters are read as app/core/shown_text.py reads them for threats (Steady's one
# reading of them), and a contact holding any is kept read that way in an index of its own
# (storage/written_search_shown.py). Only the blocks below are looked at: the schema
# change's SQL is made from them, so a change to them, or to that reading, needs a new one
# (tests/storage/test_schema_expected.py fails on its fingerprint).
_DISGUISE_BLOCKS = (
    (0x0250, 0x02AF),  # small capitals written with IPA letters (ɪ, ʟ, ɴ)
    (0x0300, 0x036F),  # accents and strike-throughs typed as separate marks
    (0x0370, 0x052F),  # Greek and Cyrillic letters that look Latin
    (0x1AB0, 0x1AFF),
    (0x1D00, 0x1DFF),  # small capitals, more marks
    (0x2070, 0x209F),  # superscript and subscript
    (0x20D0, 0x20FF),
    (0x2100, 0x214F),  # ℂ, ℍ, ℓ
    (0x2460, 0x24FF),  # circled and bracketed letters and numbers
    (0xA730, 0xA731),
    (0xFB00, 0xFB06),  # ligatures (ﬁ, ﬂ)
    (0xFE20, 0xFE2F),
    (0xFF01, 0xFF5E),  # full-width
    (0x1D400, 0x1D7FF),  # mathematical bold, italic, script, double-struck...
    (0x1F100, 0x1F1FF),  # squared letters
)
_LOOK_ALIKE_BLOCK = ("\u0370", "\u052f")


@cache
def disguises() -> tuple[dict[str, str], dict[str, str]]:
    """(each disguising character: the ASCII it reads as, its case kept; the Greek and Cyrillic
    letters that look Latin: what they read as inside a Latin word). Built on first use: the
    reading takes a few dozen milliseconds, and most searches are typed in plain ASCII."""
    from app.core.shown_text import HIDDEN, Shown

    read: dict[str, str] = {}
    look_alike: dict[str, str] = {}
    candidates = [
        *HIDDEN,
        *(chr(c) for low, high in _DISGUISE_BLOCKS for c in range(low, high + 1)),
    ]
    for char in dict.fromkeys(candidates):
        # Between two Latin letters, as in a disguised word: look-alikes read as Latin there.
        shown = Shown(f"a{char}a", backwards=False).read
        as_read = shown[1:-1]
        if as_read == char or not as_read.isascii() or shown[:1] + shown[-1:] != "aa":
            continue
        if _LOOK_ALIKE_BLOCK[0] <= char <= _LOOK_ALIKE_BLOCK[1]:
            look_alike[char] = as_read
        else:
            read[char] = as_read
    return read, look_alike


@cache
def _undisguise_table() -> dict[int, str]:
    read, look_alike = disguises()
    return str.maketrans({**read, **look_alike})


def undisguised(text: str) -> str:
    """`text` as the disguised contacts are kept: each disguising character as what it reads
    as (a typed query is plain ASCII, and stays as it is)."""
    if text.isascii():
        return text
    return text.translate(_undisguise_table())


def char_class(chars: Iterable[str]) -> str:
    """A GLOB character class matching any of `chars`, runs of them as ranges."""
    codes = sorted({ord(char) for char in chars})
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs) + "]"
