"""The line a mail program writes above the message a reply quotes, in the languages Steady's
customers write in: Gmail's "On … wrote:" and its translations, Apple Mail's and Thunderbird's,
and Outlook's "From: … Sent: …" block.

The shapes are the mail programs' own; a customer's reply in Swedish or Japanese quotes the
owner's earlier message under "Den mån 2 nov. 2026 kl 11:30 skrev Anna <…>:" or
"2026年11月2日(月) 11:30 Anna <…>:", and those quoted words are hers, not his.

An introduction is believed only when it carries the time the quoted message was sent, as
every mail program writes it: "On Mon, Rex wrote:" over a threat is the customer's own line,
and what he puts under it is read (app.importing.new_words), unless it names one of the
business's own addresses.
"""

from __future__ import annotations

import re

# The verbs (and fixed endings) that close an introduction: English, German, French, Spanish,
# Portuguese, Italian, Dutch, Polish, Scandinavian, Finnish, Czech, Slovak, Turkish, Chinese,
# Korean, Hungarian, Greek, Ukrainian, Russian, Romanian, Vietnamese, Indonesian, Croatian.
VERB = (
    r"(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|escreveu|ha\s+scritto|schreef|"
    r"napisa[łl](?:\(a\))?|pisze|skrev|kirjoitti|napsal(?:\(a\))?|nap[íi]sal(?:\(a\))?|"
    r"yazd[ıi]|写道|寫道|작성|[íi]rta|έγραψε|пише|написал(?:\(а\)|а)?|a\s+scris|"
    r"đã\s+viết|menulis|je\s+napisao|napisao|napisala)"
)
# The date or time the quoted message was sent: a year, a clock time, or a CJK date.
_WHEN = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b|\d+\s*[年月日]|\d+\s*[년월일]")
_ADDRESS = re.compile(r"([^\s<>()\[\]:@]+@[^\s<>()\[\]@]+)")
_CLOSES = re.compile(r"[:：]\s*$")
_WITH_VERB = re.compile(rf"^.{{0,300}}{VERB}(?:\s.{{0,200}})?\s*[:：]\s*$", re.IGNORECASE)
# Mail programs that leave the address out (Thunderbird, Apple Mail) start with the date:
# "On 02/11/2026 11:30, Anna Hale wrote:", "Am 02.11.26 um 11:30 schrieb Anna Hale:". A
# customer's own "Yesterday at 14:30 your manager wrote:" is neither.
OPENING = re.compile(
    r"^\s*(?:On|Am|Le|El|Em|Il(?:\s+giorno)?|Op|W\s+dniu|Dnia|Den|În|Στις|Vào|Pada)\s",
    re.IGNORECASE,
)
# Gmail in Russian, Japanese and Hebrew writes no verb: "пн, 2 нояб. 2026 г. в 11:30, Anna
# Hale <anna@…>:", so an address just before the colon takes its place.
_NAMING = re.compile(r"^.{0,300}[<(]\s*(?:mailto:)?[^\s<>()@]+@[^\s<>()]+\s*[>)]+\s*[:：]\s*$")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_LONGEST_LINE = 200
# Gmail wraps a long introduction (a long display name) over two or three lines.
_WRAPPED = 3

# The first line of Outlook's header block, and the line that gives the time the message
# was sent, as Outlook writes them in each language.
LOCAL_FROM = re.compile(
    r"^\s*\*?(?:From|Von|De|De la|Da|Van|Od|От|Від|Kimden|Från|Fra|Lähettäjä|Feladó|"
    r"Από|מאת|من|差出人|发件人|發件人|寄件者|보낸\s*사람)\*?\s*[:：]",
    re.IGNORECASE,
)
LOCAL_SENT = re.compile(
    r"^\s*\*?(?:Sent|Date|Gesendet|Envoy[ée]|Enviad[oa](?:\s+el)?|Inviato|Verzonden|"
    r"Wys[łl]ano|Отправлено|Надіслано|G[öo]nderildi|Datum|Fecha|Data|Дата|Tarih|Skickat|"
    r"Sendt|Lähetetty|Elk[üu]ldve|Odesl[áa]no|Odoslan[ée]|Trimis|Στάλθηκε|Ημερομηνία|נשלח|"
    r"תאריך|تم\s+الإرسال|التاريخ|送信日時|发送时间|發送時間|寄件日期|日期|보낸\s*날짜|날짜)\*?\s*[:：]",
    re.IGNORECASE,
)
_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def plain_line(line: str) -> str:
    """The line without the direction marks Outlook puts around Arabic and Hebrew headers."""
    return _INVISIBLE.sub("", line)


def dated(line: str) -> bool:
    """Whether the line gives a date or a time."""
    return bool(_WHEN.search(line))


def addresses(text: str) -> set[str]:
    """The mail addresses the text names, in lower case."""
    return {found.group(1).lower().rstrip(".,;:：") for found in _ADDRESS.finditer(text)}


def _looks_like_intro(text: str, next_quoted: bool) -> bool:
    if not _CLOSES.search(text):
        return False
    if _WITH_VERB.match(text):
        return "@" in text or bool(OPENING.match(text))
    return next_quoted and bool(_NAMING.match(text)) and dated(text)


def _next_quoted(lines: list[str], index: int, quoted: list[bool]) -> bool:
    """Whether the first line with words from `index` on is a "> " line."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and quoted[index]


def intro_at(lines: list[str], index: int, quoted: list[bool]) -> tuple[int, str]:
    """(how many lines, their text) of a reply's introduction starting at `index`; (0, "")
    when there is none. `quoted` says of each line whether it is a "> " line."""
    taken: list[str] = []
    for count in range(1, _WRAPPED + 1):
        end = index + count
        if end > len(lines) or (quoted[end - 1] and count > 1):
            break
        line = plain_line(lines[end - 1]).strip()
        if not line or len(line) > _LONGEST_LINE:
            break
        taken.append(line)
        following = _next_quoted(lines, end, quoted)
        if _looks_like_intro(" ".join(taken), following):
            # A whole introduction on the later lines: the first are the customer's own words.
            later = (" ".join(taken[n:]) for n in range(1, count))
            if any(_looks_like_intro(rest, following) and dated(rest) for rest in later):
                return 0, ""
            return count, " ".join(taken)
        # A wrapped introduction starts with its date or its writer's address and breaks
        # mid-phrase; a sentence of the customer's own above it is never taken in with it.
        if count == 1 and (not (dated(line) or "@" in line) or _SENTENCE_END.search(line)):
            break
    return 0, ""
