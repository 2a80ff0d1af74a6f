"""The Spanish, French and German rules for what an owner types when a customer has got to them
(tone_english_contempt has the English ones and says why each is flagged): swearing aimed at
the reader, showing them the door, an order never to write again, hatred, telling them off,
calling them liars. Each offers calm words in the same language for the whole clause.

Phrases that are ordinary elsewhere ("piérdase en nuestro catálogo", "dégagez l'entrée") count
only as an order standing alone at the start of a clause.
"""

from __future__ import annotations

from app.reply.tone_english_contempt import (
    AIMED,
    CANT_READ,
    DONE,
    DOOR,
    HATE,
    LAST_TIME,
    LIAR,
    NO_CONTACT,
    TOLD_OFF,
)
from app.reply.tone_fit import Clause
from app.reply.tone_rules import CLAUSE_ENDS, CLAUSE_START, WEIGHT, K, Rule, rule

_STARTS = CLAUSE_START
_ALONE = CLAUSE_ENDS

SPANISH_CONTEMPT: tuple[Rule, ...] = (
    rule(
        K.CONTEMPT,
        r"(?:váyase|vete|váyanse|idos) (?:a la mierda|al diablo|al infierno|al carajo|a paseo)|"
        r"que (?:le|te|les|os) (?:jodan|den por saco)|jódase|jódete|"
        r"que (?:le|te|les|os) den(?= *[.!,;]| *$)|"
        rf"{_STARTS}(?:lárguese|lárgate|lárguense|piérdase|piérdete|muérase|muérete){_ALONE}",
        *AIMED,
        otherwise=Clause("prefiero dar por terminada esta conversación"),
        # Aimed at the reader, swearing is no milder than the swear word alone.
        weight=WEIGHT[K.PROFANITY],
    ),
    rule(
        K.CONTEMPT,
        rf"{_STARTS}(?:lleve|llévese|lleva|llévate|lleven) (?:su|tu|sus) (?:negocio|dinero|"
        r"compras?|quejas?) a otra parte|"
        rf"{_STARTS}(?:compre|compra|compren|vaya|ve) (?:en|a) (?:otra parte|otro sitio|otro "
        rf"lado){_ALONE}|"
        r"(?:nadie|ninguno de nosotros) (?:le|te) quiere aquí",
        *DOOR,
        otherwise=Clause("creemos que otro negocio puede atenderle mejor"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:no|nunca más) (?:nos|me) (?:vuelva|vuelvas|vuelvan) a (?:contactar|escribir|llamar)"
        r"(?: nunca)?(?: más)?|"
        r"no vuelva (?:nunca )?(?:más )?a (?:contactarnos|escribirnos|llamarnos|contactarme|"
        r"escribirme|llamarme)|"
        r"no (?:nos|me) (?:contacte|escriba|llame|contactes|escribas|llames) nunca más|"
        rf"{_STARTS}(?:pierda|borre|olvide) mi número{_ALONE}",
        *NO_CONTACT,
        otherwise=Clause("le pedimos que no nos contacte más"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:he|hemos) terminado con (?:usted|ustedes|vosotros|tigo)|"
        r"(?:ya )?no quiero saber nada (?:más )?de (?:usted|ustedes|ti|vosotros)|"
        r"(?:usted está|estás|están) muert[oa]s? para (?:mí|nosotros)",
        *DONE,
        otherwise=Clause("creo que ya lo hemos dicho todo"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:es|será|fue) la última vez que (?:trato|tratamos|hago negocios|hacemos negocios) "
        r"con (?:usted|ustedes|vosotros|tigo)",
        *LAST_TIME,
        otherwise=Clause("creo que lo mejor es que sigamos caminos distintos"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:le|te|les|os) odio|odio (?:tratar|hablar|lidiar|trabajar) con (?:usted|ustedes|"
        r"vosotros|tigo)|(?:usted )?me da asco|me das asco|me dan asco",
        *HATE,
        otherwise=Clause("esto ha sido difícil para ambos"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:deje|deja|dejen|dejad) de (?:quejarse|quejarte|quejaros|lloriquear|llorar)",
        *TOLD_OFF,
        otherwise=Clause("entiendo su malestar"),
    ),
    rule(
        K.INSULT,
        r"(?:su|tu) (?:reseña|opinión|comentario|reclamación|queja|historia|versión) es "
        r"(?:una |pura )?mentira|eso es (?:una |pura )?mentira|(?:usted )?miente y lo sabe",
        *LIAR,
        otherwise=Clause("no es lo que muestran nuestros registros"),
    ),
)

FRENCH_CONTEMPT: tuple[Rule, ...] = (
    rule(
        K.CONTEMPT,
        r"(?:allez|va|allez donc) (?:vous faire foutre|te faire foutre|au diable|en enfer|"
        r"vous faire voir|te faire voir)|foutez(?:-moi)? le camp|fous(?:-moi)? le camp|"
        r"fichez-moi la paix|fiche-moi la paix|"
        rf"{_STARTS}(?:dégagez|dégage|crevez|crève){_ALONE}",
        *AIMED,
        otherwise=Clause("je préfère mettre fin à cette conversation ici"),
        # Aimed at the reader, swearing is no milder than the swear word alone.
        weight=WEIGHT[K.PROFANITY],
    ),
    rule(
        K.CONTEMPT,
        rf"{_STARTS}(?:allez|achetez|faites vos achats) (?:voir )?ailleurs|"
        rf"{_STARTS}portez (?:vos achats|votre argent) ailleurs|"
        r"(?:personne|nul) ne veut de vous(?: ici)?",
        *DOOR,
        otherwise=Clause("nous pensons qu'un autre commerce pourra mieux vous servir"),
    ),
    rule(
        K.CONTEMPT,
        r"ne (?:nous|me) (?:contactez|écrivez|appelez|recontactez) (?:plus )?jamais(?: plus)?|"
        r"ne (?:nous|me) (?:recontactez|recontacte) plus|"
        rf"{_STARTS}(?:perdez|oubliez|effacez) mon numéro{_ALONE}",
        *NO_CONTACT,
        otherwise=Clause("merci de ne plus nous contacter"),
    ),
    rule(
        K.CONTEMPT,
        r"j'en ai (?:fini|terminé) avec vous|(?:c'est )?fini entre nous|"
        r"vous êtes mort(?:e|s|es)? pour moi",
        *DONE,
        otherwise=Clause("je pense que nous avons tout dit"),
    ),
    rule(
        K.CONTEMPT,
        r"c'est la dernière fois que (?:je|nous) (?:traite|traitons|fais affaire|faisons "
        r"affaire) avec vous",
        *LAST_TIME,
        otherwise=Clause("je pense qu'il vaut mieux en rester là"),
    ),
    rule(
        K.CONTEMPT,
        r"je vous (?:déteste|hais)|je (?:déteste|hais) (?:avoir affaire à vous|traiter avec "
        r"vous)|vous me (?:dégoûtez|donnez envie de vomir|rendez malade)",
        *HATE,
        otherwise=Clause("cette situation a été difficile pour nous deux"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:arrêtez|arrête|cessez) de (?:vous plaindre|te plaindre|pleurnicher|râler|geindre)",
        *TOLD_OFF,
        otherwise=Clause("je comprends votre mécontentement"),
    ),
    rule(
        K.INSULT,
        r"votre (?:avis|commentaire|réclamation|histoire|version) est (?:un )?(?:pur )?"
        r"mensonge|c'est (?:un )?(?:pur )?mensonge|vous mentez et vous le savez",
        *LIAR,
        otherwise=Clause("ce n'est pas ce que montrent nos dossiers"),
    ),
)

GERMAN_CONTEMPT: tuple[Rule, ...] = (
    rule(
        K.CONTEMPT,
        r"verpiss dich|verpissen Sie sich|(?:leck|lecken Sie) mich(?: (?:doch|mal))*"
        r"(?: am Arsch)?|fahr zur Hölle|fahren Sie zur Hölle|scher dich zum Teufel|"
        r"scheren Sie sich zum Teufel|fick dich|ficken Sie sich|zieh Leine|ziehen Sie Leine|"
        rf"{_STARTS}(?:hau ab|hauen Sie ab|verschwinden Sie|verschwinde){_ALONE}",
        *AIMED,
        otherwise=Clause("ich möchte dieses Gespräch hier beenden"),
        # Aimed at the reader, swearing is no milder than the swear word alone.
        weight=WEIGHT[K.PROFANITY],
    ),
    rule(
        K.CONTEMPT,
        rf"{_STARTS}(?:kaufen Sie (?:doch )?woanders(?: ein)?|gehen Sie (?:doch )?"
        r"(?:woanders hin|zur Konkurrenz))|(?:niemand|keiner) will Sie hier(?: haben)?",
        *DOOR,
        otherwise=Clause("wir glauben, dass ein anderes Geschäft Ihnen besser helfen kann"),
    ),
    rule(
        K.CONTEMPT,
        r"(?:kontaktieren|schreiben) Sie (?:uns|mir) (?:nie wieder|nie mehr|niemals wieder)|"
        r"(?:melden|wenden) Sie sich (?:nie wieder|nie mehr|niemals wieder) (?:bei|an) (?:uns|"
        r"mir|mich)|rufen Sie (?:uns|mich) (?:nie wieder|nie mehr|niemals wieder) an|"
        rf"{_STARTS}(?:vergessen|löschen) Sie meine Nummer{_ALONE}",
        *NO_CONTACT,
        otherwise=Clause("bitte kontaktieren Sie uns nicht mehr"),
    ),
    rule(
        K.CONTEMPT,
        r"ich bin (?:fertig mit (?:Ihnen|dir|euch)|mit (?:Ihnen|dir|euch) (?:fertig|durch))|"
        r"(?:Sie sind|du bist|ihr seid) für (?:mich|uns) gestorben",
        *DONE,
        otherwise=Clause("ich denke, wir haben alles gesagt"),
    ),
    rule(
        K.CONTEMPT,
        r"das (?:ist|war) das letzte Mal, dass (?:ich|wir) mit (?:Ihnen|dir|euch) "
        r"(?:Geschäfte mache|Geschäfte machen|zu tun habe|zu tun haben)",
        *LAST_TIME,
        otherwise=Clause("ich denke, es ist besser, wenn sich unsere Wege hier trennen"),
    ),
    rule(
        K.CONTEMPT,
        r"ich hasse (?:Sie|dich|euch)(?= *[.!,;]| *$| und\b)|"
        r"ich hasse es, mit (?:Ihnen|dir|euch) zu tun zu haben|"
        r"(?:Sie|du) (?:ekeln|ekelst|widern|widerst) mich an|(?:Sie machen|du machst) mich krank",
        *HATE,
        otherwise=Clause("das war für uns beide schwierig"),
    ),
    rule(
        K.CONTEMPT,
        r"hören Sie auf,? (?:zu jammern|zu meckern|zu nörgeln|sich zu beschweren|"
        r"herumzujammern)|hör auf,? zu (?:jammern|meckern|heulen|nörgeln)",
        *TOLD_OFF,
        otherwise=Clause("ich verstehe, dass Sie unzufrieden sind"),
    ),
    rule(
        K.AT_READER,
        r"können Sie (?:etwa )?nicht lesen|(?:können Sie|kannst du) überhaupt lesen",
        *CANT_READ,
        otherwise=Clause("das war vielleicht nicht klar"),
    ),
    rule(
        K.INSULT,
        r"Ihre (?:Bewertung|Rezension|Beschwerde|Geschichte|Darstellung|Behauptung) ist "
        r"(?:eine )?(?:glatte |dreiste |reine )?(?:Lüge|gelogen)|"
        r"das ist (?:eine )?(?:glatte |dreiste |reine )?Lüge|Sie lügen und (?:Sie )?wissen es",
        *LIAR,
        otherwise=Clause("das deckt sich nicht mit unseren Unterlagen"),
    ),
)

__all__ = ["FRENCH_CONTEMPT", "GERMAN_CONTEMPT", "SPANISH_CONTEMPT"]
