"""Does the customer say a product failed? Only then does step 3 offer the box "A product
problem? Record what you tested": broken, faulty, stopped working, damaged on arrival, the wrong
size or colour, a program that crashes or lost their files.

An order that has not come, a refund, a price, the opening hours or a rude member of staff have
nothing to test, so "order", "parcel", "delivery" and "arrived" alone do not count; nor does an
"error" on an invoice (an error must be shown by something) or a "missing" parcel (a missing
thing must be a part). Words a shop's hours, prices or staff are told in are kept out: a shop
"doesn't open" on Sundays and "can't charge" for delivery, staff "snapped at" a customer who
was "ripped off" by a "broken promise".

English, Spanish, French and German: the languages whose complaint words the checklist knows.
bench/bench_product.py measures the words on hand-labelled Amazon review snippets, a quarter of
them held aside, and on phrasings written for Steady."""

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

# The parts a customer names when a part of the thing gave way: "the zip broke", "the video
# output failed", "the case doesn't fit". A part named keeps out the same words said of people
# ("you stopped replying", "the staff failed me").
_PART = (
    r"(?:zip|zipper|seams?|stitch(?:es|ing)?|hem|soles?|heels?|straps?|handles?|hinges?|lids?|"
    r"legs?|wheels?|knobs?|buttons?|keys?|switch|plug|cable|charger|battery|screen|display|"
    r"glass|case|casing|cover|door|drawer|shelf|motor|pump|fan|jack|drive|disk|bulb|fuse|"
    r"element|thermostat|speaker|microphone|lens|sensor|video|picture|sound|audio|output|part|"
    r"unit|device|paint|coating|finish|veneer|varnish|glaze|lining|laces?|pocket)"
)
_ENGLISH_MORE = (
    # Stopped, failed or gave way, said of the thing or a part of it
    r"(?:never|barely|hardly) work(?:s|ed)?|no longer work(?:s|ing|ed)?(?! out)|"
    r"(?:neither|none) (?:one )?(?:of (?:them|the \w+) )?(?:work(?:s|ed)?|function(?:s|ed)?)|"
    r"works? (?:only )?(?:sometimes|on and off|when it feels like it)|"
    r"(?:wouldn'?t|would not) work|works? (?:like (?:crap|rubbish|junk)|badly|intermittently)|"
    r"stopp?ed (?:playing|reading|recogni[sz]ing|heating|cooling|charging|spinning|printing|"
    r"turning|loading|connecting|pumping|recording|flushing|draining|closing|locking|"
    r"holding (?:a )?charge)|stopped (?:after|within)|"
    r"stop(?:s|ped)? responding to (?:the |my )?(?:[\w/]+ ){0,2}(?:buttons?|remote|touch|keys?)|"
    r"(?:not|stopped|doesn'?t|won'?t|didn'?t|no longer) recogni[sz](?:e|es|ing) (?:the |a |my )?"
    r"(?:dvds?|discs?|cds?|cards?|cartridges?|usb|drive|sim|charger|memory|pods?|capsules?)|"
    r"(?:device|screen|app|phone|computer|laptop|player|system|tablet|it) (?:keeps )?freezing|"
    r"fail(?:ed|s|ing) to (?:work|play|start|load|charge|turn on|switch on|read|boot|connect|"
    r"open|close|heat|print|spin)|"
    rf"{_PART}(?: output| supply)? (?:has |had |then |just |completely |eventually )?"
    r"(?:failed|fails|failure|failing)|"
    rf"{_PART} (?:\w+ ){{0,2}}(?:split|came undone|came loose|came off|came away|gave way|"
    r"snapped|broke|ripped|tore|unravell?ed|fell off|fell out|is flaking|is peeling)|"
    r"quit (?:in|after|within) (?:\d+|a|an|one|two|three|four|five|a few)|"
    r"(?:it|has|just|then|finally|completely) packed (?:up|in)|"
    r"packed (?:up|in) (?:after|within|on|in|last|yesterday|today|again|completely)|"
    r"conked out|fizzled out|"
    r"gave up the ghost|(?:one|mine|both|the other) (?:\w+ )?(?:died|failed|quit)|"
    r"(?:only |just |barely )?lasted (?:a|an|one|two|three|four|five|six|\d+|a few|about) "
    r"(?:day|week|fortnight|month|hour|minute|use|wash|night)s?|"
    r"(?:battery|charge) (?:doesn'?t|does not|won'?t|barely|only) lasts?|"
    r"(?<!i )(?:freezes|froze)(?! (?:my|the|our|your) (?:account|card|payment|order))|"
    r"freeze-ups?|(?:occasional|constant|frequent|random) freeze ups?|"
    r"(?:freezes|froze|freezing) up|(?:opens?|pops? (?:open|out)|turns? (?:off|on)|switch(?:es)? "
    r"off|shuts? (?:off|down)|restarts?|reboots?) (?:by itself|on its own)|"
    r"flak(?:ing|ed|es) off|peel(?:s|ed|ing) off|came (?:undone|unstitched|unglued|unstuck)|"
    rf"{_PART} (?:\w+ )?(?:doesn'?t|does not|don'?t|do not|didn'?t|won'?t) (?:fit|close|"
    r"do anything|stay (?:on|shut|closed|up))|"
    # Sent without a part
    r"(?:legs?|bolts?|nuts?|handles?|wheels?|lids?|keys?|instructions|charger|batter(?:y|ies)|"
    r"plugs?|feet|shel(?:f|ves)|buttons?|caps?|fittings?|components?|accessories) (?:\w+ )?"
    r"(?:were |was |are |is )?missing|"
    r"(?:came|arrived|delivered|supplied|shipped) (?:with(?:out| no)|missing) (?:the |a |an |any )?"
    r"(?:parts?|pieces?|screws?|cables?|charger|plug|batter(?:y|ies)|lid|legs?|handle|"
    r"instructions|fittings|bolts?|key|wheels?)|arrived (?:smashed|shattered|dented|chipped|torn|"
    r"ripped|bent|leaking|in bits)|came (?:chipped|cracked|dented|scratched|torn|bent|broken)"
)
_SPANISH_MORE = (
    r"(?:venía|vino|llegó|lleg[oó]|vienen|vino) sin (?:una |un |la |el |las |los )?(?:pieza|"
    r"tornillo|cable|cargador|pata|tapa|asa|batería|instrucciones|rueda)s?|"
    r"(?:piezas?|tornillos?) de menos|falta(?:ba|ban)? (?:una |un |la |el |dos )?(?:pieza|tornillo|"
    r"cable|cargador|pata|tapa|asa|rueda)s?|"
    r"se (?:quedó|queda|ha quedado) (?:en )?(?:negr[oa]|colgad[oa]|bloquead[oa]|congelad[oa])|"
    r"(?:asa|pata|tapa|mango|botón|rueda|tacón|suela|correa|cremallera|pieza|puerta|cajón|"
    r"costura|bisagra) se (?:ha )?(?:caído|cayó|soltado|soltó|salido|salió|partido|partió|"
    r"abierto|abrió)|"
    r"dej(?:ó|a|aron) de (?:funcionar|cargar|encender|calentar|enfriar|girar|imprimir)|"
    r"llegó (?:rot[oa]|rajad[oa]|agrietad[oa]|abollad[oa]|dañad[oa]|desconchad[oa])|"
    r"la batería (?:no )?(?:dura|aguanta) (?:apenas|solo|sólo|menos|nada)"
)
_FRENCH_MORE = (
    r"(?:a |ont )?cessé de (?:fonctionner|marcher|s['’]allumer|charger|chauffer)|"
    r"ne (?:se )?(?:recharge|rallume|charge) (?:pas|plus)|"
    r"(?:fermeture(?: éclair)?|zip|sangle|poignée|couture|semelle|talon|charnière|moteur|"
    r"batterie|écran|pied|roue|bouton|lacet) (?:\w+ ){0,2}(?:a|ont) lâché|"
    r"il manqu(?:e|ait) (?:une|des|deux|la|le|les|un) (?:pièces?|vis|câbles?|chargeur|pieds?|"
    r"poignées?|notice|roues?)|(?:pièces?|vis) en moins|(?:pièces?|vis) manquante?s?|"
    r"(?:l['’])?écran (?:\w+ ){0,2}noir|"
    r"arrivée? (?:cassée?|fêlée?|fissurée?|abîmée?|rayée?|cabossée?)"
)
_GERMAN_MORE = (
    r"aufgehört,? (?:zu )?(?:funktionieren|laden|heizen|kühlen|drucken|arbeiten)|"
    r"hört auf zu (?:funktionieren|laden)|abgefallen|abgeplatzt|abgeblättert|"
    r"(?:Naht|Reißverschluss|Knopf|Griff|Henkel|Absatz|Sohle|Träger|Riemen|Deckel|Bein|Rad) "
    r"(?:\w+ ){0,4}(?:abgegangen|aufgegangen|gerissen|gelöst)|"
    r"fehlte(?:n)? (?:\w+ )?(?:Teile?|Schrauben?|Kabel|Ladegerät|Bein|Fuß|Griff|Deckel|"
    r"Anleitung)|fehlende[nm]? (?:Teil|Teilen|Schrauben?|Kabel)|"
    r"(?:Akku|Batterie) (?:\w+ ){0,2}hält (?:keinen|kaum|nicht|nur)|"
    r"kam (?:\w+ )?(?:zerbrochen|kaputt|beschädigt|zerkratzt|verbeult|gesprungen) an"
)

PRODUCT = _words(
    _ENGLISH, _ENGLISH_MORE, _SPANISH, _SPANISH_MORE, _FRENCH, _FRENCH_MORE, _GERMAN, _GERMAN_MORE
)

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
