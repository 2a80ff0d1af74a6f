"""The tone check: words in a reply that will read as hostile, each with why and a calmer way.

Rules aimed at what upsets a reader (words pointed at them, insults, contempt, blame, talking
down, shouting, profanity, passive-aggressive set phrases, absolutes, mock praise, anger, spite
and threats), read in context: capitals on praise, "wow" before praise and "always" in thanks
are warm, not hostile. A sentence full of strongly negative words is flagged as harsh even
without a listed phrase, unless it is an apology or sympathy. Offsets are Python string indexes
(code points); the window converts them for Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from app.core.phrase_index import PhraseIndex
from app.reply.tone_context import (
    Sentence,
    index_at,
    read_sentences,
    sentence_at,
    valence,
    warm_here,
)
from app.reply.tone_fit import lower_case
from app.reply.tone_harsh import harsh_flags
from app.reply.tone_languages import LANGUAGES, rules_for, warm_words_for
from app.reply.tone_recheck import fitted
from app.reply.tone_rules import ACRONYMS, PRIORITY, K, Rule, ToneFlag

# Words of two or more letters none of them a-z (most words are skipped by the regex itself;
# an accented lower-case word that gets through fails the isupper test).
_CAPS_WORD = re.compile(r"(?<![\w'])[^\W\d_a-z]{2,}(?:'[^\W\d_a-z]+)?(?![\w'])")
_BANG = re.compile(r"[!?]*![!?]*!+[!?]*|\?+!+[!?]*|!+\?+[!?]*")
_WORD = re.compile(r"\w+(?:'\w+)?")
# Someone else's words quoted in the reply (four words or more, or a "> " line) are not the
# owner's tone; shorter quotes stay checked, since "scare quotes" are themselves sarcasm.
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”]*[“”]")
# Apart: a "^" among the alternatives would make the search try every character of the page.
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_YOU_BEFORE = re.compile(r"\b(?:you|you're|your|you've|they|you people)\s+(?:\w+\s+)?$", re.I)
_DENIAL = re.compile(r"\b(?:not|n't|impossible|cannot)\b|n't\b", re.IGNORECASE)
# The reader addressed, in the languages without a valence table ("Sie" in capitals is "you";
# Spanish speaks to "usted" with the verb alone, so it has no such list).
_READER = {
    "fr": re.compile(r"(?<!\w)(?:vous|tu|te|t'|votre|vos|ton|ta|tes)(?!\w)", re.I),
    "de": re.compile(r"(?<!\w)(?:Sie|Ihr|Ihre|Ihren|Ihnen|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*)(?!\w)"),
}
# After "you always"/"you never", the verbs that make it an accusation.
_ACCUSED = re.compile(
    r"^\W*(?:\w+\s+)?(?:read|listen|listens|answer|answers|reply|replies|respond|responds|pay|"
    r"pays|check|checks|follow|follows|understand|learn|help|bother|complain|complains|get|"
    r"do|does|call|calls|care|cares|stop|stops|ignore|ignores|forget|forgets|blame|blames|"
    r"lie|lies|make|makes|find|finds|want|wants|have to|think|thinks|expect|expects)\b",
    re.I,
)

# A lone word in capitals is shouting when it is an ordinary word ("NOT", "NOW", "NEVER");
# otherwise it is most likely a name or an acronym ("NYC", "PAX").
_ORDINARY = frozenset(
    """a about after again all also always am an and any are as at away back be because been
    before being both but by can cannot come could day did didn't do does doesn't don't done
    down each even ever every everyone everything first for from get give go going good got
    had has have having he her here him his how i i'm if in into is isn't it it's its just
    know last let like look made make many may me more most much must my need never new no
    nobody none not nothing now of off on once one only or other our out over own pay people
    please put read really refund right said same say see send sent she should since so some
    still stop such take than that the their them then there these they thing think this
    those time to today told too under until up us very wait want was wasn't way we well
    were what when where which while who why will with won't work would wrong yes yet you
    your you're yourself again already answer call give help listen money never order reply
    respond return seriously sorry understand""".split()
)

_SHOUT_REASON = "Capitals and stacked exclamation marks read as shouting."
_SHOUT_SUGGESTION = "Write it in normal case; calm words carry more weight."
_SWEARING_IN_PRAISE = (
    "Swearing, even in praise, reads as unprofessional in a business reply (it is not anger)."
)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in [*_QUOTATION.finditer(text), *_QUOTED_LINE.finditer(text)]
        if m.group().lstrip().startswith(">") or len(_WORD.findall(m.group())) >= 4
    ]


def _warm(
    sentences: Sequence[Sentence], start: int, end: int, warm_words: frozenset[str], text: str
) -> bool:
    sentence = sentence_at(sentences, start)
    if sentence is None or sentence.cold:
        return False
    if warm_words:
        # Languages without a valence table: a sentence with thanks or praise in it is warm.
        words = {w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])}
        return bool(words & warm_words)
    return warm_here(sentences, start, end)


def _shouting(
    text: str, known: frozenset[str], sentences: Sequence[Sentence], warm_words: frozenset[str]
) -> list[ToneFlag]:
    flags: list[ToneFlag] = []
    run: list[re.Match[str]] = []

    def close_run() -> None:
        if not run:
            return
        start, end = run[0].start(), run[-1].end()
        # A lone word is often a name; two in a row, or an ordinary word, is shouting.
        # Capitals on praise ("AMAZING", "SUPER excited") are enthusiasm.
        lone = run[0].group().lower()
        ordinary = lone in _ORDINARY or valence(lone) < 0
        if (len(run) >= 2 or ordinary) and not _warm(sentences, start, start, warm_words, text):
            words = text[start:end]
            flags.append(
                ToneFlag(
                    K.SHOUTING,
                    start,
                    end,
                    words,
                    _SHOUT_REASON,
                    _SHOUT_SUGGESTION,
                    lower_case(words),
                )
            )
        run.clear()

    for match in _CAPS_WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or not word.isupper():
            continue
        if word in ACRONYMS or word.lower() in known or valence(word) > 0.5:
            close_run()
            continue
        if run and text[run[-1].end() : match.start()].strip(" ,") != "":
            close_run()
        run.append(match)
    close_run()
    for match in _BANG.finditer(text):
        if _warm(sentences, match.start(), match.start(), warm_words, text):
            continue
        # "Are you kidding me?!" stays a question.
        question = "?" in match.group()
        flags.append(
            ToneFlag(
                K.SHOUTING,
                match.start(),
                match.end(),
                match.group(),
                _SHOUT_REASON,
                "End the question with a single question mark."
                if question
                else "End the sentence with a single full stop.",
                "?" if question else ".",
            )
        )
    return flags


def _from_rule(rule: Rule, start: int, end: int, text: str) -> ToneFlag:
    # The calmer words as the table has them: fitted to the sentence once all flags are known.
    words = text[start:end]
    return ToneFlag(
        rule.kind,
        start,
        end,
        words,
        rule.reason,
        rule.suggestion,
        rule.replacement_for(words),
        weight=rule.weight,
    )


def _in_context(
    flag: ToneFlag,
    rule: Rule,
    text: str,
    sentences: Sequence[Sentence],
    warm_words: frozenset[str],
    language: str = "en",
) -> ToneFlag | None:
    """The flag as it reads in its sentence, or None when its words are warm here."""
    warm = _warm(sentences, flag.start, flag.end, warm_words, text)
    if flag.kind is K.PROFANITY and warm:
        return replace(flag, reason=_SWEARING_IN_PRAISE, hostile=False)
    if not rule.only_when_cold:
        return flag
    if warm:
        return None
    if flag.kind is K.ABSOLUTE and warm_words:
        # Without a valence table: "toujours" is an accusation in a sentence to the reader
        # ("vous ne lisez jamais"), not in "ce livre est toujours aussi drôle".
        sentence = sentence_at(sentences, flag.start)
        reader = _READER.get(language)
        if reader is not None and (sentence is None or not reader.search(sentence.text)):
            return None
    if flag.kind is K.ABSOLUTE and not warm_words:
        # "Always" is an accusation next to "you" or in a complaint, not in "as always".
        sentence = sentence_at(sentences, flag.start)
        aimed = _YOU_BEFORE.search(text[max(0, flag.start - 40) : flag.start]) is not None
        aimed = aimed and _ACCUSED.search(text[flag.end : flag.end + 40]) is not None
        # A complaint: a negative word in a sentence that reads as negative overall, or one a
        # negation turned round with no praise beside it ("it was NEVER broken"). Praise with a
        # dark word in it ("never boring, wickedly funny", "never lets up") is not one.
        negative = sentence is not None and (
            (
                sentence.mood() < 0
                and any(w.listed <= -0.5 and w.valence < 0 for w in sentence.words)
            )
            or (
                any(w.listed <= -0.5 for w in sentence.words)
                and not any(w.listed > 0 and w.valence > 0.5 for w in sentence.words)
            )
        )
        # "We never lose files, so this did not happen": an absolute used to deny.
        denial = (
            sentence is not None
            and _DENIAL.search(
                text[sentence.start : flag.start] + " " + text[flag.end : sentence.end]
            )
            is not None
        )
        if not (aimed or negative or denial):
            return None
        # In an apology or sympathy ("take all the time you need") only an accusation counts.
        if sentence is not None and sentence.kindly and not aimed:
            return None
    return flag


@lru_cache(maxsize=len(LANGUAGES))
def _index(language: str) -> PhraseIndex:
    return PhraseIndex([rule.pattern.pattern for rule in rules_for(language)])


def check_tone(text: str, known_words: Iterable[str] = (), language: str = "en") -> list[ToneFlag]:
    """Every flag in the text, in order, each with calmer words that fit its sentence (or
    none). `known_words` are names written in capitals on purpose; `language` is the reply's
    language (see LANGUAGES)."""
    known = frozenset(known_words)
    return fitted(
        text,
        _flags(text, known, language),
        lambda part: _sentence_flags(part, known, language),
        english=language == "en",
        german=language == "de",
    )


@lru_cache(maxsize=4096)
def _sentence_flags(part: str, known: frozenset[str], language: str) -> list[ToneFlag]:
    # The draft is checked again at every pause in typing, and most of its sentences have not
    # changed: their second look need not be worked out again.
    return _flags(part, known, language)


def _flags(text: str, known_words: Iterable[str], language: str) -> list[ToneFlag]:
    """The flags with the calmer words as the rules have them, not yet fitted to the text."""
    known = frozenset(word.lower() for word in known_words)
    # Curly apostrophes match as straight ones; both are one character, so offsets hold.
    scan = text.replace("’", "'")
    sentences = read_sentences(scan, english=language == "en")
    warm_words = warm_words_for(language)
    rules = rules_for(language)
    candidates = [
        (_from_rule(rules[found.phrase], found.start, found.end, scan), rules[found.phrase])
        for found in _index(language).find(scan)
    ]
    # A sentence with words hostile in any context (an insult, blame) is never warm, whatever
    # praise words it holds ("You clearly NEVER read").
    cold = {
        index
        for flag, rule in candidates
        if not rule.only_when_cold and flag.kind is not K.PROFANITY
        for index in [index_at(sentences, flag.start)]
        if index is not None
    }
    sentences = [replace(s, cold=True) if i in cold else s for i, s in enumerate(sentences)]
    # Where rules overlap keep the one that explains most (kind first, then the longer words).
    candidates.sort(key=lambda c: (PRIORITY[c[0].kind], -(c[0].end - c[0].start), c[0].start))
    kept: list[ToneFlag] = []
    for flag, rule in candidates:
        if any(flag.start < other.end and other.start < flag.end for other in kept):
            continue
        read = _in_context(flag, rule, scan, sentences, warm_words, language)
        if read is not None:
            kept.append(read)
    # Shouting can sit on top of other flags: "YOU ALWAYS" is both shouting and an absolute.
    shouted = _shouting(scan, known, sentences, warm_words)
    if language == "de":
        # German nouns keep their capital: only the owner knows which of "DAS IST EINE
        # FRECHHEIT" to write in lower case.
        shouted = [
            f if f.replacement in (".", "?") else replace(f, replacement=None) for f in shouted
        ]
    kept.extend(shouted)
    if language == "en":
        kept.extend(harsh_flags(text, sentences, kept))
    quoted = _quoted_spans(scan)
    kept = [f for f in kept if not any(a <= f.start and f.end <= b for a, b in quoted)]
    kept.sort(key=lambda f: (f.start, f.end))
    return [
        flag
        if flag.words == text[flag.start : flag.end]
        else replace(flag, words=text[flag.start : flag.end])
        for flag in kept
    ]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def hostility(text: str, flags: list[ToneFlag] | None = None, language: str = "en") -> float:
    """Weighted flags per 100 words (short texts count as 40 words, so one word is not 100%)."""
    if flags is None:
        flags = check_tone(text, language=language)
    weight = sum(flag.hostility for flag in flags if flag.hostile)
    return round(weight * 100 / max(word_count(text), 40), 2)


@dataclass(frozen=True)
class ToneComparison:
    reply_score: float
    original_score: float
    more_hostile: bool
    message: str


def compare_tone(reply: str, original: str, language: str = "en") -> ToneComparison:
    """Whether the reply reads as more hostile than the message it answers, said plainly."""
    reply_score = hostility(reply, language=language)
    original_score = hostility(original, language=language)
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


__all__ = [
    "LANGUAGES",
    "ToneComparison",
    "check_tone",
    "compare_tone",
    "hostility",
    "word_count",
]
