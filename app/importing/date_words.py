"""German, French, Spanish, Italian, Danish, Norwegian, Swedish and Finnish dates put in the
words the English date reader knows.

"Montag, 23. November 2026 um 14:05", "lundi 23 novembre 2026 14:05" and "lunes, 23 de
noviembre de 2026 14:05" become "23 November 2026 14:05": the weekday goes (the date says
which day it is), month names become English ones, and the words around the day and the
time ("um", "à", "de", "a las", "Uhr") are left out. Read here rather than by strptime, whose
month names follow the laptop's language, not the language of the mail program that wrote
the date.
"""

from __future__ import annotations

import re

_MONTHS = {
    "januar": "January", "jänner": "January", "janvier": "January", "enero": "January",
    "februar": "February", "février": "February", "fevrier": "February", "febrero": "February",
    "märz": "March", "mars": "March", "marzo": "March", "april": "April", "avril": "April",
    "abril": "April", "mai": "May", "mayo": "May", "juni": "June", "juin": "June",
    "junio": "June", "juli": "July", "juillet": "July", "julio": "July", "august": "August",
    "août": "August", "aout": "August", "agosto": "August", "september": "September",
    "septembre": "September", "septiembre": "September", "setiembre": "September",
    "oktober": "October", "octobre": "October", "octubre": "October", "november": "November",
    "novembre": "November", "noviembre": "November", "dezember": "December",
    "décembre": "December", "decembre": "December", "diciembre": "December",
    "marts": "March", "maj": "May", "desember": "December",
    "januari": "January", "februari": "February", "augusti": "August",
    "tammikuuta": "January", "helmikuuta": "February", "maaliskuuta": "March",
    "huhtikuuta": "April", "toukokuuta": "May", "kesäkuuta": "June", "heinäkuuta": "July",
    "elokuuta": "August", "syyskuuta": "September", "lokakuuta": "October",
    "marraskuuta": "November", "joulukuuta": "December",
    "gennaio": "January", "febbraio": "February", "aprile": "April", "maggio": "May",
    "giugno": "June", "luglio": "July", "settembre": "September", "ottobre": "October",
    "dicembre": "December",
    "okt": "Oct", "dez": "Dec", "mär": "Mar", "janv": "Jan", "févr": "Feb", "avr": "Apr",
    "juil": "Jul", "déc": "Dec", "ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_FILLER = re.compile(r"\b(?:de|del|um|à|a las|a la|uhr|h|den|kl|klo)\b\.?", re.IGNORECASE)
# Finnish writes the time of day with a dot ("2026 22.14", "23.11.2026 klo 22.14").
_DOTTED_CLOCK = re.compile(r"(\d{4},?\s+)(\d{1,2})\.(\d{2})\b")
_WEEKDAY = re.compile(r"^\s*[^\W\d_]{2,12}\.?,?\s+(?=\d)")


def date_in_english(written: str) -> str:
    """`written` with a German, French or Spanish date's words put in English ones (the text
    unchanged when it has none)."""
    text = _WEEKDAY.sub("", written.strip())
    text = _WORD.sub(lambda word: _MONTHS.get(word.group(0).casefold(), word.group(0)), text)
    text = _WEEKDAY.sub("", _FILLER.sub(" ", text))  # "mandag den 23.": the day after "den"
    text = re.sub(r"(\d{1,2})\.(?=\s*[A-Za-z])", r"\1", text)  # "23. November"
    text = _DOTTED_CLOCK.sub(r"\1\2:\3", text)
    return " ".join(text.replace(" ,", ",").split())


__all__ = ["date_in_english"]
