"""The tone check's rules: the words that read as hostile in a reply, each kind with why and a
calmer way to say it, and the capitals that are names rather than shouting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class ToneKind(StrEnum):
    PROFANITY = "profanity"
    THREAT = "threat"
    SPITE = "spite"
    ANGER = "anger"
    AT_READER = "aimed-at-reader"
    BLAME = "blame"
    CONDESCENSION = "condescension"
    SARCASM = "sarcasm"
    PASSIVE_AGGRESSIVE = "passive-aggressive"
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
    ToneKind.ANGER: 2.0,
    ToneKind.AT_READER: 2.0,
    ToneKind.BLAME: 2.0,
    ToneKind.CONDESCENSION: 2.0,
    ToneKind.SARCASM: 2.0,
    ToneKind.SHOUTING: 2.0,
    ToneKind.PASSIVE_AGGRESSIVE: 1.0,
    ToneKind.ABSOLUTE: 1.0,
}


@dataclass(frozen=True)
class ToneFlag:
    kind: ToneKind
    start: int  # index into the text, in code points
    end: int
    words: str  # exactly text[start:end]
    reason: str
    suggestion: str

    @property
    def key(self) -> str:
        """Identifies the same problem across edits (positions move as the owner types)."""
        return f"{self.kind.value}:{' '.join(self.words.lower().split())}"


@dataclass(frozen=True)
class _Rule:
    kind: ToneKind
    pattern: re.Pattern[str]
    reason: str
    suggestion: str


def _rule(kind: ToneKind, phrases: str, reason: str, suggestion: str) -> _Rule:
    # Whole words only; apostrophes count as part of a word ("you'll", not "you").
    pattern = re.compile(rf"(?<![\w'])(?:{phrases})(?![\w'])", re.IGNORECASE)
    return _Rule(kind, pattern, reason, suggestion)


K = ToneKind
RULES: tuple[_Rule, ...] = (
    _rule(
        K.PROFANITY,
        r"damn(?:ed|it)?|hell|crap(?:py)?|bloody|bull ?shit|shit\w*|fuck\w*|f\*+k\w*|wtf|"
        r"pissed(?: off)?|piss off|bastards?|arse|ass(?:hole)?s?|bitch\w*|screw you|sod off|"
        r"bollocks|jerks?",
        "Swearing, even mild, is what gets quoted back and ends the conversation.",
        "Leave the word out; say what you need in plain words.",
    ),
    _rule(
        K.THREAT,
        r"I(?:'ll| will| am going to) (?:sue|report you|take you to court|expose you|ruin you|"
        r"make sure everyone knows)|see you in court|(?:my|our) lawyers? will|"
        r"you'll be hearing from|or else|watch yourself|you've been warned|you have been warned",
        "Sounds like a threat; it can be used against you and escalates the dispute.",
        "State the consequence as policy: “If this continues, we will close the account "
        "under our terms.”",
    ),
    _rule(
        K.SPITE,
        r"you(?:'ll| will) regret|good riddance|don't bother|hope you're happy|"
        r"serves you right|see how you like|don't let the door|have fun (?:with|finding)|"
        r"you deserve (?:it|this|what)|I couldn't care less|not my problem|your problem",
        "Reads as spite: it is written to hurt, not to settle anything.",
        "Close the matter kindly: “I hope you find what you need.”",
    ),
    _rule(
        K.ANGER,
        r"ridiculous|absurd|pathetic|outrageous|insane|stupid|idiot(?:ic|s)?|moron(?:ic|s)?|"
        r"incompetent|ignorant|clueless|sick (?:and tired )?of|fed up|(?:I've|I have) had enough|"
        r"how dare you|shut up|waste of (?:my|our) time|I can't believe you|liars?|"
        r"you(?:'re| are) lying|nonsense|rubbish|garbage",
        "Angry or insulting words; they show the customer they got to you.",
        "Name the problem calmly: “This is not something we can agree to, and here is why.”",
    ),
    _rule(
        K.AT_READER,
        r"customers like you|people like you|you people|someone like you|your kind|"
        r"what is wrong with you|what's wrong with you|who do you think",
        "Lumps the customer into a group or attacks them as a person; it reads as contempt.",
        "Speak to this customer about this problem: “I understand the upload failed for you.”",
    ),
    _rule(
        K.AT_READER,
        r"you clearly|you obviously|you apparently|you seem to think|you think you|"
        r"you (?:just )?don't (?:seem to )?(?:get|understand)|you (?:can't|cannot) (?:even )?read|"
        r"you didn't (?:even )?read|did you (?:even )?read|"
        r"you need to (?:calm down|relax|understand|learn)",
        "Aimed at the person, not the problem: it tells them what they think or are.",
        "Describe the facts instead: “The order history shows…”.",
    ),
    _rule(
        K.BLAME,
        r"your (?:own )?fault|you failed to|you should have|you were supposed to|because of you|"
        r"you caused|you broke|you messed up|you didn't bother|"
        r"if you had (?:bothered|read|listened|followed)|that's on you|"
        r"only have yourself to blame|user error",
        "Puts the blame on the customer; they will defend themselves instead of listening.",
        "Say what happened and what fixes it: “The setting was changed on 3 May; "
        "here is how to restore it.”",
    ),
    _rule(
        K.CONDESCENSION,
        r"as anyone (?:would|could|can) (?:see|know|tell)|any reasonable person|"
        r"(?:it's|it is) not rocket science|let me (?:explain|spell) (?:this|it) (?:out )?"
        r"(?:slowly|again|for you)|for your information|educate yourself|I'm sure even you|"
        r"even you (?:can|could|should)|try to understand|(?:it's|it is) (?:really )?(?:very )?"
        r"simple|basic common sense|common sense|calm down|read the manual|rtfm|learn to read",
        "Talks down to the reader; it makes them feel stupid, and they will push back.",
        "Give the step plainly: “The setting is under Account, then Billing.”",
    ),
    _rule(
        K.SARCASM,
        r"oh,? (?:great|wonderful|brilliant|perfect|really)|thanks (?:a lot|for nothing)|"
        r"gee,? thanks|good luck with that|what a (?:surprise|shock)|shockingly|"
        r"congratulations on|yeah,? right|sure you (?:did|do|have)|bless your heart|"
        r"must be nice|how (?:nice|lovely|wonderful) (?:of you|for you)|clearly a genius|"
        r"nice try|wow",
        "Sarcasm: written it cannot be heard as a joke, only as mockery.",
        "Say what you mean directly, in plain words.",
    ),
    _rule(
        K.SARCASM,
        r"your (?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|'[^'\n]{1,40}')",
        "Quotation marks around their words read as mockery.",
        "Use their words plainly, without quotation marks.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"as I (?:have )?(?:already |previously )?(?:said|stated|mentioned|explained|told you)|"
        r"as (?:previously|already) (?:stated|mentioned|explained)|once again",
        "Reminds them they did not listen; it reads as irritation.",
        "Repeat the point kindly: “To recap, …”.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"(?:as )?per my (?:last|previous|earlier) (?:e-?mail|message|reply|letter)",
        "A well-known way of saying “you did not read my email”.",
        "Restate the information: “In my email of 3 May I explained that …”.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"obviously",
        "“Obviously” suggests the reader should have known; it talks down.",
        "Leave it out; the fact stands on its own.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"with (?:all )?due respect|no offen[cs]e,? but|not to be rude,? but|"
        r"I don't mean to be rude,? but",
        "This preface announces that something rude is coming.",
        "Drop the preface and say the point politely.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"how many times|I'm not sure how else to (?:explain|say)|"
        r"I don't know how (?:else|many more times)",
        "Sounds exasperated with the reader.",
        "Explain it once more in different words, or offer a call.",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"(?:I'm|I am|we're|we are) sorry (?:that )?you feel|sorry if you (?:feel|felt|were) "
        r"(?:offended|upset|that way)|sorry you feel that way",
        "A non-apology: it blames their feelings, not what happened.",
        "Acknowledge plainly: “I understand this has been frustrating.”",
    ),
    _rule(
        K.PASSIVE_AGGRESSIVE,
        r"thanks in advance for your (?:patience|understanding|cooperation)|friendly reminder|"
        r"please (?:re-?read|refer back to)|going forward,? (?:please )?(?:make sure|ensure)",
        "A set phrase that reads as a scolding in polite clothing.",
        "Ask directly and thank them when it is done.",
    ),
    _rule(
        K.ABSOLUTE,
        r"always|never|every single time|every time|constantly|all the time|nobody|no one|"
        r"everyone knows|everybody knows",
        "Absolutes are rarely exactly true and invite an argument about the exceptions.",
        "Say what happened this time, with the date: “On 3 May the upload failed.”",
    ),
)
# Capitals that are names for things, not shouting.
ACRONYMS = frozenset(
    [
        "PDF",
        "USD",
        "EUR",
        "GBP",
        "CAD",
        "AUD",
        "NZD",
        "CHF",
        "JPY",
        "INR",
        "ZAR",
        "FAQ",
        "URL",
        "VAT",
        "GST",
        "SKU",
        "ETA",
        "CEO",
        "CTO",
        "API",
        "USB",
        "DVD",
        "CSV",
        "ZIP",
        "HTML",
        "HTTP",
        "HTTPS",
        "SMS",
        "IBAN",
        "PIN",
        "ID",
        "IP",
        "OK",
        "UK",
        "US",
        "USA",
        "EU",
        "TV",
        "PC",
        "IT",
        "HR",
        "PO",
        "PS",
        "FYI",
        "AM",
        "PM",
        "UTC",
        "GMT",
        "BST",
        "CET",
        "EST",
        "PST",
        "CST",
        "ISO",
        "DNS",
        "SSL",
        "TLS",
        "VPN",
        "IOS",
        "NB",
        "RE",
        "FW",
        "FWD",
    ]
)
