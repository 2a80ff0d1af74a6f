"""Splitting pasted text, a copied email thread or a chat transcript, into its messages.

A message starts where the headers show one: an Outlook block ("From:" with "Sent:",
"Date:", "To:" or "Subject:" right after; "Von:" with "Gesendet:" and the like in other
languages, app.importing.pasted_headers), a "-----Original Message-----" line in any language,
a forward's marker in any language app.importing.forwards reads ("---------- Weitergeleitete
Nachricht ---------"), a Gmail "On … wrote:" line or its translation ("Am … schrieb …:"; its
quoted "> " text is unquoted one level), a message as the Gmail web page copies it ("Pat <pat@example.com>", then its time, "Thu, Nov 26, 9:40 PM (8 hours
ago)", then "to me"), or a chat line such as "[10:32] Pat: …" or "12/03/2026, 10:32 - Pat: …". Messages come back in the order they
appear in the text (an email thread is usually newest first).

A chat line often gives only the time ("[10:32]"); its day is the last one the paste gave (a
dated line, or a date on a line of its own as chat programs show between days), else today,
or yesterday when that time has not come yet today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from email.utils import parseaddr

from app.core.clock_changes import read_local
from app.importing.forwards import FORWARD_MARKER, ORIGINAL_MARKER, header_fields
from app.importing.pasted_headers import (
    addressees,
    header_block,
    quote_and_below,
    reply_intro,
    unquote,
)
from app.importing.reply_intros import dated
from app.importing.written_time import (
    ReadAsLocal,
    clock_time,
    pasted_time,
    read_written_time,
    zone_left_out,
    zone_read_in,
)

_HEADER = re.compile(r"^\s*\*?(From|Sent|Date|To|Cc|Subject)\*?\s*:\s*(.*)$", re.IGNORECASE)
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
# Gmail's web page: the sender on a line of their own, the time, then "to me" (or "to Pat").
_ADDRESSED = re.compile(r"^\s*(?P<who>[^<>:]{0,80}?)\s*<(?P<address>[^<>\s@]+@[^<>\s]+)>\s*$")
_AGO = re.compile(r"\s*\([^()]*\bago\)\s*$", re.IGNORECASE)
_TO_LINE = re.compile(r"^\s*to\s+\S", re.IGNORECASE)
# Gmail's sender and time lines are short; a long line (a web page's run of spaces) is never
# one, and is not read with these patterns, whose work grows with its square.
_WEB_LINE = 200
_CLOCK_TIME = re.compile(
    r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?$"
)
# A reply quotes the one before it, which quotes the one before that: each introduction is read
# a level deeper. Past this many the introductions stay words of the deepest message, so a
# paste of thousands of them is read in one pass and never ends in an error.
_DEEPEST = 50
_DAY_FORMATS = (
    "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
    "%b %d, %Y", "%B %d %Y", "%b %d %Y",
)  # fmt: skip


@dataclass(frozen=True)
class PastedMessage:
    text: str
    sender: str = ""  # as written: "Pat Example <pat@example.com>" or a chat name
    sender_address: str = ""
    sent: str = ""  # the time as written
    sent_at: datetime | None = None
    subject: str = ""
    note: str = ""  # how the time was completed or read, for the owner
    read_as_local: ReadAsLocal | None = None  # when `note` only says the zone taken
    chat: bool = False  # a chat line, its sender a chat name (never an address)
    # Below a header block or "wrote:" line: quoted inside the message above it, whose writer
    # chose every word of it (a Gmail web copy's messages stand side by side instead).
    quoted: bool = False
    # A message as the Gmail web page copies it, with its "to me" / "to Pat" line ("" if none).
    web: bool = False
    addressed: str = ""
    # Written above a "Forwarded message" line: the note of whoever forwarded what follows.
    forwards: bool = False
    # How a chat line is set out up to its words, its time as "9" and its name as "@"
    # ("[9] @: "); and the line break above it: " " for a line above ending in a space, "¶"
    # for each blank line. A chat program writes every line alike.
    line_form: str = ""
    break_above: str = ""


def _time(text: str, now: datetime | None = None) -> datetime | None:
    return read_written_time(text, day_first=True, now=now)


def _next_words(lines: list[str], index: int) -> int:
    """The first line from `index` with words on it (len(lines) when none)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _web_mail_header(
    lines: list[str], index: int, now: datetime
) -> tuple[str, str, int, str] | None:
    """(sender, time as written, where the words start, its "to …" line) when a Gmail web
    message starts here.

    "(8 hours ago)" is left out of the time as written: it changes with the hour of the
    copy, and the same message pasted twice must be seen as the same."""
    if len(lines[index]) > _WEB_LINE or not _ADDRESSED.match(lines[index]):
        return None
    when_at = _next_words(lines, index + 1)
    if when_at >= len(lines) or when_at - index > 3 or len(lines[when_at]) > _WEB_LINE:
        return None
    sent = _AGO.sub("", lines[when_at]).strip()
    if _time(sent, now) is None and _clock_time(sent) is None:
        return None
    start = _next_words(lines, when_at + 1)
    addressed = ""
    if start < len(lines) and _TO_LINE.match(lines[start]) and len(lines[start]) <= 200:
        addressed = lines[start].strip()
        start += 1
    return lines[index].strip(), sent, start, addressed


