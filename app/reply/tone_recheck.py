"""The tone check's second look: each calmer wording fitted to its sentence (tone_fit), then
the sentence checked again with the words in place, so one click never brings a new flag on the
calmer words themselves or hides another hostile word of the sentence ("not something we can
agree to and quite honestly pathetic" would hide "pathetic")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.reply.tone_context import valences
from app.reply.tone_fit import fit, placed
from app.reply.tone_fit_german import verb_second
from app.reply.tone_harsh import FALLBACK, NEGATIONS, weights
from app.reply.tone_rules import K, ToneFlag

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|[.!?]+", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words that turn round or cool the words after them, besides the negations.
_TURNING = frozenset("but n't don't didn't isn't wasn't won't can't cannot".split())


def fitted(
    text: str,
    flags: Sequence[ToneFlag],
    check: Callable[[str], list[ToneFlag]],
    english: bool = True,
    german: bool = False,
) -> list[ToneFlag]:
    """The flags with their calmer words fitted to the text (and the flag moved to cover
    what one click replaces), or with none where they do not fit, or where the sentence with
    them in place reads worse: the calmer words flagged in turn, or another hostile word of
    the sentence no longer found (a "not" turning round the word after it). `check` gives the
    flags of a piece of text, calmer words as the rules have them."""
    scan = text.replace("’", "'")
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(scan)]
    ordered = sorted(flags, key=lambda f: f.start)
    near = _Near(sentences, ordered)
    found = []
    for flag in flags:
        calmer = (
            None
            if flag.replacement is None
            else placed(scan, flag.start, flag.end, flag.replacement)
        )
        place = None if calmer is None else fit(scan, flag.start, flag.end, calmer, english)
        leaves_out = calmer == ""
        # Words moved round them in German still name the flag by its own words.
        named_alone = leaves_out
        if place is not None and german:
            ordered_place = verb_second(scan, flag.start, flag.end, place, leaves_out)
            named_alone = leaves_out or ordered_place != place
            place = ordered_place
        if place is not None and not _still_reads(scan, place, flag, near, check):
            place = None
        found.append(_with_fit(text, flag, place, leaves_out, named_alone))
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _with_fit(
    text: str,
    flag: ToneFlag,
    place: tuple[int, int, str] | None,
    leaves_out: bool,
    named_alone: bool,
) -> ToneFlag:
    if place is None:
        return flag if flag.replacement is None else replace(flag, replacement=None)
    start, end, words = place
    suggestion = flag.suggestion
    if flag.kind is not K.SHOUTING:
        if words and not leaves_out:
            suggestion = f"{suggestion} For example: “{words}”."
        else:
            suggestion = f"{suggestion} The sentence reads better without these words."
    # Words left out are named as found; the stretch around them (a comma, the next word's
    # capital) is what the click changes. Calmer words for a whole clause name the clause.
    named = flag.words if named_alone else text[start:end]
    return replace(
        flag,
        start=start,
        end=end,
        words=named,
        suggestion=suggestion,
        replacement=words,
        leaves_out=leaves_out,
    )


def _inert(words: str) -> bool:
    """Calmer words that carry no feeling and turn nothing round."""
    rated = valences()
    _, pulls = weights()
    return all(
        word not in NEGATIONS
        and word not in _TURNING
        and rated.get(word, 0.0) >= 0.0
        and pulls.get(word, 0.0) > FALLBACK
        for word in (w.lower() for w in _WORD.findall(words))
    )


class _Near:
    """The sentences and flags of a text, found by position in a long reply without a scan."""

    def __init__(self, sentences: Sequence[tuple[int, int]], flags: Sequence[ToneFlag]) -> None:
        self.sentences = sentences
        self.sentence_starts = [s[0] for s in sentences]
        self.flags = flags
        self.flag_starts = [f.start for f in flags]

    def sentence(self, position: int) -> tuple[int, int] | None:
        index = bisect_right(self.sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def flags_within(self, first: int, last: int) -> list[ToneFlag]:
        low = bisect_left(self.flag_starts, first)
        high = bisect_left(self.flag_starts, last)
        return [f for f in self.flags[low:high] if f.end <= last and f.hostile]


def _still_reads(
    text: str,
    place: tuple[int, int, str],
    flag: ToneFlag,
    near: _Near,
    check: Callable[[str], list[ToneFlag]],
) -> bool:
    start, end, words = place
    first = (near.sentence(start) or (start, end))[0]
    last = max((near.sentence(max(start, end - 1)) or (start, end))[1], end)
    here = near.flags_within(first, last)
    if not any(f.start < end and start < f.end for f in here if f is not flag) and (
        len(here) == 1 and _inert(words)
    ):
        # Alone in its sentence, and words no rule or rating can hold against: nothing to lose
        # and nothing new (most flags; checking the sentence again would triple the cost).
        return True
    before = Counter(f.key for f in here)
    # Harsh words are a judgement on the whole sentence: with one of them calmer, the others
    # may rightly fall under the line. Any other flag must stay.
    kept = Counter(
        f.key
        for f in here
        if (f.end <= start or f.start >= end) and not (f.kind is K.HARSH is flag.kind)
    )
    now = [f for f in check(text[first:start] + words + text[end:last]) if f.hostile]
    # The calmer words must not be flagged themselves (words a flag used to hide, such as
    # harsh words beside an insult, may show now: they were there already).
    start -= first
    on_them = Counter(f.key for f in now if f.start < start + len(words) and start < f.end)
    return not (kept - Counter(f.key for f in now)) and not (on_them - before)


__all__ = ["fitted"]
