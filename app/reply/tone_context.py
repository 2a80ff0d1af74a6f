"""The mood of each sentence in a reply, so a rule can ask whether its words are hostile *here*.

Capitals on "AMAZING", "wow" before praise and "as always" in thanks are warm; the same words
beside a complaint are not. The mood is a sum of word valences from the VADER lexicon (human
ratings of single words, -4 to +4), with "not" turning a word round and "but" weighting the
clause after it, as VADER does; it is one signal among the rules, never a verdict alone, since
an apology is full of negative words.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import assets_folder

# A sentence runs to its end marks, or to a line break (a greeting, a list item).
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|[.!?]+", re.MULTILINE)
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_NEGATIONS = frozenset(
    "not no never nor none nothing nobody neither without hardly barely cannot cant dont "
    "doesnt didnt isnt wasnt arent werent wont wouldnt shouldnt couldnt aint".split()
)
_BOOSTERS = frozenset("so very really extremely totally absolutely utterly incredibly".split())
# Words of candour: rated warm alone, but "quite honestly pathetic" is no praise. They carry
# no feeling of their own in a sentence.
_CANDOUR = frozenset("honestly truly".split())
# What makes a negative sentence an apology or sympathy rather than an attack.
_KINDLY = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|unfortunately|regret|understand|sympath\w*|"
    r"condolences?|i know how|must have been|that sounds|I can see why|I hear you|"
    r"I can (?:only )?imagine|I know this|forgive us|our mistake|our fault)\b",
    re.IGNORECASE,
)


# Negative words that name what happened rather than judge anyone: an owner must be able to
# write "the parcel was lost" or "this is not a response to any threat".
FACTS = frozenset(
    """threat threats threatened threatening problem problems issue issues lost lose loses losing
    loss error errors mistake mistakes delay delayed damage damaged broke broken complaint
    complaints complain fail failed fails failure failures defective faulty cancel cancelled
    canceled refund refunds dispute disputes risk risks late wrong missing sorry unfortunately
    fault faults bug bugs crash crashed stolen theft fraud scam abuse abusive insulting
    harassment harassing rude angry upset frustrated frustrating frustration disappointed
    disappointing disappointment worried concern concerns concerned confused confusing unclear
    difficult hard pain inconvenience trouble sick ill died death dead accident urgent
    emergency warning warn warned block blocked ban banned close closed reject rejected refused
    deny denied charge charged overcharged""".split()
)


# Words whose calmer form the "harsh words" flag can offer (other strong words only get advice).
# Each calmer word is mild enough never to be flagged itself, in any sentence ("poor" would be:
# "It was poor." rates as harsh). "waste" has none: it is a verb as often as a noun.
SOFTER = {
    "terrible": "below standard",
    "awful": "below standard",
    "horrible": "below standard",
    "horrendous": "below standard",
    # "worst" has no calmer word: "the poorest customer" is still an insult (and reads as
    # "least wealthy").
    "hate": "dislike",
    "hated": "did not like",
    "disgusting": "not acceptable",
    "disgusted": "disappointed",
    "useless": "unhelpful",
    "furious": "upset",
    "angry": "upset",
    "stupid": "unwise",
    "dumb": "unwise",
    "sucks": "is below standard",
    "suck": "fall short",
    "crap": "below standard",
    "lousy": "below standard",
    "dreadful": "below standard",
    "atrocious": "below standard",
    "shameful": "not right",
    "disgrace": "letdown",
    "hopeless": "difficult",
    "worthless": "of little use",
    "failure": "problem",
    "failures": "problems",
    "fail": "stop working",
    "fails": "stops working",
    "scam": "dispute",
    "fraud": "dispute",
    "liar": "mistaken",
    "lied": "was mistaken",
    "rude": "curt",
    "incompetence": "mistakes",
    "incompetent": "mistaken",
    "nightmare": "difficult time",
    "annoying": "inconvenient",
    "annoyed": "concerned",
    "irritating": "inconvenient",
    "pathetic": "below standard",
    "insane": "surprising",
    "crazy": "surprising",
    "dull": "plain",
    "boring": "slow",
    "mess": "mix-up",
    "disaster": "setback",
    "nasty": "not kind",
    "spiteful": "not kind",
    "vile": "not kind",
    "cruel": "harsh",
    "dishonest": "inaccurate",
    "ugly": "plain",
    "junk": "faulty",
    "wasted": "lost",
    "miserable": "hard",
    "hurtful": "not kind",
    "horrific": "serious",
    "disastrous": "serious",
    "lame": "not convincing",
    "ridiculous": "surprising",
    "absurd": "surprising",
    "idiotic": "unwise",
    "shoddy": "below standard",
    "stinks": "is below standard",
    "garbage": "below standard",
    "trash": "below standard",
    "hateful": "not kind",
    "disappointment": "letdown",
    "disappointing": "below what we hoped",
    "unbearable": "very hard",
    "outrageous": "surprising",
    # Judgements the lexicon lacks, weighed by bench/train_harsh.py.
    "pointless": "unhelpful",
    "drivel": "thin writing",
    "mediocre": "average",
    "tedious": "slow",
    "bland": "plain",
    "flimsy": "light",
    "lacking": "missing",
    "lacks": "is missing",
    "devoid": "short",
    "unnecessary": "not needed",
    "inept": "inexperienced",
    "clumsy": "awkward",
    "sloppy": "not careful enough",
    "overpriced": "expensive",
    "ripoff": "expensive",
    "unreliable": "inconsistent",
    "flawed": "imperfect",
    "banal": "ordinary",
    "uninteresting": "plain",
    "forgettable": "ordinary",
    "tiresome": "tiring",
    "insufferable": "hard to bear",
    "implausible": "hard to believe",
    "unconvincing": "not convincing",
    "amateurish": "basic",
    "laughable": "not convincing",
    "overrated": "less than expected",
    "meandering": "long",
    "hackneyed": "familiar",
    "crass": "tactless",
    "preachy": "insistent",
    "manipulative": "pushy",
    "melodramatic": "dramatic",
    "vulgar": "not polite",
    "unimaginative": "plain",
    "preposterous": "surprising",
    "senseless": "hard to understand",
    "unwatchable": "hard to watch",
    "unfunny": "not to our taste",
}


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    table: dict[str, float] = {}
    for line in (
        (assets_folder() / "tone" / "valence_en.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line and not line.startswith("#"):
            word, value = line.split("\t")[:2]
            table[word] = float(value)
    return table


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    valence: float  # as it reads here: turned round after "not", raised after "very"
    listed: float  # as the lexicon has it, out of context


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[Word, ...]  # only the words that carry a feeling
    kindly: bool  # an apology or sympathy: negative words there are not aimed at anyone
    text: str = ""
    # Holds words that are hostile whatever their context (an insult, blame): never warm.
    cold: bool = False
    # Every word of the sentence in lower case (English only), for the harsh-words weights.
    lowered: tuple[str, ...] = ()

    def mood(self, leaving_out: tuple[int, int] | None = None) -> float:
        """-1 (hostile) to +1 (warm), as VADER's compound score, optionally without some words
        (so "wow" does not make its own sentence warm)."""
        total = sum(
            w.valence
            for w in self.words
            if leaving_out is None or w.end <= leaving_out[0] or w.start >= leaving_out[1]
        )
        return total / math.sqrt(total * total + 15) if total else 0.0

    def is_warm(self, leaving_out: tuple[int, int] | None = None) -> bool:
        """Praise or thanks: clearly positive words, and no strongly negative one. A negative
        word turned round ("never lose") is not praise."""
        if self.cold:
            return False
        kept = [
            w
            for w in self.words
            if leaving_out is None or w.end <= leaving_out[0] or w.start >= leaving_out[1]
        ]
        if any(w.valence <= -1.5 for w in kept):
            return False
        total = sum(w.valence for w in kept if w.listed > 0) + sum(
            w.valence for w in kept if w.valence < 0
        )
        return total / math.sqrt(total * total + 15) >= 0.25 if total > 0 else False

    def is_neutral(self) -> bool:
        return all(w.valence > -1.0 for w in self.words) and abs(self.mood()) < 0.25


def read_sentences(text: str, english: bool = True) -> list[Sentence]:
    """Each sentence of the text with the feeling its words carry (for English; other
    languages get the sentences alone)."""
    table = valences() if english else {}
    found = []
    for match in _SENTENCE.finditer(text):
        # Other languages have no valence table: their sentences carry no word feelings.
        tokens = list(_TOKEN.finditer(match.group())) if english else []
        lowered = [t.group().lower() for t in tokens]
        but_at = lowered.index("but") if "but" in lowered else None
        words = []
        # A negation turns round the first rated word after it, not every word in reach:
        # "never fails to engage" is praise.
        spent = -1
        # Only the rated words need the work below: find them in one pass first.
        rated = [
            (i, table[word] if word in table else table[word.replace("'", "")])
            for i, word in enumerate(lowered)
            if (word in table or ("'" in word and word.replace("'", "") in table))
            and word not in _CANDOUR
        ]
        for i, listed in rated:
            token = tokens[i]
            value = listed
            reach = range(max(0, i - 3, spent + 1), i)
            # "No" negates only the word right after it ("no good"), not "No, it's great".
            if any(
                lowered[j].replace("'", "") in _NEGATIONS and lowered[j] != "no" for j in reach
            ) or (
                i > 0 and lowered[i - 1] == "no" and tokens[i].start() - tokens[i - 1].end() == 1
            ):
                value *= -0.74
                spent = i
            if i > 0 and lowered[i - 1] in _BOOSTERS:
                value += math.copysign(0.293, value)
            if but_at is not None:
                value *= 1.5 if i > but_at else 0.5
            start = match.start() + token.start()
            words.append(Word(start, start + len(token.group()), value, listed))
        found.append(
            Sentence(
                match.start(),
                match.end(),
                tuple(words),
                bool(_KINDLY.search(match.group())),
                match.group(),
                lowered=tuple(lowered),
            )
        )
    return found


def sentence_at(sentences: Sequence[Sentence], position: int) -> Sentence | None:
    index = index_at(sentences, position)
    return None if index is None else sentences[index]


def index_at(sentences: Sequence[Sentence], position: int) -> int | None:
    # Sentences come in order: a long pasted reply has thousands, and each flag asks.
    index = bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    if index >= 0 and position < sentences[index].end:
        return index
    return None


def warm_here(sentences: Sequence[Sentence], start: int, end: int) -> bool:
    """Whether words at start..end sit in praise or thanks: their sentence is warm without them,
    or it is a bare exclamation ("Wow!", "IT'S FRIDAY!") beside a warm sentence."""
    index = index_at(sentences, start)
    if index is None:
        return False
    sentence = sentences[index]
    if sentence.is_warm((start, end)):
        return True
    # A bare exclamation is a few words, none of them negative even when turned round.
    text_words = _TOKEN.findall(sentence.text) if sentence.text else []
    if len(text_words) > 4 or any(w.listed <= -1.0 for w in sentence.words):
        return False
    neighbours = [*sentences[max(0, index - 1) : index], *sentences[index + 1 : index + 2]]
    return any(s.is_warm() for s in neighbours)


def valence(word: str) -> float:
    return valences().get(word.lower(), 0.0)
