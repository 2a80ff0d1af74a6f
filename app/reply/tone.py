"""The tone check: words in a reply that will read as hostile, each with why and a calmer way.

General sentiment scores cannot tell a calm apology from a sarcastic one, so these are rules
aimed at what upsets a reader: words pointed at them, blame, talking down, shouting,
profanity, passive-aggressive set phrases, absolutes, sarcasm, anger, spite and threats.
Offsets are Python string indexes (code points); the window converts them for Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.reply.tone_rules import ACRONYMS, PRIORITY, RULES, WEIGHT, K, ToneFlag

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
