"""Which Windows code page a CSV export not in UTF-8 was saved in.

Excel saves "CSV" in the code page of the Windows it runs on: Windows-1251 in Russia,
949 in Korea, 932 in Japan, 1254 in Turkey. Nearly any bytes read as Windows-1252, so
reading them all as Western European turned a Russian customer's "Я вас засужу!" into
"ß âàñ çàñóæó!" without a word to the owner. Each code page reads the start of the file, and
the one whose text reads as words is taken: words of one script, not runs of accented Latin
letters ("âàñ"), not letters with symbols in them ("È¯ºÒ"), not the half-width katakana that
Korean or Chinese bytes become in a Japanese reading.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

WESTERN = "cp1252"
# Tried in this order; on a tie the earlier is taken, so Western European text stays so, and
# Hebrew and Arabic (which Russian bytes rarely read as without odd letters) come before
# Cyrillic, Cyrillic before Greek (Greek accented vowels read as Cyrillic capitals), and Korean
# before Thai (a short Korean word can read as Thai letters; Thai text rarely reads as Korean).
CANDIDATES = (
    WESTERN,
    "cp1254",
    "cp1250",
    "cp1257",
    "cp1255",
    "cp1256",
    "cp1251",
    "cp1253",
    "cp949",
    "cp874",
    "cp932",
    "gb18030",
)
NAMES = {
    "cp1252": "Windows-1252 (Western European)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp874": "Windows-874 (Thai)",
    "cp949": "Windows-949 (Korean)",
    "cp932": "Shift_JIS (Japanese)",
    "gb18030": "GB18030 (Chinese)",
}
# The everyday characters of each East Asian code page: Korean, Japanese or Chinese bytes read
# in another one give letters outside these (rare syllables, variant characters).
_EVERYDAY = {"cp949": "euc_kr", "cp932": "shift_jis", "gb18030": "gb2312"}
# Signs real text uses; other symbols among letters are bytes read in the wrong code page.
_USUAL_SIGNS = set("€£¥°«»–—‘’“”„…•·§©®™×¡¿¢\xa0\xad،؛؟־׳״ฯๆ")
# Chinese and Japanese punctuation and full-width forms (not the half-width katakana after them).
_WIDE_SIGNS = re.compile("[\u3000-\u303f\u30fb\u30fc\uff01-\uff60]")
# Thai letters and signs no one writes today (ฃ ฅ are obsolete): Chinese bytes read as Thai.
_OLD_THAI = set("ฃฅฺ๏๚๛")
# Letters a Western reading makes of Turkish ğ ş ı İ Ş (and that only Icelandic writes).
_TURKISH_IN_WESTERN = set("ðþýÝÐÞ")
_CASED = {"ascii", "LATIN", "CYRILLIC", "GREEK"}
_MARK = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0e31-\u0e4e"
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARK}])+|[^\x00-\x7f]")


def _script(char: str) -> str:
    if char.isascii():
        return "ascii"
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI", "HANGUL"):
        if name.startswith(script):
            return script
    if name.startswith("HALFWIDTH KATAKANA"):
        return "HALFWIDTH"
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return "OTHER"


def _words(text: str) -> list[str]:
    """Runs of letters (with their marks), and each other character outside ASCII alone."""
    return _WORD.findall(text)


def _odd(word: str, everyday: str | None) -> bool:
    """Does the word read as bytes in the wrong code page?"""
    if unicodedata.combining(word[0]):
        return True  # a vowel mark on no letter
    if len(word) == 1 and not word.isalpha():
        usual = word in _USUAL_SIGNS or _WIDE_SIGNS.match(word)
        return not usual and unicodedata.category(word) != "Zs"
    if _OLD_THAI & set(word):
        return True
    scripts = {_script(char) for char in word if not unicodedata.combining(char)}
    foreign = scripts - {"ascii"}
    if len(word) == 1 and foreign & {"HEBREW", "ARABIC", "THAI"}:
        return True  # these join their one-letter words to the next ("و", "ב")
    if "HALFWIDTH" in scripts or "OTHER" in scripts or len(foreign) > 1:
        return True
    if foreign & {"CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI"} and "ascii" in scripts:
        return True  # "GrьЯe": Latin and Cyrillic letters in one word
    if scripts <= _CASED and any(a.islower() and b.isupper() for a, b in pairwise(word)):
        return True  # "УГЮЗЦнЯ": a capital after a small letter
    if foreign == {"LATIN"} and (
        ("ascii" not in scripts and len(word) > 1) or _TURKISH_IN_WESTERN & set(word)
    ):
        return True  # "âàñ", "ìîøåííèêè": accented letters only
    if everyday:
        try:
            # Python writes a Korean syllable outside the everyday 2,350 as eight bytes.
            return any(len(char.encode(everyday)) > 2 for char in word)
        except UnicodeEncodeError:
            return True
    return False


def _oddness(text: str, codec: str) -> tuple[int, int]:
    """(how many words read wrong, how many words outside ASCII) in the text."""
    everyday = _EVERYDAY.get(codec)
    words = [word for word in _words(text) if not word.isascii()]
    return sum(_odd(word, everyday) for word in words), len(words)


def guess_code_page(sample: bytes) -> str:
    """The code page of bytes that are not UTF-8, from the start of the file. Lines in UTF-8
    are read as UTF-8 whatever the file's code page (see csv_lines), so only the others count;
    a byte a code page leaves undefined ("�") counts as a word read wrong."""
    lines = []
    for line in sample.splitlines():
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(line)
    legacy = b"\n".join(lines)
    best, best_odd = WESTERN, None
    for codec in CANDIDATES:
        text = legacy.decode(codec, errors="replace")
        odd, plain = _oddness(text, codec)
        if plain and (best_odd is None or odd < best_odd):
            best, best_odd = codec, odd
    return best
