"""Text compared the way an owner types it: without case, accents or invisible characters.

An owner types "emile" or "EMILE" for "Émile", "strasse" for "Straße", "soren" for "Søren" on
an English keyboard. Letters such as ø, ł, æ are letters of their own (no accent to strip), so
they are spelt out as such a keyboard would. Soft hyphens and zero-width spaces come in with
text pasted from web pages and mail; they are invisible, so they must not split a word.
"""

from __future__ import annotations

import re
import unicodedata

# Soft hyphen, zero-width space / non-joiner / joiner, word joiner, byte-order mark.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPELT_OUT = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        **dict.fromkeys(INVISIBLE, ""),
    }
)
_NOT_DIGIT = re.compile(r"\D")
# A query of digits written the ways a phone number is: "+1 (555) 010-2233", "555.010.2299".
_PHONE_LIKE = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*")
PHONE_DIGITS = 5


def folded(text: str) -> str:
    """`text` in lower case without accents or invisible characters ("Çelik-Straße" → "celik-strasse")."""
    if text.isascii():  # most addresses and numbers: nothing to fold but the case
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_SPELT_OUT)


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def phone_query(text: str) -> str:
    """The digits of a query that is a phone number however it is grouped, or ""."""
    text = text.strip()
    if not _PHONE_LIKE.fullmatch(text):
        return ""
    number = digits(text)
    return number if len(number) >= PHONE_DIGITS else ""
