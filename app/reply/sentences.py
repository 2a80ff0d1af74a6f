"""Splitting text into sentences, with their positions (for checklists and reading aloud)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (with closing quotes or brackets) followed by space, or at a blank
# line or a line break; abbreviations like "e.g." split early, which is harmless here.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n\s*\n|\n")


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


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]
