"""The tone rules for replies written in Spanish, French and German, and the choice of rules by
the reply's language. Each rule carries calmer words in the same language."""

from __future__ import annotations

from app.reply.tone_contempt_languages import FRENCH_CONTEMPT, SPANISH_CONTEMPT
from app.reply.tone_dismissive_languages import FRENCH_DISMISSIVE, SPANISH_DISMISSIVE
from app.reply.tone_english import RULES as ENGLISH
from app.reply.tone_fit import Clause
from app.reply.tone_fit_forms import calming
from app.reply.tone_german import GERMAN
from app.reply.tone_reasons import (
    ABSOLUTE,
    ADVICE,
    ANGER,
    BLAME,
    DOWN,
    INSULT,
    PASSIVE,
    SARCASM,
    SPITE,
    SWEAR,
    THREAT,
)
from app.reply.tone_reminders import SPANISH_REMINDER
from app.reply.tone_rules import K, Rule, rule
from app.reply.tone_warm_words import warm_words_for

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}


def language_code(name: str) -> str:
    """The code for a language as the settings name it ("Español" -> "es"); English if unknown."""
    return next((code for code, shown in LANGUAGES.items() if shown == name), "en")


def written_in_note(code: str) -> str:
    """What a letter window tells the owner when a letter follows Settings' reply language
    rather than English ("" for English): one who set another language once may not expect it."""
    if code == "en":
        return ""
    return f"Written in {LANGUAGES[code]}, the language of your replies (Settings)."


