"""The tone rules for replies written in German, each with calmer words in German; their
one-click wordings keep the verb second (tone_fit_german) and the case an article asks for
(tone_fit_forms)."""

from __future__ import annotations

from app.reply.tone_contempt_languages import GERMAN_CONTEMPT
from app.reply.tone_dismissive_languages import GERMAN_DISMISSIVE
from app.reply.tone_fit import Clause
from app.reply.tone_fit_forms import GERMAN_NOUN_PHRASES, GERMAN_NOUNS, calming
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
from app.reply.tone_reminders import GERMAN_REMINDER
from app.reply.tone_rules import K, Rule, rule

GERMAN: tuple[Rule, ...] = (
    rule(
        K.PROFANITY,
        # "Leck mich am Arsch" is contempt, with calm words for the whole clause.
        r"schei(?:ß|ss)e?\w*|verdammt\w*|mist|kacke|(?<!mich am )(?<!doch am )(?<!mal am )"
        r"arsch\w*|verflucht\w*",
        SWEAR,
        ADVICE[K.PROFANITY],
        otherwise="",
    ),
    rule(
        K.THREAT,
        r"ich werde Sie verklagen|wir sehen uns vor Gericht|sonst (?:passiert was|"
        r"gibt es Ärger)|Sie sind gewarnt",
        THREAT,
        ADVICE[K.THREAT],
        otherwise=Clause("wenn das so weitergeht, wenden wir unsere Bedingungen an"),
    ),
    rule(
        K.INSULT,
        r"(?:Sie sind|du bist|ihr seid) (?:ein |eine |so )?(?:Idiot\w*|inkompetent|"
        r"unfähig|dumm|Lügner\w*|lächerlich)|Schande über",
        INSULT,
        ADVICE[K.INSULT],
        otherwise=Clause("ich sehe das anders als Sie"),
    ),
    rule(
        K.ANGER,
        r"lächerlich|absurd|erbärmlich|unverschämt|inakzeptabel|frech|"
        r"mir reicht(?:'s| es)|ich habe die Nase voll|halten Sie den Mund|" + GERMAN_NOUN_PHRASES,
        ANGER,
        ADVICE[K.ANGER],
        calmer={
            "lächerlich": "für uns nicht annehmbar",
            "absurd": "nicht umsetzbar",
            "erbärmlich": "enttäuschend",
            "unverschämt": "nicht annehmbar",
            "frech": "nicht in Ordnung",
            "inakzeptabel": "für uns nicht annehmbar",
            "mir reicht es": Clause("ich möchte das klären"),
            "mir reicht's": Clause("ich möchte das klären"),
            **GERMAN_NOUNS,
        },
        otherwise="",
    ),
    *GERMAN_CONTEMPT,
    *GERMAN_DISMISSIVE,
    rule(
        K.BLAME,
        r"(?:das ist )?Ihre (?:eigene )?Schuld|deine Schuld|wegen Ihnen|"
        r"Sie hätten (?:\w+ ){1,4}?(?:sollen|müssen)|selbst schuld",
        BLAME,
        ADVICE[K.BLAME],
        calmer={
            "ihre schuld": "so ist es passiert",
            "das ist ihre schuld": "so ist es passiert",
            "selbst schuld": "so ist es passiert",
            "wegen ihnen": "deshalb",
            "ihre eigene schuld": "so ist es passiert",
            "das ist ihre eigene schuld": "so ist es passiert",
            "deine schuld": "so ist es passiert",
        },
        # "Sie hätten … lesen sollen" asks for the sentence to be written anew: no one click.
    ),
    rule(
        K.CONDESCENSION,
        r"wie jeder weiß|das ist (?:doch )?(?:ganz )?einfach|"
        r"(?:bitte,? )?beruhigen Sie sich(?:,? bitte|(?: (?:doch|mal|bitte)){1,2})?|"
        r"zu Ihrer Information|lesen Sie die Anleitung|gesunder Menschenverstand",
        DOWN,
        ADVICE[K.CONDESCENSION],
        calmer={
            **calming(
                ("beruhigen sie sich",),
                "bitte",
                "lassen Sie uns in Ruhe darüber sprechen",
                after=("bitte", "doch", "mal"),
            ),
            "zu ihrer information": "",
            # "Zur Erinnerung gilt die Frist …": the lead-in keeps the verb second.
            "wie jeder weiß": "zur Erinnerung",
        },
        otherwise=Clause("so geht es"),
    ),
    rule(
        K.SARCASM,
        r"danke für nichts|viel Glück damit|herzlichen Glückwunsch zum Verlust|"
        r"(?:vielen )?dank(?:e)?(?: schön| sehr| vielmals)?,? dass Sie (?:\w+ ){0,3}?"
        r"(?:Zeit verschwenden|Zeit verschwendet haben|ignorieren|ignoriert haben|"
        r"warten lassen|haben warten lassen)|danke fürs (?:Ignorieren|Warten lassen)|"
        r"was für eine Überraschung|wenigstens sind Sie konsequent|ja, klar",
        SARCASM,
        ADVICE[K.SARCASM],
        calmer={
            "danke für nichts": Clause("schade, dass wir nicht mehr helfen konnten"),
            "viel glück damit": Clause("ich hoffe, es klappt"),
        },
        otherwise=Clause("ich bin enttäuscht, wie das gelaufen ist"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        rf"{GERMAN_REMINDER}|"
        r"wie in meiner letzten (?:E-?Mail|Nachricht)|offensichtlich|bei allem Respekt|"
        r"tut mir leid, dass Sie das so sehen",
        PASSIVE,
        ADVICE[K.PASSIVE_AGGRESSIVE],
        calmer={"offensichtlich": "", "bei allem respekt": ""},
        otherwise="zur Erinnerung",
    ),
    rule(
        K.SPITE,
        r"nicht mein Problem|sparen Sie sich die Mühe|auf Nimmerwiedersehen",
        SPITE,
        ADVICE[K.SPITE],
        otherwise=Clause("ich wünsche Ihnen alles Gute"),
    ),
    rule(
        K.ABSOLUTE,
        # "Was auch immer", "wann immer", "wie immer" and "immer noch" ("still") are no
        # accusation.
        r"(?<!auch )(?<!was )(?<!wie )(?<!wann )(?<!wo )(?<!noch )(?<!für )immer(?! noch\b)|"
        r"nie|niemals|jedes Mal|ständig",
        ABSOLUTE,
        ADVICE[K.ABSOLUTE],
        calmer={
            "immer": "oft",
            "nie": "selten",
            "niemals": "selten",
            "jedes mal": "mehrmals",
            "ständig": "oft",
        },
        only_when_cold=True,
    ),
)


__all__ = ["GERMAN"]
