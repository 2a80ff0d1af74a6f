"""Splitting pasted text, a copied email thread or a chat transcript, into its messages.

A message starts where the headers show one: an Outlook block ("From:" with "Sent:",
"Date:", "To:" or "Subject:" right after), a "-----Original Message-----" line, a Gmail
"On … wrote:" line (its quoted "> " text is unquoted one level), or a chat line such as
"[10:32] Pat: …" or "12/03/2026, 10:32 - Pat: …". Messages come back in the order they
appear in the text (an email thread is usually newest first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import parseaddr

from app.importing.written_time import read_written_time

_HEADER = re.compile(r"^\s*\*?(From|Sent|Date|To|Cc|Subject)\*?\s*:\s*(.*)$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*(Original Message|Forwarded message)\s*-{2,}\s*$", re.I)
_WROTE = re.compile(r"^\s*On (.{8,240}) wrote:\s*$", re.IGNORECASE)
_CHAT = (
    # [10:32] Pat: text   or   [12/03/2026 10:32] Pat: text
    re.compile(r"^\[(?P<when>[^\]]{4,30})\]\s*(?P<who>[^:\[\]]{1,40}?):\s(?P<text>.*)$"),
    # 12/03/2026, 10:32 - Pat: text   (WhatsApp export)
    re.compile(
        r"^(?P<when>\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)"
        r"\s[-–]\s(?P<who>[^:]{1,40}?):\s(?P<text>.*)$"
    ),
)
_HEADER_LOOKAHEAD = 6


@dataclass(frozen=True)
class PastedMessage:
    text: str
    sender: str = ""  # as written: "Pat Example <pat@example.com>" or a chat name
    sender_address: str = ""
    sent: str = ""  # the time as written
    sent_at: datetime | None = None
    subject: str = ""


def _time(text: str) -> datetime | None:
    return read_written_time(text, day_first=True)


def _starts_header_block(lines: list[str], index: int) -> bool:
    match = _HEADER.match(lines[index])
    if not match or match.group(1).lower() != "from":
        return False
    following = lines[index + 1 : index + 1 + _HEADER_LOOKAHEAD]
    return any(_HEADER.match(line) for line in following)


def _unquote(lines: list[str]) -> list[str]:
    return [re.sub(r"^> ?", "", line) for line in lines]


def _message(
    lines: list[str], sender: str = "", sent: str = "", subject: str = ""
) -> PastedMessage:
    text = "\n".join(lines).strip()
    address = parseaddr(sender)[1]
    return PastedMessage(
        text=text,
        sender=sender.strip(),
        sender_address=address.lower() if "@" in address else "",
        sent=sent.strip(),
        sent_at=_time(sent),
        subject=subject.strip(),
    )


def _who_and_when(intro: str) -> tuple[str, str]:
    """ "Mon, 2 Mar 2026 at 10:15, Pat <pat@example.com>" -> (sender, time as written)."""
    angle = intro.find("<")
    head = intro[:angle] if angle > 0 else intro
    cut = head.rfind(", ")
    if cut < 0:
        return intro, ""
    return intro[cut + 2 :].strip(), head[:cut].strip()


def _split_email(lines: list[str]) -> list[PastedMessage]:
    messages: list[PastedMessage] = []
    sender = sent = subject = ""
    body: list[str] = []
    index = 0

    def flush() -> None:
        if any(line.strip() for line in body) or sender:
            messages.append(_message(body, sender, sent, subject))

    while index < len(lines):
        line = lines[index]
        if _ORIGINAL.match(line):
            flush()
            sender = sent = subject = ""
            body = []
            index += 1
            continue
        if _starts_header_block(lines, index):
            flush()
            sender = sent = subject = ""
            body = []
            while index < len(lines) and (match := _HEADER.match(lines[index])):
                name, value = match.group(1).lower(), match.group(2)
                if name == "from":
                    sender = value
                elif name in ("sent", "date"):
                    sent = value
                elif name == "subject":
                    subject = value
                index += 1
            continue
        wrote = _WROTE.match(line)
        if wrote:
            flush()
            quoted = _split_email(_unquote(lines[index + 1 :]))
            introduced = _message([], *_who_and_when(wrote.group(1)))
            if not quoted:
                quoted = [introduced]
            elif not quoted[0].sender:
                # The quoted part's first message is the one "wrote:" introduced.
                quoted[0] = replace(
                    quoted[0],
                    sender=introduced.sender,
                    sender_address=introduced.sender_address,
                    sent=introduced.sent,
                    sent_at=introduced.sent_at,
                )
            return messages + quoted
        body.append(line)
        index += 1
    flush()
    return messages


def _split_chat(lines: list[str]) -> list[PastedMessage] | None:
    """Chat transcripts, when most message lines start like chat lines."""
    matches = [next((p.match(line) for p in _CHAT if p.match(line)), None) for line in lines]
    starts = sum(1 for match in matches if match)
    if starts < 2:
        return None
    messages: list[PastedMessage] = []
    for line, match in zip(lines, matches, strict=True):
        if match:
            messages.append(
                _message([match.group("text")], match.group("who"), match.group("when"))
            )
        elif messages:
            last = messages[-1]
            messages[-1] = _message(
                [*last.text.splitlines(), line], last.sender, last.sent, last.subject
            )
    return messages


def split_pasted(text: str) -> list[PastedMessage]:
    """The messages in a pasted thread or transcript; the whole text when nothing shows one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chat = _split_chat(lines)
    if chat:
        return chat
    messages = _split_email(lines)
    return messages or ([PastedMessage(text=text.strip())] if text.strip() else [])
