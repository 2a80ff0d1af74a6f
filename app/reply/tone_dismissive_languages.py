"""The Spanish, French and German rules for the commonest ways of brushing a customer off without
a rude word (tone_english_dismissive has the English ones and says why each is flagged): sending
them to find the answer themselves, refusing to say it again, having no time for them, a
shrugged "whatever", telling them to learn to read. Each offers calm words in the same language
for the whole clause.

"Lo que sea necesario", "peu importe la couleur" and "wie auch immer, wir senden" are ordinary:
the shrug counts only as a sentence of its own.
"""

from __future__ import annotations

from app.reply.tone_english_dismissive import NO_TIME, NOT_AGAIN, READ_IT, SEND_AWAY, SHRUG
from app.reply.tone_fit import Clause
from app.reply.tone_rules import CLAUSE_START, SENTENCE_ENDS, K, Rule, rule

_STARTS = CLAUSE_START
_ENDS = SENTENCE_ENDS
# Refusing to say it again ends its clause: "Je ne vais pas vous le répéter par écrit, je vous
# appelle demain" is the owner's plan.
_FR_SAID = r"(?=(?: (?:encore|encore une fois|une fois de plus|ici))*[ \t]*(?:[.!?,;:\n—–)]|$))"


def _five(
    phrases: tuple[str, str, str, str, str], calm: tuple[str, str, str, str, str]
) -> tuple[Rule, ...]:
    """The five rules of one language, in the order of the reasons below."""
    reasons = (
        (K.CONDESCENSION, SEND_AWAY),
        (K.PASSIVE_AGGRESSIVE, NOT_AGAIN),
        (K.CONTEMPT, NO_TIME),
        (K.CONTEMPT, SHRUG),
        (K.CONDESCENSION, READ_IT),
    )
    return tuple(
        rule(kind, words, *why, otherwise=Clause(calmer))
        for (kind, why), words, calmer in zip(reasons, phrases, calm, strict=True)
    )


SPANISH_DISMISSIVE = _five(
    (
        r"(?:haga|haz|hagan) (?:su|tu|sus|tus) propi[ao]s? (?:investigación|investigaciones|"
        r"deberes|búsqueda)(?! si (?:quiere|quieres|lo desea|prefiere|prefieres)\b)|"
        rf"{_STARTS}(?:búsquelo|búscalo|búsquenlo|googléelo|googlealo|gugléelo)"
        rf"(?: (?:usted|tú) mism[oa]| en google)?{_ENDS}",
        r"no (?:voy a|pienso|vamos a) repetir(?:me|lo|selo|nos)(?: (?:otra vez|más|de nuevo))?|"
        r"no (?:me|se lo|lo) (?:voy a|pienso) repetir(?: (?:otra vez|más|de nuevo))?|"
        r"no (?:me repetiré|lo repetiré|se lo repetiré)",
        r"no (?:tengo|tenemos) tiempo para (?:esto|eso|usted|ti|tonterías|estas tonterías)"
        rf"{_ENDS}",
        rf"{_STARTS}(?:lo que sea|me da igual|(?:eso )?me da lo mismo|allá usted|allá tú){_ENDS}",
        r"(?:aprenda|aprende|aprendan) a leer|"
        r"(?:lea|lee|lean) (?:la descripción|el anuncio|las instrucciones|la ficha|las condiciones)"
        r" (?:la próxima vez|antes de (?:comprar|quejarse|quejarte|escribir|pedir))",
    ),
    (
        "con gusto le indico dónde encontrar los detalles",
        "permítame explicarlo de otra manera",
        "quiero resolver esto cuanto antes",
        "entiendo que lo vemos de forma distinta",
        "por favor, revise de nuevo los detalles",
    ),
)

FRENCH_DISMISSIVE = _five(
    (
        r"(?:faites|fais) (?:vos|votre|tes|ta) propres? (?:recherches?|devoirs)"
        r"(?! si (?:vous le souhaitez|vous voulez|vous préférez|tu veux)\b)|"
        rf"{_STARTS}(?:cherchez|renseignez-vous|googlez|cherche|renseigne-toi)"
        rf"(?: (?:vous-même|par vous-même|toi-même|sur google|sur internet))?{_ENDS}",
        r"(?:je ne vais pas (?:me répéter|le répéter|le redire|vous le répéter|vous le redire)|"
        rf"je ne (?:me répéterai|le répéterai|le redirai|vous le répéterai) pas){_FR_SAID}",
        r"je n'ai pas (?:de |le )?temps (?:à perdre )?(?:pour (?:ça|cela|vous|ces \w+)|"
        rf"avec (?:vous|ça|cela|ces \w+)){_ENDS}|je n'ai pas de temps à perdre{_ENDS}",
        rf"{_STARTS}(?:peu importe|si vous le dites|je m'en fiche|je m'en moque){_ENDS}",
        r"(?:apprenez|apprends) à lire|"
        r"(?:lisez|relisez|lis) (?:la description|l'annonce|les instructions|la fiche|"
        r"les conditions) (?:la prochaine fois|avant d'acheter|avant de (?:vous plaindre|"
        r"commander|écrire|vous fâcher))",
    ),
    (
        "je vous indique volontiers où trouver les détails",
        "je vais l'expliquer autrement",
        "je souhaite régler cela rapidement",
        "je comprends que nous voyons les choses différemment",
        "je vous invite à revoir les détails",
    ),
)

GERMAN_DISMISSIVE = _five(
    (
        r"(?:googeln|recherchieren|informieren|suchen) Sie (?:es |das )?(?:doch )?"
        r"(?:selbst|selber)|(?:googel|google|recherchier|such) (?:es |das )?(?:doch )?"
        r"(?:selbst|selber)|machen Sie Ihre Hausaufgaben",
        # "…nicht wiederholen, sondern Ihnen die Schritte zeigen" offers something better.
        r"ich (?:werde|will) mich nicht (?:noch einmal |nochmal )?wiederholen(?!,? sondern\b)|"
        r"ich wiederhole mich (?:nicht|ungern)(?: noch einmal| nochmal)?",
        r"ich (?:habe|hab) keine Zeit für (?:so etwas|sowas|das|Sie|diesen Unsinn|"
        rf"so einen Unsinn){_ENDS}|(?:dafür|für so etwas|für sowas) (?:habe|hab) ich keine "
        rf"Zeit{_ENDS}",
        rf"{_STARTS}(?:egal|wie auch immer|(?:das )?ist mir (?:doch )?egal|mir doch egal|"
        rf"von mir aus){_ENDS}",
        r"lernen Sie (?:erst mal |erstmal |mal )?lesen|lern (?:erst mal |mal )?lesen|"
        r"lesen Sie (?:die Beschreibung|das Angebot|die Anleitung|die Artikelbeschreibung) "
        r"(?:nächstes Mal|das nächste Mal|beim nächsten Mal|vor dem Kauf|zuerst)",
    ),
    (
        "ich zeige Ihnen gern, wo Sie die Details finden",
        "ich erkläre es gern noch einmal anders",
        "ich möchte das schnell klären",
        "ich verstehe, dass wir das unterschiedlich sehen",
        "bitte sehen Sie sich die Details noch einmal an",
    ),
)

__all__ = ["FRENCH_DISMISSIVE", "GERMAN_DISMISSIVE", "SPANISH_DISMISSIVE"]