SPANISH: tuple[Rule, ...] = (
    rule(
        K.PROFANITY,
        # "Vete a la mierda" is contempt, with calm words for the whole clause.
        r"joder|(?<!a la )mierda|coño|hostias?|puta|puto|cabr[óo]n|gilipollas|(?<!al )carajo|"
        r"chingad[oa]|pendej[oa]",
        SWEAR,
        ADVICE[K.PROFANITY],
        otherwise="",
    ),
    rule(
        K.THREAT,
        r"(?:le|te|los) (?:voy a|vamos a) demandar|nos vemos en los tribunales|"
        r"o si no|ya (?:está|estás) advertid[oa]",
        THREAT,
        ADVICE[K.THREAT],
        otherwise=Clause("si esto continúa, aplicaremos nuestras condiciones"),
    ),
    rule(
        K.INSULT,
        r"(?:usted es|es usted|eres|son|sois) (?:un |una |unos |unas )?(?:idiotas?|"
        r"imb[ée]cil(?:es)?|in[úu]til(?:es)?|incompetentes?|ignorantes?|mentiros[oa]s?|ridícul[oa]s?)|"
        r"qué vergüenza",
        INSULT,
        ADVICE[K.INSULT],
        otherwise=Clause("no estoy de acuerdo con cómo se ha llevado esto"),
    ),
    rule(
        K.ANGER,
        r"ridícul[oa]s?|absurd[oa]s?|patétic[oa]s?|vergonzos[oa]s?|inaceptables?|estoy hart[oa]|"
        r"estoy hasta las narices|basta ya|cállese|cállate|tonterías|estupideces",
        ANGER,
        ADVICE[K.ANGER],
        calmer={
            # Words that read after "es" and after a noun ("una política poco razonable").
            "ridículo": "poco razonable",
            "ridícula": "poco razonable",
            "absurdo": "poco viable",
            "absurda": "poco viable",
            "patético": "decepcionante",
            "patética": "decepcionante",
            "inaceptable": "difícil de aceptar",
            "inaceptables": "difíciles de aceptar",
            "ridículos": "poco razonables",
            "ridículas": "poco razonables",
            "absurdos": "poco viables",
            "absurdas": "poco viables",
            "patéticos": "decepcionantes",
            "patéticas": "decepcionantes",
            # Left out, an adjective would leave "su actitud es." (and "c'est.", "das ist.").
            "vergonzoso": "decepcionante",
            "vergonzosa": "decepcionante",
            "vergonzosos": "decepcionantes",
            "vergonzosas": "decepcionantes",
            # The whole clause: "me preocupa de esperar" would not read.
            "estoy harto": Clause("esto me preocupa"),
            "estoy harta": Clause("esto me preocupa"),
            # A plural noun for a plural noun: "eso son inexactitudes", "no diga inexactitudes".
            "tonterías": "inexactitudes",
        },
        otherwise="",
    ),
    *SPANISH_CONTEMPT,
    *SPANISH_DISMISSIVE,
    rule(
        K.BLAME,
        r"(?:es|fue) (?:su|tu) culpa|por (?:su|tu) culpa|usted debería haber|"
        r"deberías haber|no se molestó en",
        BLAME,
        ADVICE[K.BLAME],
        calmer={
            "es su culpa": "es lo que ocurrió",
            "es tu culpa": "es lo que ocurrió",
            "por su culpa": "por esto",
            "por tu culpa": "por esto",
        },
        # "Usted debería haber leído…" wants a verb other than the participle after "por
        # favor": the sentence is written anew, no one click.
    ),
    rule(
        K.CONDESCENSION,
        r"como cualquiera (?:sabe|entiende)|no es tan difícil|"
        r"es muy (?:fácil|sencillo)|(?:por favor,? )?(?:cálmese|cálmate)(?:,? por favor)?|"
        r"para (?:su|tu) información|lea el manual",
        DOWN,
        ADVICE[K.CONDESCENSION],
        calmer={
            **calming(("cálmese", "cálmate"), "por favor", "hablemos con calma"),
            "para su información": "",
            # A lead-in set off by a comma: the statement after it stands on its own.
            "como cualquiera sabe": "",
            "como cualquiera entiende": "",
            "para tu información": "",
        },
        # The whole clause: "Así es como se hace de usar" would not read.
        otherwise=Clause("así es como se hace"),
    ),
    rule(
        K.SARCASM,
        r"gracias por nada|(?:muchas )?gracias por (?:nada|ignorarme|hacerme esperar|"
        r"hacer(?:me|nos) perder el tiempo|perder (?:mi|nuestro) tiempo)|"
        r"buena suerte con eso|enhorabuena por perder|qué sorpresa|al menos (?:son|es|eres) "
        r"(?:constantes|coherentes|consistentes)|sí, claro",
        SARCASM,
        ADVICE[K.SARCASM],
        calmer={
            "gracias por nada": Clause("siento no haber podido ayudarle más"),
            "buena suerte con eso": Clause("espero que se resuelva"),
        },
        otherwise=Clause("me decepciona cómo se ha llevado esto"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        rf"{SPANISH_REMINDER}|"
        r"según mi (?:último|anterior) (?:correo|mensaje)|obviamente|con todo (?:el )?respeto|"
        r"siento que (?:se sienta|te sientas) así",
        PASSIVE,
        ADVICE[K.PASSIVE_AGGRESSIVE],
        calmer={"obviamente": "", "con todo el respeto": "", "con todo respeto": ""},
        otherwise="en resumen",
    ),
    rule(
        K.SPITE,
        r"no (?:es|será) mi problema|no se moleste|que le vaya bien con eso",
        SPITE,
        ADVICE[K.SPITE],
        otherwise=Clause("le deseo lo mejor"),
    ),
    rule(
        K.ABSOLUTE,
        # "Casi nunca" is the calmer wording; "cada vez más" says "more and more".
        r"(?<!como )(?<!lo de )siempre|(?<!casi )nunca|jamás|todo el rato|cada vez que|"
        r"cada vez(?! (?:más|menos|mejor|peor)\b)",
        ABSOLUTE,
        ADVICE[K.ABSOLUTE],
        calmer={
            "siempre": "a menudo",
            # "Casi nunca" reads before the verb and after it ("no lee casi nunca"), where
            # "pocas veces" would say the opposite.
            "nunca": "casi nunca",
            "jamás": "casi nunca",
            "todo el rato": "a menudo",
            "cada vez que": "a veces cuando",
            "cada vez": "varias veces",
        },
        only_when_cold=True,
    ),
)

FRENCH: tuple[Rule, ...] = (
    rule(
        K.PROFANITY,
        # "Allez vous faire foutre" is contempt, with calm words for the whole clause.
        r"merde|putain|bordel|connerie|chiant|foutu|(?<!faire )foutre|con|conne|connard",
        SWEAR,
        ADVICE[K.PROFANITY],
        otherwise="",
    ),
    rule(
        K.THREAT,
        r"je vais vous (?:poursuivre|attaquer en justice)|on se verra au tribunal|"
        r"sinon gare|vous êtes prévenu",
        THREAT,
        ADVICE[K.THREAT],
        otherwise=Clause("si cela continue, nous appliquerons nos conditions"),
    ),
    rule(
        K.INSULT,
        r"(?:vous êtes|tu es) (?:un |une |des )?(?:idiots?|imbéciles?|incapables?|"
        r"incompétents?|menteurs?|menteuses?|ridicules?|nuls?)|quelle honte",
        INSULT,
        ADVICE[K.INSULT],
        otherwise=Clause("je ne suis pas d'accord avec la façon dont cela a été géré"),
    ),
    rule(
        K.ANGER,
        r"ridicule|absurde|lamentable|scandaleux|inadmissible|inacceptable|"
        r"j'en ai marre|ras le bol|ça suffit|taisez-vous|(?:c'est )?n'importe quoi",
        ANGER,
        ADVICE[K.ANGER],
        calmer={
            "ridicule": "difficile à accepter",
            "absurde": "peu réaliste",
            "lamentable": "décevant",
            "scandaleux": "décevant",
            "inacceptable": "difficile à accepter pour nous",
            "inadmissible": "difficile à accepter pour nous",
            # The whole clause: "cela me préoccupe de vos messages" would not read.
            "j'en ai marre": Clause("cela me préoccupe"),
            # "Vous dites des choses inexactes", "C'est inexact".
            "c'est n'importe quoi": "c'est inexact",
            "n'importe quoi": "des choses inexactes",
        },
        otherwise="",
    ),
    *FRENCH_CONTEMPT,
    *FRENCH_DISMISSIVE,
    rule(
        K.BLAME,
        r"c'est (?:de )?votre faute|c'est ta faute|à cause de vous|"
        r"vous auriez dû|tu aurais dû",
        BLAME,
        ADVICE[K.BLAME],
        calmer={
            "c'est votre faute": "voici ce qui s'est passé",
            "c'est de votre faute": "voici ce qui s'est passé",
            "à cause de vous": "à cause de cela",
            "vous auriez dû": "la prochaine fois, merci de",
            "tu aurais dû": "la prochaine fois, merci de",
        },
    ),
    rule(
        K.CONDESCENSION,
        r"comme tout le monde le sait|ce n'est pas compliqué|c'est (?:très )?"
        r"simple|(?:s'il vous plaît,? )?calmez-vous(?:,? s'il vous plaît)?|"
        r"pour votre information|lisez le mode d'emploi",
        DOWN,
        ADVICE[K.CONDESCENSION],
        calmer={
            **calming(("calmez-vous",), "s'il vous plaît", "parlons-en calmement"),
            "pour votre information": "",
            "comme tout le monde le sait": "",
        },
        otherwise=Clause("voici comment faire"),
    ),
    rule(
        K.SARCASM,
        r"merci pour rien|merci de m'avoir ignoré|bonne chance avec ça|"
        r"merci (?:beaucoup )?(?:de|pour) (?:me|nous) faire perdre (?:mon|notre) temps|"
        r"merci (?:beaucoup )?(?:de|pour) m'avoir fait (?:perdre mon temps|attendre)|"
        r"félicitations pour avoir perdu|quelle surprise|au moins vous êtes (?:constants|cohérents)|"
        r"c'est ça, oui",
        SARCASM,
        ADVICE[K.SARCASM],
        calmer={
            "merci pour rien": Clause("je regrette de ne pas avoir pu vous aider davantage"),
            "bonne chance avec ça": Clause("j'espère que cela s'arrangera"),
        },
        # Not "je suis déçu": the owner may be a woman.
        otherwise=Clause("la façon dont cela a été géré me déçoit"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"comme je (?:vous l'ai|l'ai) (?:déjà )?(?:dit|expliqué|indiqué)|"
        r"comme indiqué dans mon (?:dernier|précédent) (?:e-?mail|courriel|message)|"
        r"évidemment|avec tout le respect|sauf votre respect|désolé que vous le preniez ainsi",
        PASSIVE,
        ADVICE[K.PASSIVE_AGGRESSIVE],
        calmer={"évidemment": "", "avec tout le respect": "", "sauf votre respect": ""},
        otherwise="pour résumer",
    ),
    rule(
        K.SPITE,
        r"ce n'est pas mon problème|ne vous donnez pas la peine|bon débarras",
        SPITE,
        ADVICE[K.SPITE],
        otherwise=Clause("je vous souhaite bonne continuation"),
    ),
    rule(
        K.ABSOLUTE,
        # "Toujours pas" says "still not", not "always".
        r"(?<!comme )toujours(?! pas\b)|jamais|tout le temps|à chaque fois",
        ABSOLUTE,
        ADVICE[K.ABSOLUTE],
        calmer={
            "toujours": "souvent",
            # French writes "ne … jamais": "vous ne lisez pas souvent", not "ne lisez rarement".
            "jamais": "pas souvent",
            "tout le temps": "souvent",
            "à chaque fois": "plusieurs fois",
        },
        only_when_cold=True,
    ),
)

_RULES = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "de": GERMAN}


def rules_for(language: str) -> tuple[Rule, ...]:
    return _RULES.get(language, ENGLISH)


__all__ = ["LANGUAGES", "language_code", "rules_for", "warm_words_for"]
