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
# A device "won't start"; but a shop "doesn't open" on Sundays and "can't charge" for delivery,
# so "open" and "charge" count only in the forms a shop's hours or prices are not told in.
_WONT = r"(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|didn'?t|did not)"
# Words that say a product failed: broken, faulty, stopped working, damaged on arrival, the wrong
# size or colour. Only then does step 3 ask what the owner tested. An order that has not come, a
# refund, a price or a rude member of staff has nothing to test, so "order", "parcel",
# "delivery" and "arrived" alone do not count, nor does "error" on an invoice or "missing" of a
# parcel: an error must be shown by something, a missing thing must be a part.
PRODUCT = _words(
    # English
    r"broken(?! promises?)|(?<!i'm )(?<!i’m )(?<!i am )broke(?! (?:\w+ )?(?:promise|word))|"
    r"broken down|faulty|defect(?:ive|s)?|damaged|malfunction\w*|"
    r"(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|never) work(?:ed)?|"
    r"(?:isn'?t|is not|aren'?t|are not|not|stopped|quit|stops|stop) working|"
    r"no longer works?|doesn'?t work any ?more|"
    rf"{_WONT} (?:start|load|install|turn on|switch on|power on|sync|connect|boot|work|"
    r"close|lock|heat up|cool down)|"
    r"won'?t open|will not open|won'?t (?:hold (?:a )?)?charge|will not charge|"
    r"(?:not|stopped) charging|(?:doesn'?t|does not|won'?t) hold (?:a )?charge|"
    r"dead on arrival|arrived dead|(?:battery|screen|motor|bulb|it) (?:has |just )?died|"
    r"then died|crash(?:es|ed|ing)?|keeps? crashing|freez(?:es|ing) up|keeps? freezing|"
    r"bug(?:s|gy)?|glitch\w*|"
    r"error (?:message|code|\d+)|(?:an|the same) error (?:when|every|each|whenever|if|as soon)|"
    r"(?:gives?|giving|shows?|showing|throws?|get|gets|got|getting) (?:me )?(?:an? |the |this )?"
    r"error|"
    r"cracked|smashed|shattered|snapped(?! at)|dented|scratched|chipped|torn|"
    r"ripped(?! (?:\w+ )?off)|bent|fell apart|falls apart|falling apart|came apart|"
    r"came off(?! as)|fell off|leak(?:s|ed|ing|y)?|rust(?:ed|y)|burn(?:t|ed) out|overheat\w*|"
    r"shr(?:ank|unk)|faded|peeling|mou?ldy|stained|"
    r"(?:parts?|pieces?|screws?|bits?|cables?) (?:were |was |are |is )?missing|"
    r"missing (?:parts?|pieces?|screws?|bits?|cables?)|wrong (?:size|colou?r|model|fit)|"
    r"(?:doesn'?t|does not|don'?t|do not) fit (?:me|properly|at all|right|well)|"
    r"not as described|(?:poor|bad|terrible|awful|shoddy|cheap|rubbish) quality",
    # Spanish
    r"rot[oa]s?|se (?:ha )?romp\w+|romp(?:ió|ieron)|estropead[oa]s?|se (?:ha )?estrope\w+|"
    r"averiad[oa]s?|defectuos[oa]s?|defecto de fábrica|dañad[oa]s?|rajad[oa]s?|agrietad[oa]s?|"
    r"(?:ya )?no funciona(?:n)?|dejó de funcionar|ha dejado de funcionar|funciona mal|"
    r"no (?:enciende|carga|arranca|se enciende|se carga|se abre)|"
    r"da (?:un )?error|da errores|mensaje de error|se (?:cuelga|bloquea|cierra sola)|"
    r"gotea|pierde agua|descosid[oa]s?|"
    r"(?:talla|color|modelo) (?:equivocad[oa]|incorrect[oa])|"
    r"faltan piezas|falta una pieza|(?:mala|pésima) calidad",
    # French
    r"cassée?s?|s['’]est cassée?|défectueu(?:x|se)s?|défaut de fabrication|"
    r"endommagée?s?|abîmée?s?|fissurée?s?|fêlée?s?|rayée?s?|déchirée?s?|tordue?s?|"
    r"en panne|tombée? en panne|"
    r"ne (?:marche|fonctionne|s['’]allume|charge|démarre|s['’]ouvre) (?:pas|plus)|"
    r"fonctionne mal|marche mal|"
    r"(?:appli\w*|logiciel|programme) plante|plante (?:à|dès|quand|tout|sans|chaque|encore)|"
    r"bug\w*|beug\w*|message d['’]erreur|code d['’]erreur|affiche une erreur|fuit|fuite|"
    r"mauvaise (?:taille|couleur|pointure)|mauvais modèle|pas la bonne (?:taille|couleur)|"
    r"(?:taille|couleur) incorrecte|pièces? manquantes?|il manque (?:des|une|deux) pièces?|"
    r"mauvaise qualité",
    # German
    r"kaputt\w*|zerbrochen|(?<!Versprechen )(?<!Wort )gebrochen|gerissen|zerrissen|"
    r"gesprungen|defekt\w*|beschädigt\w*|fehlerhaft\w*|mangelhaft|verkratzt|zerkratzt|"
    r"verbogen|eingedellt|funktionier(?:t|en)(?: \w+){0,3} (?:nicht|kaum)|"
    r"geht nicht (?:mehr|an)|(?:lädt|startet) nicht|springt nicht an|"
    r"lässt sich nicht (?:einschalten|laden|öffnen|starten|installieren)|"
    r"stürzt(?: \w+){0,3} ab|abgestürzt|Abst(?:u|ü)rz\w*|hängt sich auf|friert ein|"
    r"Fehlermeldung\w*|Fehlercode\w*|zeigt einen Fehler|Bugs?|undicht|leckt|tropft|"
    r"falschen? (?:Größe|Farbe)|falsches Modell|"
    r"(?:Teile|Schrauben) fehlen|fehlen (?:Teile|Schrauben)|fehlt ein Teil|"
    r"schlechte Qualität|minderwertig",
)
