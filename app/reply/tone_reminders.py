"""How Spanish and German replies remind the reader they were told already ("Como ya le he
dicho", "Wie ich schon sagte"), in the forms people write every day: any tense, with or
without "ya" / "schon", and with the words that go between or after ("varias veces",
"mehrfach"), so one click replaces the whole reminder up to its comma.
"""

from __future__ import annotations

_ES_SAID = (
    r"(?:dicho|dije|dijimos|expliqu[ée]|explicado|explicamos|indiqu[ée]|indicado|indicamos|"
    r"coment[ée]|comentado|comentamos|mencion[ée]|mencionado|mencionamos|comuniqu[ée]|"
    r"comunicado|comunicamos|escrito|escrib[íi]|escribimos|informado|inform[ée])"
)
_ES_WHEN = (
    r"(?:[ \t]+(?:ya|antes|anteriormente|previamente|varias veces|muchas veces|repetidas veces|"
    r"mil veces|(?:dos|tres|cuatro|cinco) veces|en (?:varias|repetidas) ocasiones|"
    r"más de una vez|por teléfono|por correo|"
    r"en (?:mi|nuestro|el) (?:(?:último|anterior) )?(?:correo|mensaje|e-?mail)"
    r"(?: (?:anterior|de ayer))?))*"
)
SPANISH_REMINDER = (
    r"como (?:ya )?(?:se lo |se la |le |te |les |os )?(?:ya )?"
    rf"(?:(?:he|hemos|había|habíamos|habia|habiamos) (?:ya )?)?{_ES_SAID}{_ES_WHEN}"
)

_DE_SAID = r"(?:gesagt|erwähnt|erklärt|mitgeteilt|geschrieben|dargelegt|ausgeführt|betont)"
_DE_PAST = r"(?:sagte|sagten|erwähnte|erwähnten|erklärte|erklärten|schrieb|schrieben|mitteilte)"
_DE_WHEN = (
    r"(?:schon|bereits|ja|mehrfach|mehrmals|wiederholt|öfters?|oft|x-mal|zigmal|tausendmal|"
    r"hundertmal|zweimal|dreimal|mehr als einmal|gestern|vorhin|letzte Woche|am Telefon|"
    r"telefonisch|per E-?Mail|in meiner (?:letzten |vorigen )?(?:E-?Mail|Nachricht))"
)
GERMAN_REMINDER = (
    rf"wie (?:ich|wir) (?:Ihnen |dir |euch )?(?:{_DE_WHEN} )*"
    rf"(?:{_DE_SAID}(?: (?:habe|haben|hatte|hatten))?|{_DE_PAST})"
    rf"|wie (?:Ihnen )?(?:schon|bereits) (?:{_DE_WHEN} )*{_DE_SAID}(?: (?:wurde|worden))?"
)
