"""Does the customer say a product failed? Only then does step 3 offer the box "A product
problem? Record what you tested": broken, faulty, stopped working, damaged on arrival, the wrong
size or colour, a program that crashes or lost their files.

An order that has not come, a refund, a price, the opening hours or a rude member of staff have
nothing to test, so "order", "parcel", "delivery" and "arrived" alone do not count; nor does an
"error" on an invoice (an error must be shown by something) or a "missing" parcel (a missing
thing must be a part). Words a shop's hours, prices or staff are told in are kept out: a shop
"doesn't open" on Sundays and "can't charge" for delivery, staff "snapped at" a customer who
was "ripped off" by a "broken promise".

English, Spanish, French and German: the languages whose complaint words the checklist knows."""

from __future__ import annotations

from app.reply.checklist_words import _words

# The forms a device is said not to do something in: "it won't start", "it doesn't charge".
_WONT = r"(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|didn'?t|did not)"
_FILES = r"(?:files?|data|photos?|pictures|documents?|folders?|backups?|emails)"

_ENGLISH = (
    # Broken, faulty
    r"broken(?! promises?)|(?<!i'm )(?<!i’m )(?<!i am )broke(?! (?:\w+ )?(?:promise|word))|"
    r"broken down|faulty|defect(?:ive|s)?|damaged|malfunction\w*|"
    # Does not work
    r"(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|never) work(?:ed)?|"
    r"(?:isn'?t|is not|aren'?t|are not|not|stopped|quit|stops|stop) working|"
    r"no longer works?|doesn'?t work any ?more|"
    rf"{_WONT} (?:start|load|install|turn on|switch on|power on|sync|connect|boot|work|"
    r"close|lock|heat up|cool down|spin|play|print|pair|boil|stay on|light up|save|upload|"
    r"download)|"
    r"won'?t open|will not open|won'?t (?:hold (?:a )?)?charge|will not charge|"
    r"(?:not|stopped) (?:charging|spinning|heating|printing|syncing)|"
    r"(?:doesn'?t|does not|won'?t) hold (?:a )?charge|"
    r"keeps? (?:turning off|switching off|shutting down|restarting|disconnecting)|"
    r"dead on arrival|arrived dead|(?:battery|screen|motor|bulb|it) (?:has |just )?died|"
    r"then died|(?:went|goes|gone) (?:black|blank|dead)|in pieces|jam(?:s|med|ming)|"
    r"(?:is|are|gets?|got|keeps? getting) stuck|won'?t let me (?:log ?in|sign in|open|use)|"
    r"(?:lasts?|lasted) (?:only |just |barely )?(?:\d+|a few|ten|twenty) (?:minutes|hours|days)|"
    r"stops? (?:every|after|at random|for no reason)|keeps? stopping|(?:battery|screen|it) is dead|"
    r"(?:grinding|rattling|clicking|buzzing|squeaking|screeching|banging|strange|weird|"
    r"funny|loud|horrible) (?:noise|sound)s?|mak(?:es|ing) (?:a )?noises?|"
    # Software
    r"crash(?:es|ed|ing)?|keeps? crashing|freez(?:es|ing) up|keeps? freezing|"
    r"bug(?:s|gy)?|glitch\w*|"
    r"error (?:message|code|\d+)|(?:an|the same) error (?:when|every|each|whenever|if|as soon)|"
    r"(?:gives?|giving|shows?|showing|throws?|get|gets|got|getting) (?:me )?(?:an? |the |this )?"
    r"error(?! (?:in|on|with) (?:\w+ )?(?:invoice|bill|receipt|statement|order|price|payment))|"
    rf"(?:wiped|deleted|erased|corrupted|overwr(?:ote|itten)) (?:\w+ ){{0,3}}{_FILES}|"
    rf"corrupt(?:ed)? {_FILES}|{_FILES} (?:are |were |got |is |was )?(?:corrupt\w*|wiped)|"
    # Damaged
    r"cracked|smashed|shattered|snapped(?! at)|dented|scratched|chipped|torn|"
    r"ripped(?! (?:\w+ )?off)|bent|fell apart|falls apart|falling apart|came apart|"
    r"came off(?! as)|fell off|leak(?:s|ed|ing|y)?|rust(?:ed|y)|burn(?:t|ed) out|overheat\w*|"
    r"shr(?:ank|unk)|faded|peeling|mou?ldy|stained|"
    r"(?:chip|crack|dent|scratch|tear|hole|stain|split)s? (?:in|on|across|down) (?:the|it|one)|"
    r"(?:parts?|pieces?|screws?|bits?|cables?) (?:were |was |are |is )?missing|"
    r"missing (?:parts?|pieces?|screws?|bits?|cables?)|"
    # Not what was ordered, or of poor quality
    r"wrong (?:size|colou?r|model|fit)|too (?:small|big|tight|loose) (?:for|on) me|too tight|"
    r"(?:sizes?|much|far|way) too (?:small|big|large|short|long)|"
    r"(?:doesn'?t|does not|don'?t|do not) fit (?:me|properly|at all|right|well)|"
    r"not as described|(?:poor|bad|terrible|awful|shoddy|cheap|rubbish) quality"
)
_SPANISH = (
    r"rot[oa]s?|se (?:ha )?romp\w+|romp(?:ió|ieron)|estropead[oa]s?|se (?:ha )?estrope\w+|"
    r"averiad[oa]s?|defectuos[oa]s?|defecto de fábrica|dañad[oa]s?|rajad[oa]s?|agrietad[oa]s?|"
    r"(?:ya )?no funciona(?:n)?|dejó de funcionar|ha dejado de funcionar|funciona mal|"
    r"no (?:enciende|carga|arranca|gira|imprime|calienta|se enciende|se carga|se abre)|"
    r"hace (?:un )?ruido|hace ruidos|pantalla (?:en )?negra|se (?:para|atasca)|atascad[oa]s?|"
    r"(?:hecho|en) pedazos|no me deja (?:entrar|iniciar|abrir|usar)|"
    r"dura (?:apenas|solo|sólo|menos de)|"
    r"da (?:un )?error|da errores|mensaje de error|se (?:cuelga|bloquea|cierra sola)|"
    r"(?:borró|borraron|perdí|se perdieron|se borraron) (?:\w+ ){0,3}"
    r"(?:archivos|datos|fotos|documentos)|"
    r"se (?:ha )?(?:despeg|descos|rasg|desprend|desarm|raj|quem)\w*|"
    r"gotea|pierde agua|descosid[oa]s?|(?:un|una) (?:grieta|raja|mancha|rayón|rayadura|"
    r"abolladura|agujero)|"
    r"(?:talla|color|modelo) (?:equivocad[oa]|incorrect[oa])|"
    r"(?:muy |demasiado )?(?:pequeñ|estrech)[oa]s? para|me queda(?:n)? (?:pequeñ|chic|estrech)\w*|"
    r"faltan piezas|falta una pieza|(?:mala|pésima) calidad"
)
_FRENCH = (
    r"cassée?s?|s['’]est cassée?|défectueu(?:x|se)s?|défaut de fabrication|"
    r"endommagée?s?|abîmée?s?|fissurée?s?|fêlée?s?|rayée?s?|déchirée?s?|tordue?s?|"
    r"s['’]est (?:décollée?|déchirée?|détachée?|fendue?|brisée?)|se (?:décolle|déchire|détache)|"
    r"en panne|tombée? en panne|"
    r"ne (?:marche|fonctionne|s['’]allume|charge|démarre|s['’]ouvre|tourne|imprime|chauffe) "
    r"(?:pas|plus)|fonctionne mal|marche mal|fait (?:un |des )?(?:drôle de |gros )?bruits?|"
    r"écran (?:reste )?noir|s['’]arrête (?:toute?s?|sans|chaque|au bout|après)|"
    r"en (?:mille )?morceaux|se bloque|bloquée?s?|coincée?s?|tient (?:à peine|seulement)|"
    r"ne me laisse pas (?:me connecter|entrer|ouvrir)|"
    r"(?:appli\w*|logiciel|programme) plante|plante (?:à|dès|quand|tout|sans|chaque|encore)|"
    r"bug\w*|beug\w*|message d['’]erreur|code d['’]erreur|affiche une erreur|fuit|fuite|"
    r"(?:fichiers|données|photos|documents) (?:\w+ ){0,2}(?:effacée?s|supprimée?s|corrompue?s)|"
    r"une (?:fissure|rayure|tache|bosse|déchirure)|un (?:trou|éclat|accroc)|"
    r"mauvaise (?:taille|couleur|pointure)|mauvais modèle|pas la bonne (?:taille|couleur)|"
    r"(?:taille|couleur) incorrecte|trop serrée?s?|trop (?:petite?s?|grande?s?) pour moi|"
    r"pièces? manquantes?|il manque (?:des|une|deux) pièces?|mauvaise qualité"
)
_GERMAN = (
    r"kaputt\w*|zerbrochen|(?<!Versprechen )(?<!Wort )gebrochen|gerissen|zerrissen|"
    r"gesprungen|defekt\w*|beschädigt\w*|fehlerhaft\w*|mangelhaft|verkratzt|zerkratzt|"
    r"verbogen|eingedellt|abgebrochen|abgerissen|eingerissen|löst sich|"
    r"hat sich (?:\w+ )?(?:gelöst|abgelöst)|"
    r"funktionier(?:t|en)(?: \w+){0,3} (?:nicht|kaum)|"
    r"geht nicht (?:mehr|an)|geht (?:ständig|immer wieder|von selbst|einfach) aus|"
    r"(?:lädt|startet|dreht|druckt|heizt) nicht|springt nicht an|"
    r"lässt sich nicht (?:einschalten|laden|öffnen|starten|installieren)|"
    r"(?:Naht|Nähte)\w* (?:\w+ ){0,8}(?:auf|offen)|in (?:Stücke|Scherben)|klemmt|"
    r"hängt fest|bleibt hängen|hält nur|lässt mich nicht (?:ein|rein|anmelden)|"
    r"macht (?:\w+ )?Geräusche?|klappert|quietscht|Bildschirm (?:bleibt |ist )?schwarz|"
    r"stürzt(?: \w+){0,3} ab|abgestürzt|Abst(?:u|ü)rz\w*|hängt sich auf|friert ein|"
    r"Fehlermeldung\w*|Fehlercode\w*|zeigt einen Fehler|Bugs?|undicht|leckt|tropft|"
    r"(?:Dateien|Daten|Fotos|Dokumente) (?:\w+ ){0,2}(?:gelöscht|beschädigt)|"
    r"ein(?:en)? (?:Riss|Kratzer|Loch|Fleck)|eine (?:Delle|Macke|Beule)|"
    r"falschen? (?:Größe|Farbe)|falsches Modell|(?:viel|Nummer|Nummern) zu (?:klein|eng|groß)|zu eng|"
    r"(?:Teile|Schrauben) fehlen|fehlen (?:Teile|Schrauben)|fehlt ein Teil|"
    r"schlechte Qualität|minderwertig"
)

