"""A message passed on inside another: what the forwarder wrote above it, and the forwarded
message's own sender, date, subject and words, as the mail programs write a forward.

Gmail ("---------- Forwarded message ---------"), Thunderbird ("-------- Forwarded Message
--------"), Apple Mail ("Begin forwarded message:") and their German, French, Spanish, Danish,
Norwegian, Swedish and Finnish forms say it is a forward. Outlook writes the same header block
under a forward as under a reply ("From: … Sent: …", below "-----Original Message-----" or a
rule): only the "FW:" its forward puts on the outer subject tells them apart. "VS:" is Danish
and Norwegian Outlook's forward ("videresendt") but Finnish Outlook's reply ("vastaus"): under
it, the header block's own language says which. Swedish "VB:" ("vidarebefordrat") and Finnish
"VL:" ("välitetty") are forwards in every language read here (their replies are "SV:" and
"VS:"). Italian "I:" ("inoltro") is a forward only over Italian Outlook's "Da: … Inviato: …"
block: an Italian customer writes "I:" over a list of his own too. Whose forward it is, and
whether it is believed, is decided where the business's own addresses are known
(app/importing/forwarded_by_us.py); this only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.utils import getaddresses, parseaddr

from app.importing.reply_intros import LOCAL_FROM, LOCAL_SENT, plain_line
from app.importing.written_time import read_written_time


@dataclass(frozen=True)
class Forwarded:
    """One forwarded message, as written inside the forward."""

    note: str  # what the forwarder wrote above it
    sender_name: str
    sender_address: str
    sent: str  # its date as written
    sent_at: datetime | None
    subject: str
    text: str
    recipients: tuple[str, ...] = ()
    # Its own Message-ID, when it was attached whole (an inline forward drops it).
    message_id: str = ""


FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|"
    r"Mensaje reenviado)\s*-{2,}|Begin forwarded message\s*:|"
    r"Anfang der weitergeleiteten (?:Nachricht|E-Mail)\s*:|D[ée]but du message r[ée]exp[ée]di[ée]\s*:|"
    r"Inicio del mensaje reenviado\s*:|"
    r"-{2,}\s*(?:Videresendt (?:meddelelse|besked|melding|e-?mail)|Vidarebefordrat meddelande|"
    r"V[äa]litetty viesti)\s*-{2,})\s*$",
    re.IGNORECASE,
)
# Outlook's, the same under a reply: a forward only when the outer subject says so.
ORIGINAL_MARKER = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|"
    r"Mensaje original|Mensagem original|Messaggio originale|Oorspronkelijk bericht|"
    r"Wiadomo[śs][ćc] oryginalna|Oryginalna wiadomo[śs][ćc]|Исходное сообщение|Orijinal Mesaj|"
    r"原始邮件|元のメッセージ|원본 메시지|Ursprungligt meddelande|Oprindelig meddelelse|"
    r"Opprinnelig melding|Alkuper[äa]inen viesti|Eredeti üzenet|Původní zpráva|Αρχικό μήνυμα|"
    r"ההודעה המקורית|الرسالة الأصلية)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*[_\-]{8,}\s*$")
# "FW:", "Fwd:", German "WG:", French "TR:", Spanish "RV:", Portuguese "ENC:", Swedish "VB:",
# Finnish "VL:", Dutch "Doorst:", Polish "PD:", as mail programs prefix; "RE: FW:" is a reply,
# whose first block is the message answered.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|vb|vl|doorst|pd)\s*:", re.I)
_VS_SUBJECT = re.compile(r"^\s*vs\s*:", re.I)
# The From key of Danish and Norwegian Outlook's header block, whose "VS:" is a forward.
_VIDERESENDT_FROM = "fra"
# Italian Outlook's forward ("inoltro") writes "I:", which an Italian customer also writes
# over a list ("I: le vostre bugie"): a forward's only over Italian Outlook's own block.
_I_SUBJECT = re.compile(r"^\s*i\s*:", re.I)
_ITALIAN_FROM, _ITALIAN_SENT = "da", "inviato"
_HEADER = re.compile(r"^\s*\*?(?P<key>[^\W\d_][\w .'’]{0,18}?)\*?\s*:\s*(?P<value>.*)$")
_FROM_KEYS = {
    "from", "von", "de", "expéditeur", "remitente", "fra", "från", "lähettäjä", _ITALIAN_FROM,
}  # fmt: skip
_DATE_KEYS = {
    "date", "sent", "datum", "gesendet", "envoyé", "envoyé le", "fecha", "enviado",
    "enviado el", "sendt", "dato", "skickat", "lähetetty", "päivämäärä", _ITALIAN_SENT,
}  # fmt: skip
_SUBJECT_KEYS = {
    "subject", "betreff", "objet", "sujet", "asunto", "emne", "ämne", "aihe", "oggetto",
    "assunto", "onderwerp", "temat", "тема", "konu", "tárgy", "předmět",
}  # fmt: skip
_TO_KEYS = {
    "to", "an", "à", "pour", "para", "cc", "kopie", "reply-to", "antwort an", "til", "kopi",
    "till", "kopia", "vastaanottaja", "kopio", "a",
}  # fmt: skip
_KEYS = _FROM_KEYS | _DATE_KEYS | _SUBJECT_KEYS | _TO_KEYS
_BLOCK_LINES = 12


def forward_subject(subject: str, text: str = "") -> bool:
    """Whether a subject is a forward's ("Fwd: …", "FW: …", "WG: …"); "VS: …" only over a
    Danish or Norwegian forward in `text`, the mail's body, and "I: …" only over Italian
    Outlook's header block ("Da: … Inviato: …")."""
    if _FORWARD_SUBJECT.match(subject):
        return True
    if _I_SUBJECT.match(subject):
        return _first_block_from(text) == _ITALIAN_FROM
    return bool(_VS_SUBJECT.match(subject)) and _videresendt(text)


