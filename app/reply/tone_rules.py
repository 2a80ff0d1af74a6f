"""What the tone check finds and how a rule is written: the kinds of hostile wording, a flag with
why and a calmer way to say it, and the capitals that are names rather than shouting.

Each language's rules live beside this module (tone_english, tone_languages); a rule is a
phrase list plus, for the words it matches, the calmer words that can replace them in one click.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ToneKind(StrEnum):
    PROFANITY = "profanity"
    THREAT = "threat"
    SPITE = "spite"
    INSULT = "insult"
    ANGER = "anger"
    CONTEMPT = "contempt"
    AT_READER = "aimed-at-reader"
    BLAME = "blame"
    CONDESCENSION = "condescension"
    SARCASM = "sarcasm"
    PASSIVE_AGGRESSIVE = "passive-aggressive"
    HARSH = "harsh-words"
    ABSOLUTE = "absolute"
    SHOUTING = "shouting"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


# When two rules claim the same words, the earlier kind explains them better.
PRIORITY = {kind: rank for rank, kind in enumerate(ToneKind)}
# How much each kind adds to a message's hostility, for comparing a reply with its original.
WEIGHT = {
    ToneKind.PROFANITY: 3.0,
    ToneKind.THREAT: 3.0,
    ToneKind.SPITE: 3.0,
    ToneKind.INSULT: 3.0,
    ToneKind.ANGER: 2.0,
    ToneKind.CONTEMPT: 2.0,
    ToneKind.AT_READER: 2.0,
    ToneKind.BLAME: 2.0,
    ToneKind.CONDESCENSION: 2.0,
    ToneKind.SARCASM: 2.0,
    ToneKind.SHOUTING: 2.0,
    ToneKind.HARSH: 1.5,
    ToneKind.PASSIVE_AGGRESSIVE: 1.0,
    ToneKind.ABSOLUTE: 1.0,
}


@dataclass(frozen=True)
class ToneFlag:
    kind: ToneKind
    start: int  # index into the text, in code points
    end: int
    # The hostile words, as in the text: text[start:end], except that words the calmer wording
    # leaves out are named alone, while start..end also holds what one click changes with them
    # (the comma after them, the next word that takes the capital).
    words: str
    reason: str
    suggestion: str
    # The calmer words to put in their place with one click ("" removes them); None when only
    # the owner can find the right words.
    replacement: str | None = None
    # False for words that are only unprofessional here (swearing in praise), not hostile.
    hostile: bool = True
    # The click leaves `words` out: what it writes is only the next word taking the capital.
    leaves_out: bool = False
    # What the flag adds to the message's hostility when its kind's WEIGHT says too little:
    # swearing aimed at the reader is contempt, yet no milder than the swear word alone.
    weight: float | None = None

    @property
    def hostility(self) -> float:
        return WEIGHT[self.kind] if self.weight is None else self.weight

    @property
    def key(self) -> str:
        """Identifies the same problem across edits (positions move as the owner types)."""
        return f"{self.kind.value}:{' '.join(self.words.lower().split())}"


@dataclass(frozen=True)
class Rule:
    kind: ToneKind
    pattern: re.Pattern[str]
    reason: str
    suggestion: str
    # Calmer words for what the rule matched (lower case, single spaces, straight apostrophes);
    # `otherwise` serves any other match, None offers no one-click replacement.
    calmer: Mapping[str, str | None] = field(default_factory=dict)
    otherwise: str | None = None
    # Only a flag when the sentence around it is not warm ("wow", "always", capitals).
    only_when_cold: bool = False
    # Overrides the kind's WEIGHT for what this rule finds (see ToneFlag.weight).
    weight: float | None = None

    def replacement_for(self, words: str) -> str | None:
        key = " ".join(words.lower().replace("’", "'").split())
        if key in self.calmer:
            return self.calmer[key]
        # Phrases with a variable end ("congratulations on losing …") key on their start.
        for start, calm in self.calmer.items():
            if start.endswith("…") and key.startswith(start[:-1]):
                return calm
        return self.otherwise


def rule(
    kind: ToneKind,
    phrases: str,
    reason: str,
    suggestion: str,
    calmer: Mapping[str, str | None] | None = None,
    otherwise: str | None = None,
    only_when_cold: bool = False,
    weight: float | None = None,
) -> Rule:
    # Whole words only; apostrophes count as part of a word ("you'll", not "you").
    pattern = re.compile(rf"(?<![\w'])(?:{phrases})(?![\w'])", re.IGNORECASE)
    return Rule(kind, pattern, reason, suggestion, calmer or {}, otherwise, only_when_cold, weight)


K = ToneKind

# Capitals that are names for things, not shouting.
ACRONYMS = frozenset(
    "PDF USD EUR GBP CAD AUD NZD CHF JPY INR ZAR FAQ URL VAT GST SKU ETA CEO CTO API USB DVD "
    "CSV ZIP HTML HTTP HTTPS SMS IBAN PIN ID IP OK UK US USA EU TV PC IT HR PO PS FYI AM PM "
    "UTC GMT BST CET EST PST CST ISO DNS SSL TLS VPN IOS NB RE FW FWD CV NIF NIE SIRET TVA IVA "
    "MWST USt GmbH AG SA SARL SL BV".split()
)

__all__ = ["ACRONYMS", "PRIORITY", "WEIGHT", "K", "Rule", "ToneFlag", "ToneKind", "rule"]

# Where an order or a brush-off to the reader starts, in every language the rules read: the
# start of the text, a line, a sentence, or a clause after a comma ("Fine, have it your way").
CLAUSE_START = r"(?:^|(?<=[\n\"“«(¡¿])|(?<=[.!?,;:—–] )|(?<=[.!?]  ))"
# The sentence ends after the words: they are all it says.
SENTENCE_ENDS = r"(?=[ \t]*(?:[.!?;\n]|$))"
# The words stand alone: their sentence or clause ends after them ("Your loss, not mine").
CLAUSE_ENDS = r"(?=[ \t]*(?:[.!?,;:\n]|$))"