PRODUCT = _words(_ENGLISH, _SPANISH, _FRENCH, _GERMAN)

# A customer telling of something they bought ("the printer you sold me…") is most often telling
# of it failing in words no list holds; unless the message is about its delivery, its refund, its
# price or the people who sold it.
BOUGHT = _words(
    r"(?:i|we) (?:bought|purchased)|you sold (?:me|us)|(?:my|the) (?:new )?purchase",
    r"compré|(?:he|hemos) comprado|me (?:vendieron|vendió|han vendido)",
    r"j['’]ai acheté|(?:vous )?m['’]avez vendue?s?|mon achat",
    r"gekauft|mir (?:\w+ )?verkauft",
)
NOT_ABOUT_THE_PRODUCT = _words(
    r"where(?:'s| is| are)|tracking|track|(?:not|never) (?:yet )?(?:arrived|delivered|received|"
    r"came|come)|(?:hasn'?t|has not|haven'?t|have not) (?:arrived|come|been delivered|received)|"
    r"refund\w*|money back|prices?|costs?|discount\w*|deliver\w*|open(?:ing)? (?:hours|times)|"
    r"staff|rude|manager|courier|driver|charged|in stock|do you (?:sell|have|stock|offer)",
    r"dónde|seguimiento|no (?:ha )?llegado|reembols\w*|devoluci[óo]n|precios?|cuesta|"
    r"descuento|horario|abren|groser[oa]|dependient[ae]|repartidor|envío",
    r"où|suivi|pas (?:encore )?arrivée?|rembours\w*|prix|coûte|réduction|horaires|ouvert|"
    r"impolie?|vendeu(?:r|se)|livreur|livraison",
    r"wo|Sendungsverfolgung|nicht angekommen|noch nicht da|\w*erstatt\w*|Preis\w*|kostet|"
    r"Rabatt|Öffnungszeiten|geöffnet|unhöflich|Verkäufer\w*|Fahrer|Versand|Lieferung",
)


def says_product_failed(words: str) -> bool:
    """Do the customer's own words say a product failed?"""
    if PRODUCT.search(words):
        return True
    return bool(BOUGHT.search(words)) and not NOT_ABOUT_THE_PRODUCT.search(words)
