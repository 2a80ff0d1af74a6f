"""The few words around a search match, with the matched words marked.

Words are compared as the search index compares them: case, accents and invisible characters
left aside (app/core/text_folding.py), the last typed word also as the start of a word while
the owner is still typing it.
"""

from __future__ import annotations

import re

from app.core.search_hits import HIT_END, HIT_START
from app.core.text_folding import folded

# The index's words: letters and digits; "_" and punctuation separate them.
_TOKEN = re.compile(r"[^\W_]+(?:[\u00ad\u200b\u200c\u200d\u2060\ufeff][^\W_]+)*")
WORDS_BEFORE = 6
WORDS_SHOWN = 16


def _fold(word: str) -> str:
    return word.lower() if word.isascii() else folded(word)


def marked_words(text: str, words: list[str], last_is_prefix: bool = False) -> str:
    """A piece of `text` around the first of `words`, each matching word wrapped in hit
    markers; "" if none of them is in it."""
    wanted = {folded(word) for word in words}
    start = folded(words[-1]) if last_is_prefix and words else ""

    def matches(token: str) -> bool:
        word = _fold(token)
        return word in wanted or (bool(start) and word.startswith(start))

    # Read only as far as the piece shown: a long email is mostly after it.
    tokens: list[re.Match[str]] = []
    first_hit = None
    for token in _TOKEN.finditer(text):
        tokens.append(token)
        if first_hit is None and matches(token.group()):
            first_hit = len(tokens) - 1
        if first_hit is not None and len(tokens) > max(first_hit - WORDS_BEFORE, 0) + WORDS_SHOWN:
            break
    if first_hit is None:
        return ""
    first = max(0, first_hit - WORDS_BEFORE)
    last = min(len(tokens), first + WORDS_SHOWN) - 1
    at_end = last == len(tokens) - 1 and _TOKEN.search(text, tokens[last].end()) is None
    # Whatever stands before the first word or after the last ("#", "?") is kept.
    begin = 0 if first == 0 else tokens[first].start()
    end = len(text) if at_end else tokens[last].end()
    pieces = []
    at = begin
    for token in tokens[first : last + 1]:
        pieces.append(text[at : token.start()])
        piece = token.group()
        pieces.append(f"{HIT_START}{piece}{HIT_END}" if matches(piece) else piece)
        at = token.end()
    pieces.append(text[at:end])
    body = " ".join("".join(pieces).split())
    return ("…" if begin else "") + body + ("…" if end < len(text) else "")
