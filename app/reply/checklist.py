"""The points a reply must answer: every question, complaint and demand found in the original."""

from __future__ import annotations

import re

from app.reply.sentences import sentence_spans
from app.reply.steps import ChecklistItem

_COMPLAINT = re.compile(
    r"\b(?:not|never|no|didn'?t|doesn'?t|don'?t|won'?t|can'?t|cannot|isn'?t|wasn'?t|"
    r"haven'?t|hasn'?t|still|broken|broke|lost|missing|late|wrong|failed|fails|error|"
    r"fail\w*|crash\w*|stopped|down|charged|overcharged|refund|money back|damaged|faulty|slow|waiting|waited|terrible|"
    r"awful|worst|useless|unacceptable|disappointed|problem|issue|complain\w*|scam|"
    r"rip-?off|want|demand|expect|need)\b",
    re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)
MAX_CHECKLIST = 15


def extract_checklist(original: str) -> list[ChecklistItem]:
    """Every question, and every sentence that complains, in the customer's message."""
    text = _QUOTED_LINE.sub(lambda m: " " * len(m.group()), original)  # earlier quoted mail
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for start, end in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        if len(sentence) < 6:
            continue
        if sentence.rstrip("”\"')").endswith("?"):
            kind = "question"
        elif _COMPLAINT.search(sentence):
            kind = "complaint"
        else:
            continue
        key = sentence.lower()
        if key in seen:
            continue
        seen.add(key)
        items.append(ChecklistItem(sentence, kind))
    return items[:MAX_CHECKLIST]
