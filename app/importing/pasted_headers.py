"""Where a pasted thread's next message starts when the owner's mail program is not in English:
Outlook's header block ("Von: … Gesendet: … An: … Betreff: …", "De : … Envoyé : …"), its
"-----Ursprüngliche Nachricht-----" line, and a reply's introduction ("Am 2. Nov. 2026 um
11:30 schrieb Laden Müller <info@…>:", "Le lun. 2 nov. 2026 à 11:30, Boutique <…> a écrit :").

Without them a German owner's pasted thread was one message, and the reply she had sent, quoted
under the customer's words, was logged as his.
"""

from __future__ import annotations

import re

from app.importing.reply_intros import (
    LOCAL_FROM,
    LOCAL_SENT,
    OPENING,
    VERB,
    dated,
    intro_at,
    plain_line,
)

_SUBJECT = re.compile(
    r"^\s*\*?(?:Subject|Betreff|Objet|Sujet|Asunto|Oggetto|Assunto|Onderwerp|Temat|Тема|Konu|"
    r"Ämne|Emne|Aihe|Tárgy|Předmět|Subiect|Θέμα|נושא|الموضوع|件名|主题|主旨|제목)\*?\s*[:：]",
    re.IGNORECASE,
)
_TO = re.compile(
    r"^\s*\*?(?:To|Cc|Bcc|An|Kopie|À|A|Pour|Para|Aan|Do|Kopia|DW|Кому|Копия|Kime|Bilgi|Till|"
    r"Til|Kopi|Vastaanottaja|Kopio|Címzett|Másolat|Komu|Către|Προς|Κοιν|אל|עותק|إلى|نسخة|"
    r"宛先|收件人|抄送|收件者|副本|받는\s*사람|참조)\*?\s*[:：]",
    re.IGNORECASE,
)
# Lower-case words a person's name may hold ("Ludwig van Beethoven", "Ana de la Cruz").
_NAME_PARTICLES = frozenset("van von der den de da di du la le del dos das bin al ten ter".split())
_VALUE = re.compile(r"^[^:：]*[:：]\s*(.*)$")
# Outlook puts "Sent:" within the next few lines of "From:"; a customer's own "Von: mir" has none.
_LOOKAHEAD = 6
_ADDRESS = re.compile(r"[<(]\s*(?:mailto:)?([^\s<>()@]+@[^\s<>()]+?)\s*[>)]")
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h)(?![^\W\d_]))?"
)
_WROTE = re.compile(r"^\s*On (.{8,240}) wrote:\s*$", re.IGNORECASE)
_VERB_AT = re.compile(VERB, re.IGNORECASE)
_LAST_VERB = re.compile(rf"\s*{VERB}\s*$", re.IGNORECASE)


def _value(line: str) -> str:
    match = _VALUE.match(plain_line(line))
    return match.group(1).strip().strip("*").strip() if match else ""


def sent_line(line: str) -> bool:
    """Whether the line gives the time a message was sent, as a header block's does: a
    customer's "Fecha: el sábado voy a tu tienda…" under his own "De: mi parte…" gives none,
    and stays his words."""
    line = plain_line(line)
    return bool(LOCAL_SENT.match(line)) and dated(_value(line))


def addressees(value: str) -> bool:
    """Whether a "To:"/"An:" line lists people, as a mail program writes it ("Rex Hostile
    <rex@…>; Anna Hale"), rather than words typed after it ("An: Ihnen, ich weiß, wo Sie
    wohnen"), which stay in the message's words."""
    for item in re.split(r"[;,]", value):
        if "@" in item or item.strip().endswith(":"):
            continue
        words = item.strip(" \"'").split()
        if len(words) > 4 or any(w[:1].islower() and w not in _NAME_PARTICLES for w in words):
            return False
    return True


def header_block(lines: list[str], index: int) -> tuple[str, str, str, int] | None:
    """(sender, time as written, subject, the line after the block) when an Outlook header
    block in any language read here starts at `index`."""
    if not LOCAL_FROM.match(plain_line(lines[index])):
        return None
    following = lines[index + 1 : index + 1 + _LOOKAHEAD]
    if not any(sent_line(line) for line in following):
        return None
    sender = sent = subject = ""
    end = index
    while end < len(lines):
        line = plain_line(lines[end])
        if LOCAL_FROM.match(line) and end == index:
            sender = _value(line)
        elif sent_line(line):
            sent = sent or _value(line)
        elif _SUBJECT.match(line):
            subject = subject or _value(line)
        elif not (_TO.match(line) and addressees(_value(line))):
            break
        end += 1
    return sender, sent, subject, end


def who_and_when(intro: str) -> tuple[str, str]:
    """A reply's introduction -> (its writer, the time as written):
    "Am Mo., 2. Nov. 2026 um 11:30 Uhr schrieb Laden Müller <info@laden.example>:" ->
    ("Laden Müller <info@laden.example>", "Mo., 2. Nov. 2026 um 11:30 Uhr");
    "On 02/11/2026 11:30, Anna Hale wrote:" -> ("Anna Hale", "02/11/2026 11:30")."""
    text = intro.strip().rstrip(":：").strip()
    address = _ADDRESS.search(text)
    head = text[: address.start()] if address else _LAST_VERB.sub("", text)
    # The writer's name runs from after the time, a comma or a verb written before it
    # ("schrieb Laden Müller") up to the address.
    cut = 0
    for found in (*_CLOCK.finditer(head), *_VERB_AT.finditer(head)):
        cut = max(cut, found.end())
    comma = head.rfind(",")
    if comma >= cut:
        cut = comma + 1
    name = head[cut:].strip(" ,(")
    if address:
        name = f"{name} <{address.group(1)}>" if name else address.group(1)
    when = _VERB_AT.sub("", head[:cut]).strip(" ,")
    # "Am …", "Le …", "El …": the word the introduction opens with, before its date.
    return name, OPENING.sub("", when).strip(" ,")


def reply_intro(
    lines: list[str], index: int, quoted: list[bool]
) -> tuple[tuple[str, str], int] | None:
    """((sender, time as written), where the quoted words start) when a reply's introduction
    starts here: Gmail's "On … wrote:" or its translation in any language read here."""
    if _WROTE.match(lines[index]):
        return who_and_when(lines[index]), index + 1
    if quoted[index]:
        return None
    count, intro = intro_at(lines, index, quoted)
    # "Am Montag schrieb ich Ihnen:" is the customer's own sentence: a mail program's line
    # gives the date or the writer's address.
    if count and (dated(intro) or "@" in intro):
        return who_and_when(intro), index + count
    return None


def quote_and_below(
    lines: list[str], start: int, quoted: list[bool]
) -> tuple[list[str], list[str]]:
    """(the quoted words from `start`, the lines under them). When the quote is marked "> ",
    it ends at its last marked line, and what follows is written by whoever quoted it (a
    reply below the words it answers). Unmarked (a copy from Gmail's web page), everything
    below is the quote."""
    first = start
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or not quoted[first]:
        return lines[start:], []
    end = first
    while end < len(lines) and (quoted[end] or not lines[end].strip()):
        end += 1
    while end > first and not quoted[end - 1]:
        end -= 1
    return lines[start:end], lines[end:]


def unquote(lines: list[str]) -> list[str]:
    """The lines with one level of "> " taken off."""
    return [re.sub(r"^> ?", "", line) for line in lines]
