"""English threat phrases that are everyday words where they stand: "I would never sue you",
"I don't want to hurt you", "I'll write a review on Google, you were great".

The phrase lists (assets/threats/en.tsv) already look at what follows a phrase ("shoot you an
email", "hurt your feelings", "dead right"). What comes before is read here: a negation right
before the threat's verb, and praise around a review that is only the word "review". Neither
cancels a threat that says more ("I won't hesitate to sue you", "Don't make me hurt you", "If
you don't refund I'll sue you", "I won't sue you yet", "No one would want to hurt you more
than I do", "Thanks for nothing, I'll leave a review").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property

from app.core.shown_text import shown
from app.importing.threat_words import Hit


def _fold(text: str) -> str:
    # Curly apostrophes read as straight ones; replaced, not translated: translate() reads
    # text with other letters than ASCII many times slower.
    return text.replace("’", "'").replace("‘", "'")


# Where a clause starts: what is said before it does not negate what follows.
_CLAUSE = re.compile(
    r"[.!?;:,\n()\"“”]|\b(?:if|when|unless|once|because|cause|but|so|or|and|then|until|till|"
    r"after|before|otherwise|else|or else)\b",
    re.IGNORECASE,
)
# A negation, then only words that carry it on to the verb ("would never", "not going to").
_CARRY = (
    r"want|wanna|going|gonna|to|be|ever|even|plan|planning|intend|intending|really|need|"
    r"try|trying|mean|meant|wish|actually|seriously|would|like|have"
)
_NEGATED = re.compile(
    rf"(?:\b(?:never|not|no one|nobody|nor)|n't)\s+(?:(?:{_CARRY})\s+)*$", re.IGNORECASE
)
# What the last stretch before a threat must be if a negation further back carries on to it.
_CARRIED = re.compile(rf"\S*(?:\s+(?:{_CARRY}|one))*\s+", re.IGNORECASE)
_NEAR = 80  # characters before a threat where its negation and clause are looked for first
_LOCAL = 800  # a clause longer than this is read with marks found once in the whole text
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
# A comparison with the speaker after "no one / nobody …" makes it the speaker's own wish: "No
# one would want to hurt you more than I do", "… as badly as me".
_NOBODY = re.compile(r"\b(?:no[- ]?one|nobody|no man|none of them)\b", re.IGNORECASE)
_COMPARED_AT = re.compile(
    r"[\s,]*(?:[\w']+\s+){0,3}?(?:more|worse|harder|sooner|rather|(?:as|so) (?:much|badly|bad|"
    r"hard|quickly|fast)) (?:than|as) (?:I|me|myself)\b",
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


# The same, matched where the words after a threat begin in the whole text (no "^" there).
_CONDITION_AT = re.compile(_CONDITION_AFTER.pattern.removeprefix("^"), re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")
_LONGEST_CLAUSE_WORD = 9  # "otherwise"


class Everyday:
    """One text's everyday-English reading, for each threat phrase found in it.

    Each threat looks only near itself: for a negation in the 80 characters before it, and
    for where its clause starts in the 80, then 800 before; the whole text's clause marks and sentence
    ends are found once, for all its threats, only when a clause or a sentence is longer. So
    a long rant with hundreds of threats is read in a few passes, not once per threat. The
    answers are those of reading the words before a threat on their own, as if the text
    ended where the threat begins (the words after it still count, as the module says).
    """

    def __init__(self, text: str, backwards: bool = True) -> None:
        self._text = text
        self._backwards = backwards
        self._praise_between: dict[tuple[int, int], bool] = {}

    # Each found on first need: most mail has no negation near a threat and no plain review.
    @cached_property
    def _folded(self) -> str:
        # Read as shown (app.core.shown_text): a line the mail program broke is one sentence.
        return _fold(shown(self._text, self._backwards).read)

    @cached_property
    def _as_stored(self) -> Everyday:
        return Everyday(self._text, backwards=False)

    @cached_property
    def _clause_ends(self) -> list[int]:
        return [mark.end() for mark in _CLAUSE.finditer(self._folded)]

    @cached_property
    def _sentence_ends(self) -> tuple[list[int], list[int]]:
        runs = list(_SENTENCE_END.finditer(self._folded))
        return [run.start() for run in runs], [run.end() for run in runs]

    @cached_property
    def _still_threats(self) -> tuple[list[int], list[int]]:
        found = list(_STILL_A_THREAT.finditer(self._folded))
        return [words.start() for words in found], [words.end() for words in found]

    def covers(self, hit: Hit) -> bool:
        """Whether an English threat phrase is everyday words here (see the module)."""
        if hit.language != "en" or hit.kind not in _NEGATABLE:
            return False
        if not hit.as_shown and self._backwards:
            return self._as_stored.covers(hit)
        if hit.read_start < 0:  # made by hand, not by threat_words.hits: read as written
            hit = replace(hit, read_start=hit.start, read_end=hit.end, reading=hit.words)
        return self._negated(hit.read_start, hit.read_end) or self._praised(hit)

    def _inside_a_word(self, at: int) -> bool:
        folded = self._folded
        return 0 < at < len(folded) and bool(
            _WORD_CHAR.match(folded, at - 1) and _WORD_CHAR.match(folded, at)
        )

    def _clause_start(self, start: int) -> int:
        """Where the clause that ends at `start` begins, as if the text ended at `start`."""
        folded = self._folded
        for reach in (_NEAR, _LOCAL):  # most clauses are short: the near words first
            near = max(0, start - reach)
            last = None
            for mark in _CLAUSE.finditer(folded, near, start):
                last = mark.end()
            if last is not None or near == 0:
                return last if last is not None else 0
        # A clause longer than that: the whole text's marks, found once for all its threats.
        if self._inside_a_word(start):
            # Cut there, the word before may become a whole clause word ("if|sue").
            window = max(0, start - _LONGEST_CLAUSE_WORD - 1)
            if any(m.end() == start for m in _CLAUSE.finditer(folded, window, start)):
                return start
        # A clause word or mark that ends by `start` in the whole text ends there in the cut one.
        ends = self._clause_ends
        index = bisect_right(ends, start)
        return ends[index - 1] if index else 0

    def _negated(self, start: int, end: int) -> bool:
        folded = self._folded
        # Searched in place, not sliced: \b reads the text around, as at a clause's edge.
        near = max(0, start - _NEAR)
        if not _NEGATED.search(folded, near, start):
            # None near: one further back only if all the words between could carry it on.
            if near == 0 or not _CARRIED.fullmatch(folded, near, start):
                return False
            clause = self._clause_start(start)
            if clause >= near or not _NEGATED.search(folded, clause, start):
                return False
        else:
            clause = self._clause_start(start)
            if not _NEGATED.search(folded, max(clause, near), start):
                return False
        if self._still_a_threat(clause, start):
            return False
        if _COMPARED_AT.match(folded, end) and _NOBODY.search(folded, clause, start):
            return False
        return not _CONDITION_AT.match(folded, end)

    def _still_a_threat(self, clause: int, start: int) -> bool:
        if start - clause <= _LOCAL or self._inside_a_word(start):
            return bool(_STILL_A_THREAT.search(self._folded, clause, start))
        # A long clause: those words in the whole text, found once, in order and apart; the first
        # in the clause decides, unless the clause is cut inside a word (read as cut, above).
        starts, ends = self._still_threats
        index = bisect_left(starts, clause)
        return index < len(starts) and ends[index] <= start

    def _sentences_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence the words are in, and the one after it ("… a review. You were great!")."""
        starts, ends = self._sentence_ends
        index = bisect_right(ends, start)
        opening = ends[index - 1] if index else 0
        if index < len(starts) and starts[index] < start:
            opening = start  # cut where the words begin, a run of marks ends there
        after = bisect_right(ends, end)
        closing = ends[after + 1] if after + 1 < len(ends) else len(self._folded)
        return opening, closing

    def _praised(self, hit: Hit) -> bool:
        words = hit.reading or hit.words
        if hit.kind != "public" or not _PLAIN_REVIEW.match(words):
            return False
        if _HARSH_REVIEW.search(words):
            return False
        between = self._sentences_around(hit.read_start, hit.read_end)
        praised = self._praise_between.get(between)
        if praised is None:  # once for each sentence, however many reviews it names
            around = self._folded[between[0] : between[1]]
            praised = bool(_PRAISE.search(around)) and not _COMPLAINT.search(around)
            self._praise_between[between] = praised
        return praised


def is_everyday(hit: Hit, text: str) -> bool:
    """Whether an English threat phrase is everyday words in this text (see the module); for
    many phrases in one text, Everyday(text) reads it once."""
    return Everyday(text).covers(hit)
