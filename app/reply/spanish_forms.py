"""Spanish verb forms the word lists leave out, read from the verbs they do hold.

The lists hold infinitives and the commonest forms, not every regular future ("le
devolveremos", "revisaremos") nor verbs with their pronouns written on ("contactarnos",
"díganos", "indíquenos"): a refund letter had every third sentence underlined. A form is
accepted when it is a known verb with a regular future or conditional ending, or a known verb
form with one or two pronouns after it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container

_FUTURE = ("é", "ás", "á", "emos", "éis", "án", "ía", "ías", "íamos", "íais", "ían")
_PRONOUNS = ("nos", "les", "los", "las", "me", "te", "se", "os", "le", "lo", "la")


def _plain(word: str) -> str:
    """Without the written accent the pronouns add ("díganos" is "diga" + "nos")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c != "\u0301"))


def _future_of_known_verb(word: str, known: Container[str]) -> bool:
    for ending in _FUTURE:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.endswith(("ar", "er", "ir")) and stem in known:
            return True
    return False


def _pronouns_after_known_form(word: str, known: Container[str]) -> bool:
    rest = word
    for _ in range(2):  # "dígamelo": a form and two pronouns at most
        pronoun = next((p for p in _PRONOUNS if rest.endswith(p) and len(rest) > len(p) + 2), "")
        if not pronoun:
            return False
        rest = rest[: -len(pronoun)]
        if rest in known or _plain(rest) in known:
            return True
    return False


def is_spanish_form(word: str, known: Container[str]) -> bool:
    """Whether a word missing from the lists is a regular form of a verb they hold."""
    word = word.lower()
    return _future_of_known_verb(word, known) or _pronouns_after_known_form(word, known)
