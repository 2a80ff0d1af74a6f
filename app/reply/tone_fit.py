"""Fitting a calmer wording into the sentence it goes in, so one click leaves a sentence that
reads: the capital where a sentence starts and nowhere else, the rest of a clause replaced
with it when the calmer words stand for a whole clause, and, when words are left out, the
comma, space or full stop that went with them. When the calmer words cannot fit (a lead-in
with nothing after it, a phrase before a noun), no one-click wording is offered: the owner
finds the words.

A fit is the stretch of the text to replace and what goes there; the window replaces exactly
the flag's stretch, so a flag is moved to cover it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

# Words that carry on a sentence after a predicate ("pathetic and…", "absurd to…"): before any
# other word, a single word replaced by several was describing a noun ("an absurd policy").
_CARRY_ON = frozenset(
    """a about again after against all also although an and any anyway as at because before
    but by considering especially even for frankly from given here honestly however if in
    indeed into it just lately like now of on or overall quite really right since so than
    that the then there these this those though to too today towards under until very was
    what when where whether which while who why with without yet""".split()
)
# Past participles that cannot follow "please" ("you should have told us").
_PARTICIPLES = frozenset(
    """been done gone seen known written given taken paid bought made said had got gotten
    brought thought found left kept put sent told spent lost won meant understood""".split()
)
# Words that cannot end a clause ("This is.", "It was so."), and words that only say how much.
_DANGLING = frozenset(
    """is are was were be been being am a an the of to for with and or but my your our their
    its this that these those such than as at in on by from about into""".split()
)
_INTENSIFIERS = frozenset(
    "so very too really quite totally completely absolutely utterly just most more".split()
)
# Swear words used only for emphasis: "so damn slow" reads as "so slow" without them.
_SWORE_FOR_EMPHASIS = frozenset("damn damned bloody fucking fuckin freaking effing".split())
_NOT_OURS = re.compile(
    r",?\s*(?:not|pas|nicht|no) (?:ours|mine|la nôtre|la mienne|unsere|meine|la nuestra|la mía)\b",
    re.IGNORECASE,
)
_SINGULAR = frozenset("is was has does doesn't isn't wasn't hasn't".split())
# Words that open a yes/no question.
_QUESTION = re.compile(r"(?:did|do|does|are|is|have|has|can|will|would|could)\b", re.IGNORECASE)
_PRONOUNS = frozenset("i we you he she they it this that there".split())
_VERBS = frozenset("is are was were be do does did has have had will would can could".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Where a clause ends: its punctuation, a line break, or a conjunction starting a new clause.
_CLAUSE_END = re.compile(
    r"[,;:.!?\n]|\s(?:and|but|so|because|as|since|while)\s+"
    r"(?=(?:I|we|you|he|she|they|it|this|that|there)\b)",
    re.IGNORECASE,
)
_SENTENCE_MARKS = ".!?"
_NAMED_TIMES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|june|july|august|september|october|november|december|christmas|easter)\b"
)
# Words that keep their capital in a sentence written in capitals.
_ALWAYS_CAPITAL = re.compile(r"(?<![\w'])i(?=$|[^\w']|'(?:m|ll|ve|d)\b)")
_OPENERS = "\"'“‘«„(["


class Clause(str):
    """Calmer words that say a whole clause: they take the place of the rest of the clause
    the hostile words start ("Thanks for wasting my time" → "I am disappointed by how this
    was handled"), not only of the words matched."""

    __slots__ = ()


class Alone(str):
    """Words to leave out only where they stand alone: a sentence of their own ("Whatever."),
    or set off by a comma ("Fine, whatever."); in the middle of a clause ("some people have",
    "talking shit") leaving them out would leave the clause short of a word."""

    __slots__ = ()


class Plural(str):
    """Calmer words that take a plural verb ("nobody reads" → "few people read"): offered only
    where the verb after them is not singular."""

    __slots__ = ()


class LeadIn(str):
    """Calmer words for a lead-in that only fits at the start of a sentence ("As I said
    before, …" → "To recap, …"). Elsewhere the lead-in is left out where commas set it off
    ("The refund, as I said, went out" → "The refund went out"), and a lead-in with nothing
    after it ("As I said.") goes with its sentence."""

    __slots__ = ()


def placed(text: str, start: int, end: int, calmer: str) -> str:
    """The calmer words for text[start:end] where they stand: a lead-in's words at the start
    of a sentence with more to say, "" (leave them out) anywhere else."""
    if not isinstance(calmer, LeadIn):
        return calmer
    rest = re.match(r"[ \t]*,?[ \t]*(\w)?", text[end:])
    if starts_sentence(text, start) and rest is not None and rest.group(1):
        return str(calmer)
    return "" if starts_sentence(text, start) else Alone("")


def starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t" + _OPENERS)
    return not before or before[-1] in _SENTENCE_MARKS + "\n"


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _needs_more(calmer: str) -> bool:
    """A lead-in: calmer words that only make sense with words after them."""
    last = calmer.rstrip().lower()
    return last.endswith(
        (
            ":",
            ";",
            " but",
            " to",
            " please",
            " you",
            " about",
            " of",
            " with",
            " find",
            " note",
            " not",
            " this led",
            " damaged",
        )
    )


def _clause_starts(text: str, start: int) -> bool:
    """Whether a clause can start here: a sentence start, after a comma, colon or semicolon,
    or after a conjunction."""
    if starts_sentence(text, start):
        return True
    before = text[:start].rstrip()
    return (
        before.endswith((",", ";", ":", "—", "–"))
        or re.search(r"(?<![\w'])(?:and|but|so|because|then|well|oh)$", before, re.IGNORECASE)
        is not None
    )


def fit(
    text: str, start: int, end: int, calmer: str, english: bool = True
) -> tuple[int, int, str] | None:
    """(start, end, words): what to replace so that `calmer` takes the place of
    text[start:end] and the sentence still reads, or None when it cannot."""
    if calmer == "":
        found = _left_out(text, start, end, alone=isinstance(calmer, Alone))
    else:
        found = _put_in(text, start, end, calmer, english)
    if found is None or not _reads(text, *found):
        return None
    return found


def _put_in(
    text: str, start: int, end: int, calmer: str, english: bool
) -> tuple[int, int, str] | None:
    if isinstance(calmer, Clause):
        if not _clause_starts(text, start):
            return None
        found = _CLAUSE_END.search(text, end)
        end = found.start() if found else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        # The calmer words are a statement: "Are you kidding me?!" ends with a full stop.
        marks = re.match(r"[!?]+", text[end:])
        if marks is not None:
            return (
                start,
                end + marks.end(),
                f"{_capital(calmer) if starts_sentence(text, start) else calmer}.",
            )
    words = _capital(calmer) if starts_sentence(text, start) else calmer
    after = text[end:]
    next_word = _WORD.match(after.lstrip(" "))
    following = next_word.group().lower() if next_word and after[:1] == " " else ""
    if isinstance(calmer, Plural) and (
        following in _SINGULAR or (following.endswith("s") and not following.endswith("ss"))
    ):
        return None
    if _NOT_OURS.match(after):
        # "Here is what happened, not ours": the contrast was with the words replaced.
        return None
    if following == "else":
        # "Nobody else" → "few people else" does not read.
        return None
    if _needs_more(calmer) and not isinstance(calmer, Clause):
        # A lead-in needs a clause of its own after it, not a comma, a full stop or "that".
        if not following or following in {"that", "but", "and", "because", "so"}:
            return None
        if calmer.endswith("please") and (following in _PARTICIPLES or following.endswith("ed")):
            return None
        # "There is no need to…", "You did not…" want a verb next: not "replying", not "we".
        verb_next = english and not calmer.endswith((":", ";", "but"))
        if verb_next and (following in _PRONOUNS or following.endswith("ing")):
            return None
    elif (
        english
        and len(_WORD.findall(text[start:end])) == 1
        and len(calmer.split()) > 1
        and following
        and following not in _CARRY_ON
    ):
        return None
    question = _QUESTION.match(text[start:end])
    mark = re.match(r"[^.!?\n]*\?", after) if question else None
    if mark is not None and not _QUESTION.match(calmer) and starts_sentence(text, start):
        # "Did you read the terms?" → "You may have missed the terms.": no longer a question.
        return start, end + mark.end(), f"{words}{after[: mark.end() - 1]}."
    return start, end, words


def _left_out(text: str, start: int, end: int, alone: bool) -> tuple[int, int, str] | None:
    """Leaving text[start:end] out, with the separator that went with it; the next word
    gets the capital when it now starts the sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end:]
    gap = re.match(r"[ \t]*", after)
    spaces = gap.end() if gap else 0
    rest = after[spaces:]
    if starts_sentence(text, start):
        ending = re.match(r"[.!?…]*[ \t]*(?=\n|$)|[.!?…]+(?=\s|$)", after)
        if ending is not None:
            # The words are the whole sentence: it goes, with the space before or after it.
            stop = end + ending.end()
            if before.strip():
                lead = len(before) - len(before.rstrip(" \t"))
                return start - lead, stop, ""
            tail = re.match(r"[ \t]*", text[stop:])
            return start, stop + (tail.end() if tail else 0), ""
        mark = re.match(r"[ \t]*[,;:—–-]?[ \t]*", after)
        skip = mark.end() if mark else 0
        if alone and not after[:skip].strip():
            return None
        next_word = _WORD.match(after[skip:])
        if next_word is None:
            # A number or a quotation starts the sentence now ("Obviously 30 days is…").
            return (start, end + skip, "") if re.match(r"[\d\"“'‘(]", after[skip:]) else None
        word = next_word.group()
        if word[:1].isupper():
            return start, end + skip, ""
        return start, end + skip + len(word), _capital(word)
    if alone and not re.search(r"[,;:—–-][ \t]*$", before):
        return None
    left_word = re.search(r"(\w+)[ \t]*$", before)
    right_word = _WORD.match(rest)
    if (
        left_word is not None
        and left_word.group(1).lower() in {"the", "a", "an", "as", "than", "like"}
        and (
            right_word is None
            or right_word.group().lower() in _CARRY_ON | _VERBS
            or right_word.group().lower().endswith("n't")
        )
    ):
        # "What the hell is this" → "What the is this": the article goes with the word.
        return None
    left = left_word.group(1).lower() if left_word is not None else ""
    swearing = text[start:end].lower() in _SWORE_FOR_EMPHASIS
    if not swearing and (left in _INTENSIFIERS or (left.endswith("ly") and right_word)):
        # "so stupid", "unforgettably stupid stunts": the word before was about these words.
        return None
    if left in _DANGLING and (right_word is None or rest[:1] in ",;:"):
        # "This is stupid." → "This is.": what the words completed would be left hanging.
        return None
    comma_before = re.search(r",[ \t]*$", before)
    if rest[:1] == "," and comma_before is not None:
        # ", obviously, wrong" → " wrong": one pair of commas goes with the words.
        return start - (len(before) - comma_before.start()), end + spaces + 1, ""
    if rest[:1] in (",", ";", ":") and not comma_before:
        # "and with all due respect, you" → "and you"
        tail = re.match(r"[,;:][ \t]*", rest)
        return start, end + spaces + (tail.end() if tail else 1), ""
    if (rest[:1] and rest[:1] in _SENTENCE_MARKS + "\n") or not rest:
        # At the end of the sentence: the comma or space before the words goes.
        trail = re.search(r",?[ \t]*$", before)
        shift = len(before) - trail.start() if trail else 0
        if shift == 0:
            return None
        return start - shift, end, ""
    if spaces and _WORD.match(rest):
        return start, end + spaces, ""
    return None


# What a one-click fit must never leave behind.
_DAMAGE = re.compile(
    r"[ \t][,.;:!?]|[,;:][,.;:!?]|[.!?][,;:]|(?<=\S)[ \t]{2,}(?=\S)|:[ \t]+that\b",
    re.IGNORECASE,
)


def _reads(text: str, start: int, end: int, words: str) -> bool:
    """Whether the sentence around the new words reads where they join it: no doubled word,
    no punctuation left hanging, no double space (that was not there before)."""
    before, after = text[max(0, start - 24) : start], text[end : end + 24]
    was = damage(before + text[start:end] + after)
    now = damage(before + words + after)
    return not Counter(now) - Counter(was)


def _doubled(text: str) -> list[str]:
    words = list(_WORD.finditer(text))
    return [
        f"{a.group()} {b.group()}"
        for a, b in itertools.pairwise(words)
        if a.group().lower() == b.group().lower() and not text[a.end() : b.start()].strip()
    ]


def lower_case(words: str) -> str:
    """Words written in capitals, in ordinary case: "I", days and months keep a capital."""
    return _NAMED_TIMES.sub(
        lambda m: m.group().capitalize(), _ALWAYS_CAPITAL.sub("I", words.lower())
    )


def damage(text: str) -> list[str]:
    """The marks of a careless edit in a text: doubled words, punctuation left hanging, a
    sentence starting in lower case (for tests and checks of a whole reply)."""
    found = [m.group() for m in _DAMAGE.finditer(text)] + _doubled(text)
    found += [m.group() for m in re.finditer(r"(?:^|[.!?][ \t]+)[a-z]\w*", text, re.MULTILINE)]
    return found


__all__ = [
    "Alone",
    "Clause",
    "LeadIn",
    "Plural",
    "damage",
    "fit",
    "lower_case",
    "placed",
    "starts_sentence",
]
