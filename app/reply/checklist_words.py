"""The words that make a sentence of the customer's a point to answer, in each language Steady
writes replies in (English, Spanish, French, German). The message's language is not known when
the checklist is made, so every language's words are looked for; each list keeps to words that
mean nothing in the others ("will" is German for "wants" and English for the future, so German
only counts "ich will")."""

from __future__ import annotations

import re

_DAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
)


def _words(*alternatives: str) -> re.Pattern[str]:
    # Whole words; an apostrophe counts as part of a word ("didn't", "aujourd'hui").
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(alternatives)})(?![\w'’])", re.IGNORECASE)


COMPLAINT = _words(
    # English
    r"not|never|no|didn'?t|doesn'?t|don'?t|won'?t|can'?t|cannot|isn'?t|wasn'?t|"
    r"haven'?t|hasn'?t|still|broken|broke|lost|missing|late|wrong|failed|fails|error|"
    r"fail\w*|crash\w*|stopped|down|charged|overcharged|refund|money back|damaged|faulty|slow|"
    r"waiting|waited|terrible|awful|worst|useless|unacceptable|disappointed|problem|issue|"
    r"complain\w*|scam|rip-?off|want|demand|expect|need|nobody|no one|disgrace\w*|outrage\w*",
    # Spanish
    r"nunca|nadie|nada|ningún|ninguna|todavía|aún|sigo|sigue|rot[oa]s?|estropead[oa]s?|"
    r"dañad[oa]s?|defectuos[oa]s?|perdid[oa]s?|falta|faltan|tarde|retraso|equivocad[oa]s?|"
    r"fall[óo]|falla|fallo|cobrad[oa]|cobraron|reembols\w*|devoluci[óo]n|devuelv\w+|dinero|"
    r"esperando|esper[ée]|pésim[oa]|inaceptable|vergüenza|vergonzoso|estafa|queja|"
    r"problema|decepcionad[oa]|hart[oa]|quiero|exijo|necesito",
    # French
    r"n['’]\w+|ne|pas|jamais|personne ne|personne n['’]\w+|rien|cassée?s?|abîmée?s?|"
    r"endommagée?s?|"
    r"défectueu(?:x|se)|perdue?s?|manqu\w+|retard|erreur|fausse?|panne|débit[ée]e?s?|"
    r"prélev[ée]e?s?|rembours\w+|argent|attends|attendu|nulle?|inadmissible|"
    r"inacceptable|scandal\w+|honte|arnaque|escroquerie|plainte|problème|déçue?s?|marre|veux|"
    r"voudrais|exige|besoin",
    # German
    r"nicht|nie|niemand|nichts|kein\w*|immer noch|noch immer|kaputt|beschädigt|defekt|"
    r"fehlerhaft|verloren|fehlt|fehlen|verspätet|zu spät|falsch\w*|Fehler|abgebucht|berechnet|"
    r"\w*erstattung|Geld zurück|erstatten|warte|gewartet|schrecklich|furchtbar|unmöglich|"
    r"inakzeptabel|Frechheit|Unverschämtheit|Skandal|Betrug|Abzocke|Beschwerde|beschwere|"
    r"enttäuscht|ich will|möchte|verlange|fordere|brauche",
)
# A demand with no complaint word ("Unban me from the forum immediately") is still a point the
# reply must answer.
DEMAND = _words(
    r"immediately|right now|at once|asap|straight away|right away|without delay|"
    rf"by (?:today|tonight|tomorrow|{_DAYS})|"
    r"within \d+ (?:hours?|days?)|or else|i insist|i require|unban|reinstate|restore my|"
    r"give me|send me|pay me|refund me|cancel my|delete my|remove my",
    r"inmediatamente|ahora mismo|cuanto antes|hoy mismo|de inmediato|sin demora|"
    rf"antes del? (?:hoy|mañana|{_DAYS})|en \d+ (?:horas|días)|o si no|exijo|"
    r"devuélva\w*|envíe\w*|mánde\w*|cancele\w*|borre\w*|elimine\w*|desbloquee\w*",
    r"immédiatement|tout de suite|sans délai|dès que possible|aujourd['’]hui même|"
    rf"sous \d+ (?:heures|jours)|avant (?:demain|{_DAYS})|j['’]exige|sinon je|"
    r"remboursez|envoyez|annulez|supprimez|débloquez|rétablissez",
    r"sofort|umgehend|unverzüglich|auf der Stelle|so schnell wie möglich|"
    rf"bis (?:heute|morgen|{_DAYS})|innerhalb von \d+ (?:Stunden|Tagen)|sonst (?:werde|gehe|wende)|"
    r"ich verlange|ich fordere|ich bestehe|erstatten Sie|schicken Sie|senden Sie|"
    r"stornieren Sie|löschen Sie|entsperren Sie|kündigen Sie",
)
