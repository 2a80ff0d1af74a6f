"""English threat phrases that are everyday words where they stand: "I would never sue you",
"I don't want to hurt you", "I'll write a review on Google, you were great".

The phrase lists (assets/threats/en.tsv) already look at what follows a phrase ("shoot you an
email", "hurt your feelings", "dead right"). What comes before is read here: a negation right
before the threat's verb, and praise around a review that is only the word "review". Neither
cancels a threat that says more ("I won't hesitate to sue you", "Don't make me hurt you", "If
you don't refund I'll sue you", "I won't sue you yet", "Thanks for nothing, I'll leave a
review").
"""

from __future__ import annotations

import re

from app.importing.threat_words import Hit

_FOLD = str.maketrans({"’": "'", "‘": "'"})
# Where a clause starts: what is said before it does not negate what follows.
_CLAUSE = re.compile(
    r"[.!?;:,\n()\"“”]|\b(?:if|when|unless|once|because|cause|but|so|or|and|then|until|till|"
    r"after|before|otherwise|else|or else)\b",
    re.IGNORECASE,
)
# A negation, then only words that carry it on to the verb ("would never", "not going to").
_NEGATED = re.compile(
    r"(?:\b(?:never|not|no one|nobody|nor)|n't)\s+"
    r"(?:(?:want|wanna|going|gonna|to|be|ever|even|plan|planning|intend|intending|really|need|"
    r"try|trying|mean|meant|wish|actually|seriously|would|like|have)\s+)*$",
    re.IGNORECASE,
)
# Words that turn a negation into a threat ("won't hesitate", "don't make me", "don't think").
_STILL_A_THREAT = re.compile(
    r"\b(?:hesitat\w*|afraid|scared|stop\w*|make me|think|believe|imagine|suppose|doubt\w*|"
    r"forget|kidding|joking|bluff\w*|problem|mistake|wait\w*|only|just|last|second|twice|"
    r"regret\w*|long|until|unless)\b",
    re.IGNORECASE,
)
# Or what follows it makes the negation a condition: "I won't sue you yet", "... if you pay".
_CONDITION_AFTER = re.compile(
    r"^[\s,]*(?:[\w']+\s+){0,3}?(?:yet|for now|unless|until|till|if|as long as|this time|today)\b",
    re.IGNORECASE,
)
_NEGATABLE = frozenset({"legal", "chargeback", "public", "vandalism", "physical"})
# A review phrase that says how bad it will be is a threat whatever comes around it.
_HARSH_REVIEW = re.compile(
    r"\b(?:bad|negative|terrible|awful|honest|scathing|1|one|worst|angry|real|truthful)\b",
    re.IGNORECASE,
)
_PLAIN_REVIEW = re.compile(r"^(?:post|write|leave)\b", re.IGNORECASE)
_PRAISE = re.compile(
    r"\byou(?: guys| all| lot)? (?:were|are|have been|'ve been|'re)(?: so| really| absolutely| "
    r"just| all)? (?:great|brilliant|amazing|fantastic|wonderful|lovely|excellent|superb|"
    r"perfect|so helpful|helpful|the best|a star|stars|kind|so kind)\b|"
    r"\b(?:great|good|glowing|positive|lovely|nice|excellent|brilliant|amazing|fantastic|"
    r"wonderful|rave|5[- ]star|five[- ]star|well[- ]deserved|happy) reviews?\b|"
    r"\b(?:highly|would|will|definitely|gladly) recommend\b|\brecommend you\b|"
    r"\bso (?:happy|pleased|grateful)\b|\b(?:thrilled|delighted)\b|\blove(?:d)? (?:it|the|your)\b",
    re.IGNORECASE,
)
# Praise does not outweigh a complaint in the same breath ("you were great until…").
_COMPLAINT = re.compile(
    r"\b(?:until|but|not|never|worst|terrible|awful|useless|disappoint\w*|refund\w*|unless|"
    r"nothing|no longer|used to|rubbish|shocking|disgrace\w*)\b|n't\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]+")


def _negated(before: str, after: str) -> bool:
    clause = _CLAUSE.split(before)[-1] if before else ""
    if not _NEGATED.search(clause) or _STILL_A_THREAT.search(clause):
        return False
    return not _CONDITION_AFTER.match(after)


def _sentences_around(text: str, start: int, end: int) -> str:
    """The sentence the words are in, and the one after it ("… a review. You were great!")."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closings = [m.end() for m in _SENTENCE_END.finditer(text, end)]
    closing = closings[1] if len(closings) > 1 else len(text)
    return text[opening:closing]


def _praised(hit: Hit, text: str) -> bool:
    if hit.kind != "public" or not _PLAIN_REVIEW.match(hit.words):
        return False
    if _HARSH_REVIEW.search(hit.words):
        return False
    around = _sentences_around(text, hit.start, hit.end)
    return bool(_PRAISE.search(around)) and not _COMPLAINT.search(around)


def is_everyday(hit: Hit, text: str) -> bool:
    """Whether an English threat phrase is everyday words in this text (see the module)."""
    if hit.language != "en" or hit.kind not in _NEGATABLE:
        return False
    folded = text.translate(_FOLD)
    return _negated(folded[: hit.start], folded[hit.end :]) or _praised(hit, folded)
