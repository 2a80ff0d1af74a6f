"""The points a reply must answer: every question, complaint and demand found in the
customer's own words of the original; the earlier mail it quotes below them (often the shop's
own reply) is not theirs to be answered.

A sentence that threatens (the threat words that suggest a contact's categories, in every
language they cover) is not a point: Steady's advice is not to answer a threat point by point,
so it is listed apart, as a threat, and nothing waits for it to be ticked. "Refund me now or I
will sue you" keeps its demand as a point and its threat apart."""

from __future__ import annotations

import re

from app.importing.new_words import _introduces_quote, new_words
from app.importing.suggest import threat_spans
from app.importing.threat_words import hits
from app.reply.checklist_product import says_product_failed
from app.reply.checklist_words import COMPLAINT, DEMAND
from app.reply.sentences import is_question, sentence_spans
from app.reply.steps import THREAT, ChecklistItem

_QUOTED = re.compile(r"^\s*>")
# A point longer than this is cut into clauses, and those into POINT_WORDS words at most.
LONG_POINT = 300
POINT_WORDS = 40
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+")
# A mail program's introduction names a time or an address ("On 2 Mar 2026, at 10:00, Lumen
# Files <hello@…> wrote:"); a customer's "On Monday I already wrote:" is their own text.
_MAILER_INTRO = re.compile(r"@|\b\d{1,2}[:.]\d{2}\b")
# …unless the customer is telling of their own earlier mail: "On 2 November at 10:00 I wrote:",
# "Am 2.11. um 10:00 schrieb ich:", "Le 2 novembre j'ai écrit :", "El 2 de noviembre escribí:".
_FIRST_PERSON = re.compile(
    r"\bI\s+(?:already\s+|also\s+)?wrote\b|\bschrieb\s+ich\b|\bhabe\s+ich\b|"
    r"\bj['’]ai\s+(?:déjà\s+)?écrit\b|\bescrib[íi]\b|\bte\s+escrib|\bles\s+escrib",
    re.IGNORECASE,
)
# German mail programs put the name after the verb: "Am 23.11.2026 um 10:00 schrieb Lumen Files
# <hello@…>:".
_GERMAN_INTRO = re.compile(r"^\s*Am\s.{6,200}?\sschrieb\s.{1,200}:\s*$", re.IGNORECASE)
# Where a point ends and its threat begins: "Refund me now or I will sue you", "Devuélvame el
# dinero o le demando", "Remboursez-moi, sinon je porte plainte", "Erstatten Sie es, sonst …".
_OR_ELSE = re.compile(
    r"[,;]?\s+(?:or else|or|otherwise|o si no|si no|de lo contrario|o|ou bien|ou|sinon|"
    r"autrement|oder|sonst|ansonsten|andernfalls)\b",
    re.IGNORECASE,
)


def _intro(lines: list[str], index: int) -> int:
    """How many lines of a mail program's "On … wrote:" start at `index` (0: none)."""
    if _GERMAN_INTRO.match(lines[index]):
        return 1
    return _introduces_quote(lines, index)


def customer_words(original: str) -> str:
    """The message without the earlier mail it quotes: "> " lines, an Outlook "Original
    Message" or "From: … Sent: …" block, and, under new words, everything below an "On …
    wrote:" line (or "Am … schrieb", "Le … a écrit", "El … escribió") whose quote lost its ">"
    marks on the way (pasted from a mail program, Apple Mail's plain text)."""
    lines = original.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index in range(len(lines)):
        intro = _intro(lines, index)
        if not intro or not any(line.strip() for line in lines[:index]):
            continue
        said = " ".join(lines[index : index + intro])
        if not _MAILER_INTRO.search(said) or _FIRST_PERSON.search(said):
            continue
        following = next((line for line in lines[index + intro :] if line.strip()), "")
        if not _QUOTED.match(following):
            lines = lines[:index]
            break
    return new_words("\n".join(lines))


def extract_checklist(original: str) -> list[ChecklistItem]:
    """Every question, and every sentence that complains or demands, in the customer's
    message; all of them, however many: the owner answers each one."""
    text = customer_words(original)
    # Only a message with threat words has its sentences read one by one for them: cheap, where
    # the everyday-English check on a whole long rant is not.
    threatens = any(hit.kind != "abuse" for hit in hits(text))
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for start, end in sentence_spans(text):
        for sentence in _points(" ".join(text[start:end].split())):
            for item in _threat_apart(sentence) if threatens else [_item(sentence)]:
                if item is None or item.text.lower() in seen:
                    continue
                seen.add(item.text.lower())
                items.append(item)
    return items


def _threat_apart(sentence: str) -> list[ChecklistItem | None]:
    """The sentence as a point, or as a threat, or as a point before its "or else" threat."""
    spans = threat_spans(sentence)
    if not spans:
        return [_item(sentence)]
    first = spans[0][0]
    for joint in reversed([m for m in _OR_ELSE.finditer(sentence, 0, first)]):
        lead = sentence[: joint.start()].rstrip(" ,;…")
        point = _item(lead + "…")
        if point is not None:
            rest = sentence[joint.start() :].lstrip(" ,;")
            return [point, ChecklistItem("…" + rest, THREAT)]
    return [ChecklistItem(sentence, THREAT)]


def _points(sentence: str) -> list[str]:
    """A sentence as points of a readable size. Angry mail is often written without a full
    stop: five thousand words were one "point", the whole rant repeated as one tick item. A
    long one is cut at its commas and semicolons, then every POINT_WORDS words; a piece cut
    from within says so with "…"."""
    if len(sentence) <= LONG_POINT:
        return [sentence]
    pieces: list[str] = []
    for clause in _CLAUSE_END.split(sentence):
        words = clause.split()
        for first in range(0, len(words), POINT_WORDS):
            piece = " ".join(words[first : first + POINT_WORDS])
            if piece:
                pieces.append(piece)
    last = len(pieces) - 1
    return [
        ("" if number == 0 else "…") + piece + ("" if number == last else "…")
        for number, piece in enumerate(pieces)
    ]


def _item(sentence: str) -> ChecklistItem | None:
    if len(sentence.strip("…")) < 6:
        return None
    if is_question(sentence):
        return ChecklistItem(sentence, "question")
    if COMPLAINT.search(sentence):
        return ChecklistItem(sentence, "complaint")
    if DEMAND.search(sentence):
        return ChecklistItem(sentence, "demand")
    return None


def is_product_problem(original: str) -> bool:
    """Does the customer say a product failed (broken, faulty, stopped working, damaged on
    arrival, the wrong size)? Not where their order is, nor their refund, a price or a ban."""
    return says_product_failed(customer_words(original))
