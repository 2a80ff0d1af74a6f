"""What a redaction rule's words look like in the text: the regular expression for each rule.

A letter matches with or without its accents, and the letters that have no accent to strip
match how an English keyboard spells them, both ways: "Łukasz" and "Lukasz", "Søren Møller"
and "Soren Moller" or "Soeren Moeller", "Strauß" and "Strauss", "Müller" and "Mueller",
"Ærø" and "Aeroe", "Þór" and "Thor", "Đorđe" and "Dorde" or "Djordje". Words in a script
written without spaces (Chinese, Japanese, Thai, Korean…) may be broken anywhere by a line
break or a space, as hard-wrapped mail and pasted chats break them. A phone number matches its
digits whatever stands between them ("+1 555 0142", "+1-555-0142", "(555) 0142", "+15550142").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache

from app.core.paths import assets_folder
from app.core.text_folding import INVISIBLE, digits, phone_query
from app.core.unspaced_scripts import UNSPACED

# Between two words of a rule: any run of white space (line breaks, tabs, non-breaking and
# other Unicode spaces), with a quoted reply's ">" markers where a line was broken.
GAP = f"(?:[\\s{INVISIBLE}]+(?:>+[\\s{INVISIBLE}]*)*)"
# Inside a word of a script written without spaces: the same, or nothing at all.
_SOFT_GAP = f"(?:[\\s{INVISIBLE}]*(?:>+[\\s{INVISIBLE}]*)*)"

# Combining accents of the Latin, Greek and Cyrillic alphabets, written after their letter.
_ACCENTS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Marks that phones and word processors swap for one another in a name ("O'Brien", "O’Brien",
# the Hebrew geresh in "ג׳ורג׳" typed as "ג'ורג'", gershayim as a double quote, maqaf as a hyphen).
_ALIKE = ("'’‘ʼ`´\u05f3", '"“”\u05f4', "-‐‑–\u05be")
# Hebrew points and cantillation, Arabic vowel and Quranic marks, and the tatweel that stretches
# an Arabic word: written or left out as the writer pleases, so they may follow any letter.
_POINTS = (
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
)
_POINT = re.compile(f"[{_POINTS}]")
# Arabic letters written for one another: alef with or without its hamza or madda, ya and alef
# maqsura (and the Persian ya), ta marbuta and ha, the Arabic and Persian kaf, hamza on a seat.
_SAME_LETTER = ("اأإآٱ", "يىیئ", "ةه", "كک", "وؤ")
# Letters of their own, with no accent to strip, and the plain letter typed for them.
_PLAIN = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"}
# One letter that is written as two where the keyboard lacks it (German without umlauts too).
_SPELT = {
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ü": "ue",
    "ö": "oe",
    "ä": "ae",
    "ø": "oe",
    "å": "aa",
    "đ": "dj",
}
# The same table read the other way: "ss" stands for ß, "oe" for ö, ø or œ…
_SPELT_BACK: dict[str, str] = {}
for _one, _two in _SPELT.items():
    _SPELT_BACK[_two] = _SPELT_BACK.get(_two, "") + _one + _one.upper()

# English months: a rule that is a month's name ("May", "June") is a name, never a date's month.
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\.?[\s\u00a0]+(?:of[\s\u00a0]+)?$")
_DAY_OR_YEAR_AFTER = re.compile(r"^[\s\u00a0]*(?:\d{1,2}(?:st|nd|rd|th)?\b|,?[\s\u00a0]*\d{4}\b)")


@cache
def _everyday_words() -> frozenset[str]:
    # Made by bench/everyday_words.py from the English spelling list (assets/wordlists).
    path = assets_folder() / "wordlists" / "everyday-en.txt.gz"
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split())


def everyday_word(word: str) -> bool:
    """Whether a word is in everyday English use ("may", "will", "bill"; not "sam")."""
    return word.lower() in _everyday_words()


@cache
def _accented() -> dict[str, str]:
    """Each base letter (any case) with the letters written on it: e → é è ê ë ē…, l → ł."""
    found: dict[str, str] = {}
    for block in (range(0xC0, 0x250), range(0x370, 0x530), range(0x1E00, 0x2000)):
        for char in map(chr, block):
            parts = unicodedata.normalize("NFD", char)
            if len(parts) > 1 and parts[0].isalpha():
                for base in {parts[0].lower(), parts[0].upper()}:
                    found[base] = found.get(base, "") + char
    for own, plain in _PLAIN.items():
        for base in (plain, plain.upper()):
            found[base] = found.get(base, "") + own + own.upper()
    return found


# After a Hebrew or Arabic letter: its points, and the invisible joiners and direction marks
# that chat apps and word processors leave inside a name.
_AFTER_LETTER = f"[{_POINTS}{INVISIBLE}\u200e\u200f\u061c]*"


def _right_to_left(char: str) -> bool:
    """Hebrew or Arabic."""
    return "\u0590" <= char <= "\u06ff"


def _group(letter: str) -> str:
    """The letters written for one another that `letter` is one of, or the letter alone."""
    return next((same for same in _SAME_LETTER if letter in same), letter)


def _same(letter: str) -> str:
    """The first of the letters written for one another (ا for أ, ي for ى), or the letter."""
    return _group(letter)[0]


@cache
def _presentation_forms() -> tuple[dict[str, str], dict[str, str]]:
    """The presentation forms text copied out of a PDF or an old system may carry instead of
    Hebrew and Arabic letters (ﻣﺤﻤﺪ for محمد): by the letter each stands for, and the
    ligatures by the letters they join (ﻻ for لا, ﷲ for الله, ﭏ for אל), each key written with
    `_same` letters."""
    letters: dict[str, str] = {}
    ligatures: dict[str, str] = {}
    for block in (range(0xFB1D, 0xFB50), range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for char in map(chr, block):
            plain = _POINT.sub("", unicodedata.normalize("NFKC", char)).replace(" ", "")
            if plain == char or not plain:
                continue
            if len(plain) == 1:
                letters[plain] = letters.get(plain, "") + char
            elif len(plain) <= 4 and all(map(_right_to_left, plain)):
                key = "".join(map(_same, plain))
                ligatures[key] = ligatures.get(key, "") + char
    return letters, ligatures


def _right_to_left_letter(char: str) -> str:
    """A Hebrew or Arabic letter with any points after it, in any of its written forms."""
    letters = _group(char)
    forms = "".join(_presentation_forms()[0].get(letter, "") for letter in letters)
    return f"[{re.escape(letters + forms)}]{_AFTER_LETTER}"


def _ligature(word: str, at: int) -> tuple[str, int]:
    """The pattern for the letters at `at` that a ligature may stand for, with how many
    letters it covers; ("", 0) when none does."""
    ligatures = _presentation_forms()[1]
    for length in (4, 3, 2):
        key = "".join(map(_same, word[at : at + length]))
        if len(key) == length and key in ligatures:
            spelt = "".join(_letter(char) for char in word[at : at + length])
            return f"(?:[{re.escape(ligatures[key])}]{_AFTER_LETTER}|{spelt})", length
    return "", 0


def _letter(char: str) -> str:
    """A character of a rule as the customer may have typed it: a letter with or without its
    accents (precomposed or written after it), an apostrophe or a hyphen of any kind."""
    for alike in _ALIKE:
        if char in alike:
            return f"[{re.escape(alike)}]"
    if _right_to_left(char) and char.isalpha():
        return _right_to_left_letter(char)
    base = unicodedata.normalize("NFD", char)[0]
    base = _PLAIN.get(base.lower(), base)
    accented = _accented().get(base.lower(), "") + _accented().get(base.upper(), "")
    spelt = _SPELT.get(char.lower(), "")
    if not accented:
        one = re.escape(char)
        return f"(?:{one}|{spelt})" if spelt else one
    one = f"[{re.escape(base + accented)}][{_ACCENTS}]*"
    if not spelt:
        return one
    if not base.isascii():  # ß, æ, œ, þ: the letter itself or its spelling
        return f"(?:[{re.escape(char + char.upper())}]|{spelt})"
    return f"(?:{spelt}|{one})"


def _joins(char: str) -> bool:
    code = ord(char)
    return code >= 0x0E00 and any(low <= code <= high for low, high in UNSPACED)


def _word(word: str) -> str:
    """One word of a rule, letter by letter."""
    pieces: list[str] = []
    at = 0
    while at < len(word):
        pair = word[at : at + 2].lower()
        if pair in _SPELT_BACK and word[at : at + 2].isascii():
            letters = _letter(word[at]) + _letter(word[at + 1])
            pieces.append(f"(?:{letters}|[{_SPELT_BACK[pair]}])")
            at += 2
            continue
        if at and _joins(word[at - 1]) and _joins(word[at]):
            pieces.append(_SOFT_GAP)
        if _right_to_left(word[at]):
            joined, length = _ligature(word, at)
            if length:
                pieces.append(joined)
                at += length
                continue
        pieces.append(_letter(word[at]))
        at += 1
    return "".join(pieces)


def _phone(number: str) -> str:
    """The number's digits with anything a phone number is written with between them; the
    last seven or more digits alone too (the number written without its country code or
    with a leading 0)."""
    between = r"[\s().\-/\u00a0]*"
    core = number.lstrip("0")
    optional = max(0, len(core) - 7)
    # The leading digits nested, each optional only with those after it: "(?:(?:1 )?5 )?5…"
    # matches the whole number or any of its tails, in one pass with little backtracking.
    body = ""
    for digit in core[:optional]:
        body = f"(?:{body}{_digit(digit)}{between})?"
    body += between.join(map(_digit, core[optional:]))
    zero = _digit("0")
    prefix = rf"(?:\+[\s\u00a0]*|{zero}{zero}{between})?(?:\({between})?(?:{zero}{between})?"
    return rf"(?<![\d+])(?=[+(\d]){prefix}(?:{body})(?!\d)"


def _digit(digit: str) -> str:
    """A digit as written in Latin, Arabic-Indic (٠١٢…) or Persian (۰۱۲…) numerals."""
    value = int(digit)
    return f"[{value}{chr(0x0660 + value)}{chr(0x06F0 + value)}]"


def phone_number(text: str) -> str:
    """The digits of a rule that is a phone number, or "" (in Latin numerals, however typed)."""
    return "".join(str(int(digit)) for digit in digits(phone_query(text)))


def rule_pattern(text: str, open_start: bool, open_end: bool) -> re.Pattern[str]:
    number = phone_number(text)
    if number:
        return re.compile(_phone(number))
    # A rule typed with its vowel points matches the name written without them, and with.
    words = _POINT.sub("", unicodedata.normalize("NFC", text)).split()
    body = GAP.join(_word(word) for word in words)
    # The common case settled inside the search (a neighbouring English letter, digit or
    # "_"); other scripts' neighbours are looked at one by one by the caller.
    start = "" if open_start else "(?<![A-Za-z0-9_])"
    end = "" if open_end else "(?![A-Za-z0-9_])"
    return re.compile(start + body + end, re.IGNORECASE)


def in_a_date(text: str, start: int, end: int) -> bool:
    """Whether the month's name found at start:end is the month of a date ("31 May 2026",
    "Wed 13 May", "May 4, 2026", "May 2026")."""
    return bool(_DAY_BEFORE.search(text, max(0, start - 12), start)) or bool(
        _DAY_OR_YEAR_AFTER.match(text[end : end + 8])
    )
