"""The tone check as it was before it read context: the rules and check of Steady's
app/reply/tone.py and tone_rules.py at commit 33a1683, kept verbatim so bench_words.py can
print the figures from before beside today's. Not used by Steady itself."""

# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations

import re
from collections.abc import Iterable
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

_CAPS_WORD = re.compile(r"(?<![\w'])[A-Z][A-Z']*[A-Z](?![\w'])")
_BANG = re.compile(r"[!?]*![!?]*!+[!?]*|\?+!+[!?]*|!+\?+[!?]*")
_WORD = re.compile(r"\w+(?:'\w+)?")
# Someone else's words quoted in the reply (four words or more, or a "> " line) are not the
# owner's tone; shorter quotes stay checked, since "scare quotes" are themselves sarcasm.
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"|^[ \t]*>.*$", re.MULTILINE)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _QUOTATION.finditer(text)
        if m.group().lstrip().startswith(">") or len(_WORD.findall(m.group())) >= 4
    ]


_SHOUT_REASON = "Capitals and stacked exclamation marks read as shouting."
_SHOUT_SUGGESTION = "Write it in normal case with one full stop; calm words carry more weight."


def _shouting(text: str, known: frozenset[str]) -> list[ToneFlag]:
    flags: list[ToneFlag] = []
    run: list[re.Match[str]] = []

    def close_run() -> None:
        if not run:
            return
        start, end = run[0].start(), run[-1].end()
        # One short word in capitals is often a name; two in a row, or a long one, is shouting.
        if len(run) >= 2 or len(run[0].group()) >= 3:
            flags.append(
                ToneFlag(K.SHOUTING, start, end, text[start:end], _SHOUT_REASON, _SHOUT_SUGGESTION)
            )
        run.clear()

    for match in _CAPS_WORD.finditer(text):
        word = match.group()
        if word in ACRONYMS or word.lower() in known:
            close_run()
            continue
        if run and text[run[-1].end() : match.start()].strip(" ,") != "":
            close_run()
        run.append(match)
    close_run()
    for match in _BANG.finditer(text):
        flags.append(
            ToneFlag(
                K.SHOUTING,
                match.start(),
                match.end(),
                match.group(),
                _SHOUT_REASON,
                "End the sentence with a single full stop.",
            )
        )
    return flags


def check_tone(text: str, known_words: Iterable[str] = ()) -> list[ToneFlag]:
    """Every flag in the text, in order. `known_words` are names written in capitals on purpose."""
    known = frozenset(word.lower() for word in known_words)
    # Curly apostrophes match as straight ones; both are one character, so offsets hold.
    scan = text.replace("’", "'")
    candidates: list[ToneFlag] = []
    for rule in RULES:
        for match in rule.pattern.finditer(scan):
            candidates.append(
                ToneFlag(
                    rule.kind,
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],
                    rule.reason,
                    rule.suggestion,
                )
            )
    # Where rules overlap keep the one that explains most (kind first, then the longer words).
    candidates.sort(key=lambda f: (PRIORITY[f.kind], -(f.end - f.start), f.start))
    kept: list[ToneFlag] = []
    for flag in candidates:
        if all(flag.end <= other.start or flag.start >= other.end for other in kept):
            kept.append(flag)
    # Shouting can sit on top of other flags: "YOU ALWAYS" is both shouting and an absolute.
    kept.extend(_shouting(scan, known))
    quoted = _quoted_spans(scan)
    kept = [f for f in kept if not any(a <= f.start and f.end <= b for a, b in quoted)]
    kept.sort(key=lambda f: (f.start, f.end))
    return [
        flag if flag.words == text[flag.start : flag.end] else _with_words(flag, text)
        for flag in kept
    ]


def _with_words(flag: ToneFlag, text: str) -> ToneFlag:
    return ToneFlag(
        flag.kind, flag.start, flag.end, text[flag.start : flag.end], flag.reason, flag.suggestion
    )


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def hostility(text: str, flags: list[ToneFlag] | None = None) -> float:
    """Weighted flags per 100 words (short texts count as 40 words, so one word is not 100%)."""
    if flags is None:
        flags = check_tone(text)
    weight = sum(WEIGHT[flag.kind] for flag in flags)
    return round(weight * 100 / max(word_count(text), 40), 2)


@dataclass(frozen=True)
class ToneComparison:
    reply_score: float
    original_score: float
    more_hostile: bool
    message: str


def compare_tone(reply: str, original: str) -> ToneComparison:
    """Whether the reply reads as more hostile than the message it answers, said plainly."""
    reply_score, original_score = hostility(reply), hostility(original)
    more = reply_score > 0 and reply_score >= original_score
    if more:
        than = "more hostile than" if reply_score > original_score else "as hostile as"
        message = (
            f"Your reply reads as {than} the customer's message. Calm it down before you "
            "send it: fix the highlighted words or start over."
        )
    elif reply_score > 0:
        message = (
            "Your reply is calmer than the customer's message, but some words could still "
            "be read as hostile."
        )
    else:
        message = "Your reply reads as calm; nothing in it should inflame the customer."
    return ToneComparison(reply_score, original_score, more, message)


__all__ = ["ToneComparison", "check_tone", "compare_tone", "hostility", "word_count"]
