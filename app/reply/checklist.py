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
# A demand with no complaint word ("Unban me from the forum immediately") is still a point the
# reply must answer.
_DEMAND = re.compile(
    r"\b(?:immediately|right now|at once|asap|straight away|right away|without delay|"
    r"by (?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"within \d+ (?:hours?|days?)|or else|i insist|i require|unban|reinstate|restore my|"
    r"give me|send me|pay me|refund me|cancel my|delete my|remove my)\b",
    re.IGNORECASE,
)
# Words that say a product or an order went wrong: only then does step 3 ask what was tested.
_PRODUCT = re.compile(
    r"\b(?:broken|broke|faulty|defect\w*|damaged|doesn'?t work|does not work|not working|"
    r"stopped working|won'?t (?:start|open|load|install|turn on|charge)|crash\w*|error|bug|"
    r"install\w*|update|upgrade|version|device|app|software|firmware|battery|screen|"
    r"arrived|delivery|delivered|parcel|package|item|product|order(?:ed)?|"
    r"leak\w*|cracked|missing part)\b",
    re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)
MAX_CHECKLIST = 15


def extract_checklist(original: str) -> list[ChecklistItem]:
    """Every question, and every sentence that complains or demands, in the customer's message."""
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
        elif _DEMAND.search(sentence):
            kind = "demand"
        else:
            continue
        key = sentence.lower()
        if key in seen:
            continue
        seen.add(key)
        items.append(ChecklistItem(sentence, kind))
    return items[:MAX_CHECKLIST]


def is_product_problem(original: str) -> bool:
    """Does the message speak of a product or an order that went wrong (not, say, a ban)?"""
    return bool(_PRODUCT.search(_QUOTED_LINE.sub(" ", original)))
