"""Calmer words for every form a phrase takes, so that one click leaves a sentence that reads.

"Calm down" with its "please" before or after it: see calming().

"Quatsch" and "Unsinn" in German: alone or after "ist" the noun says the words are untrue: "Das ist doch Quatsch" → "Das ist
doch nicht zutreffend", and "Das ist so ein Quatsch" → "Das ist nicht zutreffend". After an
article the sentence needs a noun in the same case, or it reads "So einen nicht zutreffend
habe ich …": the article and the noun go together, for a calmer noun with the article its
case asks for ("So einen Quatsch habe ich noch nie gehört" → "So eine Behauptung habe ich
noch nie gehört", "Mit so einem Unsinn" → "Mit so einer Behauptung"). After "kein" no noun
keeps the verb's sense ("Reden Sie keinen Quatsch"): the owner finds the words.
"""

from __future__ import annotations

import itertools

from app.reply.tone_fit import Alone

_NOUNS = ("quatsch", "unsinn")
# The article of a masculine noun, by case, and the same case for the feminine "Behauptung".
_FEMININE = {
    "ein": "eine",
    "einen": "eine",
    "einem": "einer",
    "den": "die",
    "dem": "der",
    "diesen": "diese",
    "diesem": "dieser",
}
_NO_NOUN_FITS = ("kein", "keinen", "keinem")
_LEADS = ("", "so ", "was für ")
_COPULAS = ("ist", "sind", "war", "wäre")
_FILLERS = ("", " doch", " ja", " wirklich", " echt", " doch wirklich")

_ARTICLES = "|".join(sorted({*_FEMININE, *_NO_NOUN_FITS}, key=len, reverse=True))
_FILLER = "|".join(sorted((f.strip() for f in _FILLERS if f), key=len, reverse=True))
# Longest first: the copula and the article belong to the words replaced.
GERMAN_NOUN_PHRASES = (
    rf"(?:{'|'.join(_COPULAS)})(?: (?:{_FILLER}))? (?:(?:so|was für) )?ein (?:Unsinn|Quatsch)|"
    rf"(?:(?:so|was für) )?(?:(?:{_ARTICLES}) )?(?:Unsinn|Quatsch)"
)


def _calmer() -> dict[str, str | None]:
    calmer: dict[str, str | None] = dict.fromkeys(_NOUNS, "nicht zutreffend")
    for noun, lead in itertools.product(_NOUNS, _LEADS):
        for article, feminine in _FEMININE.items():
            if lead and not article.startswith("ein"):
                continue
            calmer[f"{lead}{article} {noun}"] = f"{lead}{feminine} Behauptung"
        for article in _NO_NOUN_FITS:
            calmer[f"{lead}{article} {noun}"] = None
    # "So ein Quatsch!" is an exclamation: it goes where it stands alone, a sentence of its
    # own or set off by a comma; in the middle of one ("Das ist ja doch so ein Quatsch") the
    # sentence would end on its verb.
    for noun, lead in itertools.product(_NOUNS, ("so ", "was für ")):
        calmer[f"{lead}ein {noun}"] = Alone("")
    for noun, copula, filler, lead in itertools.product(_NOUNS, _COPULAS, _FILLERS, _LEADS):
        calmer[f"{copula}{filler} {lead}ein {noun}"] = f"{copula}{filler} nicht zutreffend"
    return calmer


GERMAN_NOUNS = _calmer()


def calming(
    commands: tuple[str, ...], please: str, calmer: str, after: tuple[str, ...] = ()
) -> dict[str, str | None]:
    """Calmer words for "calm down" with its "please" before or after it (and, in German,
    "doch" and "mal"): told to calm down, the customer feels talked down to, and a wording put
    in beside "please" would leave "Entiendo que es frustrante, por favor."; the owner offers to
    talk calmly instead, the "please" going with the words it softened."""
    endings = ["", f" {please}", f", {please}"]
    endings += [f" {a}{f' {b}' if b else ''}" for a in after for b in ("", *after) if a != b]
    return {
        f"{before}{command}{ending}": calmer
        for command in commands
        for before in ("", f"{please} ", f"{please}, ")
        for ending in endings
    }


__all__ = ["GERMAN_NOUNS", "GERMAN_NOUN_PHRASES", "calming"]