def forward_subject_line(line: str) -> bool:
    """Whether a header block's subject line says the message in it was a forward ("Subject:
    FW: …", "Ämne: VB: …"); "VS:" only under Danish and Norwegian's "Emne:", the block's own
    language (under Finnish "Aihe:" it is a reply). "I:" never: the block does not show
    whether Italian Outlook wrote it or the customer did."""
    key = _key(line)
    if key not in _SUBJECT_KEYS:
        return False
    value = _value(line)
    return forward_subject(value) or (key == "emne" and bool(_VS_SUBJECT.match(value)))


def _videresendt(text: str) -> bool:
    """Whether the first forward marker or header block in the text is Danish or Norwegian:
    a Finnish reply's "Lähettäjä: … Lähetetty: …" block is the message it answers."""
    return _first_block_from(text) == _VIDERESENDT_FROM


def _first_block_from(text: str) -> str:
    """The From key of the first header block in the text ("fra", "da"); "fra" too when a
    Danish or Norwegian forward marker comes first, "" for another marker or none."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        if FORWARD_MARKER.match(line):
            return _VIDERESENDT_FROM if "videresendt" in line.casefold() else ""
        plain = plain_line(line)
        if LOCAL_FROM.match(plain):
            following = (plain_line(later) for later in lines[index + 1 : index + _BLOCK_LINES])
            if any(LOCAL_SENT.match(later) for later in following):
                return _key(plain)
    return ""


def _key(line: str) -> str:
    match = _HEADER.match(line)
    return " ".join(match["key"].casefold().split()) if match else ""


def _value(line: str) -> str:
    match = _HEADER.match(line)
    return match["value"].strip().strip("*").strip() if match else ""


def _outlook_block(lines: list[str], index: int) -> bool:
    """A "From: … Sent: …" block at `index`, as Outlook writes one under a forward."""
    if _key(lines[index]) not in _FROM_KEYS:
        return False
    following = lines[index + 1 : index + _BLOCK_LINES]
    return any(_key(line) in _DATE_KEYS for line in following)


def _sender(value: str) -> tuple[str, str]:
    # Older Outlook writes "Rex Marlow [mailto:rex@mail.example]".
    value = re.sub(r"\[mailto:([^\]\s]+)\]", r"<\1>", value)
    name, address = parseaddr(value)
    if "@" not in address:
        return value.strip().strip('"'), ""
    return name.strip(), address.strip().lower()


def read_date(written: str, zone: tzinfo | None) -> datetime | None:
    """The forwarded message's date as its mail program wrote it, in English, German, French,
    Spanish, Danish, Norwegian, Swedish or Finnish; a date without its zone is read in `zone`
    (the forwarder's clock's)."""
    return read_written_time(written, day_first=True, zone=zone)


def _block_end(lines: list[str], start: int) -> int:
    """The line after the header block starting at `start`: its lines, and a wrapped
    value's continuation, up to the first blank line."""
    index = start
    while index < len(lines) and index - start < _BLOCK_LINES and lines[index].strip():
        index += 1
    return index


def inline_forward(text: str, subject: str, zone: tzinfo | None) -> Forwarded | None:
    """The message forwarded inside `text`, when a mail program's forward marks it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    forward = forward_subject(subject, text)
    for index, line in enumerate(lines):
        if FORWARD_MARKER.match(line) or (forward and ORIGINAL_MARKER.match(line)):
            start = index + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
            if start < len(lines) and _key(lines[start]) in _KEYS:
                return _read(lines, index, start, zone)
            return None
        if forward and _outlook_block(lines, index):
            above = index
            while above and _RULE.match(lines[above - 1]):
                above -= 1
            return _read(lines, above, index, zone)
    return None


def header_fields(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The "from", "date", "subject" and "to" written in the header block starting at
    `start`, in any language read here, and the line after the block."""
    end = _block_end(lines, start)
    fields: dict[str, str] = {}
    for line in lines[start:end]:
        key = _key(line)
        for name, keys in (("from", _FROM_KEYS), ("date", _DATE_KEYS), ("subject", _SUBJECT_KEYS)):
            if key in keys and name not in fields:
                fields[name] = _value(line)
        if key in _TO_KEYS:
            fields["to"] = f"{fields.get('to', '')}, {_value(line)}"
    return fields, end


def _read(lines: list[str], note_end: int, start: int, zone: tzinfo | None) -> Forwarded | None:
    fields, end = header_fields(lines, start)
    if "from" not in fields:
        return None
    name, address = _sender(fields["from"])
    try:
        recipients = tuple(
            pair[1].strip().lower()
            for pair in getaddresses([fields.get("to", "")])
            if "@" in pair[1]
        )
    except (ValueError, IndexError, TypeError):
        recipients = ()
    note = "\n".join(lines[:note_end]).strip()
    body = "\n".join(lines[end:]).strip()
    sent = fields.get("date", "")
    return Forwarded(
        note=note,
        sender_name=name,
        sender_address=address,
        sent=sent,
        sent_at=read_date(sent, zone) if sent else None,
        subject=fields.get("subject", ""),
        text=body,
        recipients=recipients,
    )
