"""Splitting text into sentences, with their positions (for checklists and reading aloud)."""

from __future__ import annotations

import re

_CLOSE = "\"'”’»)\\]」』）】》〉"
# Greek letters (with tonos and polytonic): after one, ";" is the Greek question mark.
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
# Ends that need no space after them: Chinese and Japanese put none after 。？！, and the Arabic
# question mark ؟, the Devanagari danda । ॥ and the Greek question mark U+037E end a sentence
# wherever they stand.
_WIDE_END = "。！？｡؟।॥\u037e"
# A sentence ends at . ! ? (with closing quotes or brackets) followed by space, at one of those
# ends, at a Greek ";" followed by space, or at a blank line or a line break; abbreviations
# like "e.g." split early, which is harmless here.
_END = re.compile(
    rf"[.!?…]*[{_WIDE_END}][.!?…{_WIDE_END}]*[{_CLOSE}]*"
    rf"|[.!?…]+[{_CLOSE}]*(?=\s|$)"
    rf"|(?<=[{_GREEK}]);[{_CLOSE}]*(?=\s|$)"
    r"|\n\s*\n|\n"
)
_QUESTION = re.compile(rf"(?:[?？؟\u037e]|(?<=[{_GREEK}]);)[{_CLOSE}]*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, leading and trailing spaces left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def is_question(sentence: str) -> bool:
    """Does the sentence end in a question mark: ? ？ ؟, or the Greek one (";" after Greek)?"""
    return bool(_QUESTION.search(sentence.rstrip()))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]