def _starts_header_block(lines: list[str], index: int) -> bool:
    match = _HEADER.match(lines[index])
    if not match or match.group(1).lower() != "from":
        return False
    following = [_HEADER.match(line) for line in lines[index + 1 : index + 1 + _HEADER_LOOKAHEAD]]
    found = [match for match in following if match]
    # "Date: Saturday I come to your shop" under his "From: my side…" is the customer's
    # sentence: a header block's time line gives a date or a time.
    when = next((m[2] for m in found if m.group(1).lower() in ("sent", "date")), None)
    return bool(found) and (when is None or dated(when))


def _message(
    lines: list[str],
    sender: str = "",
    sent: str = "",
    subject: str = "",
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> PastedMessage:
    text = "\n".join(lines).strip()
    address = parseaddr(sender)[1]
    # A time written without its zone is the owner's local time, which the night the clocks
    # change may name twice or not at all: the owner is told which moment was taken, and that
    # her zone was taken, as she is told of a mail's Date.
    sent_at, note, read_as_local = pasted_time(sent, now, zone)
    return PastedMessage(
        text=text,
        sender=sender.strip(),
        sender_address=address.lower() if "@" in address else "",
        sent=sent.strip(),
        sent_at=sent_at,
        subject=subject.strip(),
        note=note,
        read_as_local=read_as_local,
    )


def _split_email(
    lines: list[str], now: datetime, zone: tzinfo | None, depth: int = 0
) -> list[PastedMessage]:
    messages: list[PastedMessage] = []
    sender = sent = subject = ""
    body: list[str] = []
    index = 0
    quoted = False
    web: tuple[str] | None = None  # the "to …" line of a Gmail web message
    quoted_lines = [line.lstrip().startswith(">") for line in lines]

    def flush(forwards: bool = False) -> None:
        if any(line.strip() for line in body) or sender:
            message = _message(body, sender, sent, subject, now, zone)
            addressed = web[0] if web else ""
            messages.append(
                replace(
                    message, quoted=quoted, web=bool(web), addressed=addressed, forwards=forwards
                )
            )

    while index < len(lines):
        line = lines[index]
        forward = bool(FORWARD_MARKER.match(line))
        if forward or ORIGINAL_MARKER.match(line):
            flush(forwards=forward)
            sender = sent = subject = ""
            body = []
            quoted, web = True, None
            index += 1
            if forward:
                # Gmail, Apple Mail and Thunderbird write the forward's header block in the
                # owner's language ("Von:", "De :"), and Thunderbird puts its Subject first.
                fields, end = header_fields(lines, _next_words(lines, index))
                if "from" in fields:
                    sender, sent = fields["from"], fields.get("date", "")
                    subject, index = fields.get("subject", ""), end
            continue
        if _starts_header_block(lines, index):
            flush()
            sender = sent = subject = ""
            body = []
            quoted, web = True, None
            while index < len(lines) and (match := _HEADER.match(lines[index])):
                name, value = match.group(1).lower(), match.group(2)
                if name in ("to", "cc") and not addressees(value):
                    break  # words typed after "To:", kept as the message's
                if name == "from":
                    sender = value
                elif name in ("sent", "date"):
                    sent = value
                elif name == "subject":
                    subject = value
                index += 1
            continue
        block = header_block(lines, index)
        if block is not None:
            flush()
            sender, sent, subject, index = block
            body = []
            quoted, web = True, None
            continue
        found = _web_mail_header(lines, index, now)
        if found is not None:
            flush()
            sender, sent, index, addressed = found
            subject = ""
            body = []
            quoted, web = False, (addressed,)
            continue
        intro = reply_intro(lines, index, quoted_lines) if depth < _DEEPEST else None
        if intro is not None:
            who_when, after = intro
            inside, below = quote_and_below(lines, after, quoted_lines)
            below_messages = _split_email(below, now, zone, depth + 1)
            if below_messages and not (below_messages[0].sender or below_messages[0].quoted):
                # Written under the quote (a reply below the words it answers): the words
                # of whoever quoted, never of the writer the introduction names.
                body += ["", below_messages.pop(0).text]
            flush()
            quoted_messages = _split_email(unquote(inside), now, zone, depth + 1)
            introduced = _message([], *who_when, now=now, zone=zone)
            if not quoted_messages:
                quoted_messages = [introduced]
            elif not quoted_messages[0].sender:
                # The quoted part's first message is the one "wrote:" introduced.
                quoted_messages[0] = replace(
                    quoted_messages[0],
                    sender=introduced.sender,
                    sender_address=introduced.sender_address,
                    sent=introduced.sent,
                    sent_at=introduced.sent_at,
                    note=introduced.note,
                    read_as_local=introduced.read_as_local,
                )
            quoted_messages = [replace(message, quoted=True) for message in quoted_messages]
            return messages + quoted_messages + below_messages
        body.append(line)
        index += 1
    flush()
    return messages


def _clock_time(text: str) -> time | None:
    """ "10:32", "10:32:05", "9:05 pm": a time of day with no date."""
    match = _CLOCK_TIME.match(text.strip())
    if not match:
        return None
    return clock_time(int(match["h"]), int(match["m"]), int(match["s"] or 0), match["half"] or "")


def _day(text: str, today: date) -> date | None:
    """A date on a line of its own ("Monday, 2 March 2026", "02/03/2026", "Yesterday"), as chat
    programs show between days; slashed dates are read day first, as chat exports write them."""
    text = text.strip()
    if not 5 <= len(text) <= 40:
        return None
    named = {"today": today, "yesterday": today - timedelta(days=1)}
    if text.lower() in named:
        return named[text.lower()]
    text = re.sub(r"^[A-Za-z]+,\s*", "", text)
    if not any(character.isdigit() for character in text):
        return None
    for pattern in _DAY_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _dated(
    messages: list[PastedMessage], days: list[date | None], now: datetime, zone: tzinfo | None
) -> None:
    """Give each time-only chat message its day: the paste's, else today (or yesterday)."""
    now = now.astimezone(zone) if zone is not None else now.astimezone()
    for index, message in enumerate(messages):
        if message.sent_at is not None:
            continue
        clock = _clock_time(message.sent)
        if clock is None:
            continue
        day, note = days[index], ""
        if day is None:
            day = now.date()
            note = f"The time “{message.sent}” has no date; today's date was used."
            if read_local(datetime.combine(day, clock), zone)[0] > now:
                day -= timedelta(days=1)
                note = f"The time “{message.sent}” has no date; yesterday's date was used."
        try:
            sent_at, clock_note = read_local(datetime.combine(day, clock), zone)
        except (OverflowError, ValueError, OSError):
            continue  # a day line of 31/12/9999: no real time, so none is given
        said = zone_left_out("It" if note else f"The time “{message.sent}”", sent_at)
        note = " ".join(filter(None, (note, said, clock_note)))
        local = None if clock_note else ReadAsLocal(zone_read_in(sent_at), note)
        messages[index] = replace(message, sent_at=sent_at, note=note, read_as_local=local)


def _line_form(match: re.Match[str]) -> str:
    """See PastedMessage.line_form; spaces around the name are kept, they are set out too."""
    line, who = match.string, match.group("who")
    name = who.strip()
    around = who.replace(name, "@", 1) if name else who
    return (
        line[: match.start("when")]
        + "9"
        + line[match.end("when") : match.start("who")]
        + around
        + line[match.end("who") : match.start("text")]
    )


def _break_above(lines: list[str], index: int) -> str:
    """How the line break above line `index` is written (see PastedMessage.break_above)."""
    blank = 0
    while index - blank - 1 >= 0 and not lines[index - blank - 1].strip():
        blank += 1
    above = index - blank - 1
    spaced = above >= 0 and lines[above] != lines[above].rstrip()
    return (" " if spaced else "") + "¶" * blank


def _chat_follows(lines: list[str], matches: list[re.Match[str] | None], index: int) -> bool:
    """Whether the next line with words after `index` starts a chat message."""
    for following in range(index + 1, len(lines)):
        if lines[following].strip():
            return matches[following] is not None
    return False


def _split_chat(lines: list[str], now: datetime, zone: tzinfo | None) -> list[PastedMessage] | None:
    """Chat transcripts, when most message lines start like chat lines."""
    matches = [next((p.match(line) for p in _CHAT if p.match(line)), None) for line in lines]
    starts = sum(1 for match in matches if match)
    if starts < 2:
        return None
    starts_at: list[re.Match[str]] = []
    breaks: list[str] = []
    bodies: list[list[str]] = []
    days: list[date | None] = []
    day: date | None = None
    today = (now.astimezone(zone) if zone is not None else now.astimezone()).date()
    for index, (line, match) in enumerate(zip(lines, matches, strict=True)):
        if match:
            sent_at = _time(match.group("when"), now)
            if sent_at is not None:
                day = sent_at.date()
            starts_at.append(match)
            breaks.append(_break_above(lines, index) if starts_at[1:] else "")
            bodies.append([match.group("text")])
            days.append(day)
            continue
        # A date between messages starts a new day; within a message it is the customer's words.
        given = _day(line, today)
        if given is not None and _chat_follows(lines, matches, index):
            day = given
        elif bodies:
            bodies[-1].append(line)
    messages = [
        replace(
            _message(body, match.group("who"), match.group("when"), now=now, zone=zone),
            chat=True,
            line_form=_line_form(match),
            break_above=gap,
        )
        for match, body, gap in zip(starts_at, bodies, breaks, strict=True)
    ]
    _dated(messages, days, now, zone)
    return messages


def split_pasted(
    text: str, now: datetime | None = None, zone: tzinfo | None = None
) -> list[PastedMessage]:
    """The messages in a pasted thread or transcript; the whole text when nothing shows one.

    `now` completes chat times written without a date (see the module's notes); times
    written without a zone are read in `zone` (None: the laptop's)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    now = now or datetime.now().astimezone()
    chat = _split_chat(lines, now, zone)
    if chat:
        return chat
    messages = _split_email(lines, now, zone)
    # A Gmail web message from today gives only its time ("9:40 PM").
    _dated(messages, [None] * len(messages), now, zone)
    return messages or ([PastedMessage(text=text.strip())] if text.strip() else [])
