"""Where a line may break inside text written without spaces between words.

Thai is cut into words from a word list (assets/wordlists/thai-words.txt.gz, PyThaiNLP's
public-domain list of about 61,000 words): of all the ways to read a run of Thai letters as
words, the one with the fewest letters left over, then the fewest words, is chosen (maximal
matching, as dictionary-based Thai breakers do). Letters no word covers stay together, and a
line breaks inside them only between whole letters with their marks (grapheme clusters), never
before a vowel sign or tone mark. Other scripts written without spaces (Lao, Khmer, Burmese)
break at grapheme clusters.
"""

from __future__ import annotations

import gzip
from functools import cache

from app.core.paths import assets_folder
from reports.text_runs import attaches

_THAI = range(0x0E00, 0x0E80)
# Thai vowels written before their consonant: a line never ends on one.
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
# Thai vowels that follow their consonant as letters of their own: a line never starts with one.
_FOLLOWING = frozenset("\u0e30\u0e32\u0e33\u0e45")


def clusters(text: str) -> list[str]:
    """The text cut where a line may break inside a word: never before a mark, joiner or
    following vowel, never after a joiner, virama or leading vowel."""
    out: list[str] = []
    for char in text:
        if out and (
            attaches(char) or char in _FOLLOWING or out[-1][-1] in ("\u200d", "\u094d", *_LEADING)
        ):
            out[-1] += char
        else:
            out.append(char)
    return out


@cache
def thai_words() -> tuple[frozenset[str], int]:
    """The word list and its longest word (read once, on the first Thai text)."""
    path = assets_folder() / "wordlists" / "thai-words.txt.gz"
    words = frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split())
    return words, max(map(len, words))


def _is_thai(char: str) -> bool:
    return ord(char) in _THAI


def _thai_segments(text: str) -> list[str]:
    """Maximal matching over cluster boundaries (see the module's docstring)."""
    words, longest = thai_words()
    parts = clusters(text)
    edges = [0]
    for part in parts:
        edges.append(edges[-1] + len(part))
    count = len(parts)
    # best[i]: (letters left over, words) for the first i clusters, and where its last piece starts
    best: list[tuple[int, int, int, bool] | None] = [None] * (count + 1)
    best[0] = (0, 0, 0, True)
    for start in range(count):
        here = best[start]
        if here is None:
            continue
        left_over, pieces = here[0], here[1]
        # One cluster no word covers.
        step = (left_over + 1, pieces + 1, start, False)
        current = best[start + 1]
        if current is None or step[:2] < current[:2]:
            best[start + 1] = step
        for end in range(start + 1, count + 1):
            if edges[end] - edges[start] > longest:
                break
            if text[edges[start] : edges[end]] in words:
                step = (left_over, pieces + 1, start, True)
                current = best[end]
                if current is None or step[:2] < current[:2]:
                    best[end] = step
    cuts: list[tuple[int, int, bool]] = []
    end = count
    while end > 0:
        entry = best[end]
        assert entry is not None
        cuts.append((entry[2], end, entry[3]))
        end = entry[2]
    cuts.reverse()
    segments: list[str] = []
    loose = False  # the last segment is made of clusters no word covers
    for start, end, known in cuts:
        piece = text[edges[start] : edges[end]]
        if not known and loose:
            segments[-1] += piece
        else:
            segments.append(piece)
        loose = not known
    return segments


def segments(word: str) -> list[str]:
    """A word (text between spaces) in the pieces a line may break between: Thai words, and
    each run of other letters whole."""
    if not any(_is_thai(c) for c in word):
        return [word]
    out: list[str] = []
    run = ""
    for char in word:
        if run and (_is_thai(char) != _is_thai(run[-1])) and not attaches(char):
            out += _thai_segments(run) if _is_thai(run[0]) else [run]
            run = ""
        run += char
    if run:
        out += _thai_segments(run) if _is_thai(run[0]) else [run]
    return out
