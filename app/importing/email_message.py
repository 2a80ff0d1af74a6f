"""One email message (.eml, or one message of an mbox) read leniently into a FoundMessage.

Real mail is messy, so this reads with the lenient compat32 parser and guards every header:
whatever can be read is imported, with a warning for what could not, never a crash.
The original bytes are kept unchanged as `message.eml`.
"""

from __future__ import annotations

import contextlib
import mimetypes
import re
from datetime import UTC, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.errors import HeaderParseError, MessageError
from email.header import decode_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from app.core.contact_changes import NewAttachment
from app.core.direction_controls import plainly
from app.core.domain import Channel
from app.importing.arrival_time import arrival_time
from app.importing.attachment_check import check_attachment
from app.importing.charsets import decode_leniently, decode_words
from app.importing.direction import header_signs
from app.importing.fingerprint import message_fingerprint
from app.importing.forwards import Forwarded, forward_subject, inline_forward
from app.importing.found import FoundMessage
from app.importing.mail_bodies import (
    Shown,
    alternatives,
    html_body,
    inline_text_file,
    log_text,
    plain_body,
)
from app.importing.mail_spans import SetAside, set_aside
from app.importing.written_time import UNSAID_ZONE, mail_date, zone_written

EML_MIME = "message/rfc822"
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


def _raw_header(message: Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


def _unescape_8bit(value: str, where: str, warnings: list[str]) -> str:
    """Header bytes that were not ASCII arrive surrogate-escaped; read them as text."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        text, warning = decode_leniently(value.encode("ascii", "surrogateescape"), None, where)
        if warning:
            warnings.append(warning)
        return text


def header_text(message: Message, name: str, warnings: list[str]) -> str:
    """A header as readable text: unfolded, encoded words decoded, never an exception."""
    raw = _raw_header(message, name)
    if raw is None:
        return ""
    where = f"“{name}” line"
    raw = re.sub(r"\r?\n[ \t]+", " ", _unescape_8bit(raw, where, warnings)).strip()
    try:
        parts = decode_header(raw)
    except (ValueError, IndexError, AssertionError, LookupError, HeaderParseError):
        # One bad encoded word makes the standard decoder give up on the whole line.
        text, problems = decode_words(raw, where)
        warnings += [problem for problem in problems if problem not in warnings]
        return text.strip()
    pieces: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            pieces.append(chunk)
            continue
        text, warning = decode_leniently(chunk, charset, where)
        if warning and warning not in warnings:
            warnings.append(warning)
        pieces.append(text)
    return "".join(pieces).strip()


def message_time(value: str, warnings: list[str]) -> datetime | None:
    """The time a Date line gives as the standard reader reads it; one written without a zone
    is returned without one (app/importing/arrival_time.py reads those as the owner does the
    other zone-less dates), "-0000" in UTC (RFC 5322), and one whose zone Steady does not
    know in UTC, as RFC 5322 says, with a warning."""
    if not value:
        warnings.append("The message has no date; the file's time was used instead.")
        return None
    try:
        moment = mail_date(value)
        written = zone_written(value)
        if moment.tzinfo is None and written:
            moment = moment.replace(tzinfo=UTC)
            if written != UNSAID_ZONE:
                warnings.append(
                    f"The date “{value}” gives a time zone Steady does not know (“{written}”); "
                    "it was read as UTC and may be several hours off."
                )
        # 31 Dec 9999 west of Greenwich is past the year 9999 in UTC, where it is stored.
        moment.astimezone(UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        warnings.append(f"The date “{value}” could not be read; the file's time was used.")
        return None
    return moment


def _part_bytes(part: Message, aside: SetAside | None = None) -> bytes:
    if aside is not None:
        try:  # the same test get_payload makes
            is_base64 = str(part.get("content-transfer-encoding", "")).lower() == "base64"
        except (ValueError, TypeError, AssertionError):
            is_base64 = False
        decoded = aside.decode_base64(part) if is_base64 else None
        if decoded is not None:
            return decoded
        aside.put_back(part)
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except (ValueError, LookupError, TypeError):
        return None


def _filename(part: Message, warnings: list[str]) -> str:
    try:
        name = part.get_filename() or ""
    except (ValueError, LookupError, TypeError, AssertionError):
        name = ""
    if not name:
        return ""
    if "=?" in name:
        with contextlib.suppress(ValueError, LookupError, HeaderParseError):
            name = "".join(
                decode_leniently(chunk, charset, "attachment name")[0]
                if isinstance(chunk, bytes)
                else chunk
                for chunk, charset in decode_header(name)
            )
    name = _unescape_8bit(name, "attachment name", warnings)
    # A name is a name, never a path.
    return plainly(re.sub(r"[\\/:\x00-\x1f]", "_", name).strip(), "attachment name", warnings)


# Real mail nests a few levels (a forward of a reply with attachments); a hostile one nests
# thousands, which would exhaust Python's stack. Deeper parts stay in the original .eml.
MAX_DEPTH = 40
TOO_DEEP = (
    "The message is nested more than {depth} levels deep; the parts below that are kept only "
    "in the original."
)


class _Walk:
    def __init__(self, warnings: list[str], name: str, aside: SetAside | None = None) -> None:
        self.warnings = warnings
        self.name = name
        self.aside = aside
        self.attachments: list[NewAttachment] = []
        self.forwarded: list[bytes] = []  # each message attached whole, as a forward attaches it

    def part(self, part: Message, depth: int = 0) -> list[Shown]:
        """The words of this part's bodies, in order; its files go to the attachments."""
        if depth > MAX_DEPTH:
            too_deep = TOO_DEEP.format(depth=MAX_DEPTH)
            if too_deep not in self.warnings:
                self.warnings.append(too_deep)
            return []
        try:
            ctype = part.get_content_type()
        except (ValueError, TypeError, AttributeError):
            ctype = "application/octet-stream"
        if ctype == "message/rfc822":
            self._forwarded(part)
            return []
        if part.is_multipart():
            payload = part.get_payload()
            children = payload if isinstance(payload, list) else []
            branches = [self.part(c, depth + 1) for c in children if isinstance(c, Message)]
            if ctype == "multipart/alternative":
                return alternatives(branches, self.name, self.warnings)
            return [shown for branch in branches for shown in branch]
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part, self.warnings)
        is_body = disposition != "attachment" and not filename
        if is_body and ctype in ("text/plain", "text/html"):
            return [self._body(part, ctype)]
        data = _part_bytes(part, self.aside)
        checked = check_attachment(data, ctype, filename)  # the bytes decide, not the sender
        self.warnings += [checked.warning] if checked.warning else []
        if not filename:
            extension = mimetypes.guess_extension(ctype) or ".bin"
            kind = "inline" if disposition == "inline" or ctype.startswith("image/") else "part"
            filename = f"{kind}-{len(self.attachments) + 1}{extension}"
        self.attachments.append(
            NewAttachment(filename=filename, data=data, mime=checked.mime, note=checked.note)
        )
        if ctype == "text/plain" and disposition != "attachment":
            text, _ = decode_leniently(data, _charset(part), f"attached file “{filename}”")
            return [inline_text_file(filename, text)] if text.strip() else []
        return []

    def _body(self, part: Message, ctype: str) -> Shown:
        where = "message text" if ctype == "text/plain" else "message's HTML text"
        text, warning = decode_leniently(_part_bytes(part, self.aside), _charset(part), where)
        if warning and warning not in self.warnings:
            self.warnings.append(warning)
        if ctype == "text/plain":
            return plain_body(text, self.name, self.warnings)
        return html_body(text, self.name, self.warnings)

    def _forwarded(self, part: Message) -> None:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        data = b""
        if isinstance(inner, Message):
            try:
                data = inner.as_bytes(policy=email_policy.compat32)
                if self.aside is not None:
                    data = self.aside.put_back_written(data, email_policy.compat32.linesep.encode())
            except (RecursionError, ValueError, TypeError, LookupError, MessageError):
                data = b""
        if not data:
            data = _part_bytes(part, self.aside)
        name = _filename(part, self.warnings) or f"forwarded-{len(self.attachments) + 1}.eml"
        self.attachments.append(NewAttachment(filename=name, data=data, mime=EML_MIME))
        self.forwarded.append(data)


def _addresses(value: str) -> tuple[str, ...]:
    try:
        pairs = getaddresses([value])
    except (ValueError, IndexError, TypeError):
        return ()
    return tuple(address.strip().lower() for _, address in pairs if "@" in address)


def _forwarded(walk: _Walk, text: str, subject: str, date: str, inner: bool) -> Forwarded | None:
    """The message this one forwards: written inline under a mail program's forward marker,
    else the one message attached whole under a forward's subject or a note."""
    if inner:
        return None  # a forward inside a forward stays in the text it was forwarded with
    try:
        zone = parsedate_to_datetime(date).tzinfo if date else None
    except (TypeError, ValueError, IndexError, OverflowError):
        zone = None
    found = inline_forward(text, subject, zone)
    if found is not None or len(walk.forwarded) != 1:
        return found
    attached = parse_email(walk.forwarded[0], "forwarded.eml", inner=True)
    if not (forward_subject(subject, text) or attached.sender_address):
        return None
    return Forwarded(
        note=text.strip(),
        sender_name=attached.sender_name,
        sender_address=attached.sender_address,
        sent=header_text(
            BytesHeaderParser(policy=email_policy.compat32).parsebytes(walk.forwarded[0]),
            "Date",
            [],
        ),
        sent_at=attached.occurred_at,
        subject=attached.subject,
        text=attached.text,
        recipients=attached.recipients,
        message_id=attached.message_id,
    )


def parse_email(raw: bytes, filename: str = "message.eml", inner: bool = False) -> FoundMessage:
    """Read one message; whatever cannot be read becomes a warning, never an exception.
    `inner`: a message attached to a forward, read for its words, not for forwards of its
    own."""
    warnings: list[str] = []
    # Long base64 runs (big attachments) are decoded from `raw` itself, not through the parser.
    parsed, aside = set_aside(raw)
    try:
        message = message_from_bytes(parsed, policy=email_policy.compat32)
    except RecursionError:
        # Nested thousands deep: read the outer headers; the whole message stays the original.
        message = BytesHeaderParser(policy=email_policy.compat32).parsebytes(parsed)
        warnings.append(TOO_DEEP.format(depth=MAX_DEPTH))
    subject = plainly(header_text(message, "Subject", warnings), "subject", warnings)
    from_value = plainly(header_text(message, "From", warnings), "sender", warnings)
    try:
        sender_name, sender_address = parseaddr(from_value)
    except (ValueError, IndexError, TypeError):
        sender_name, sender_address = "", ""
    if not from_value:
        warnings.append("The message has no sender (“From” line).")
    recipients = _addresses(
        ", ".join(header_text(message, name, warnings) for name in ("To", "Cc"))
    )
    blind = _addresses(header_text(message, "Bcc", warnings))
    date = header_text(message, "Date", warnings)
    occurred_at = arrival_time(message, date, message_time, warnings)
    match = _MESSAGE_ID.search(header_text(message, "Message-ID", warnings))
    del parsed
    name = f"“{subject}”" if subject else f"“{filename}”"
    walk = _Walk(warnings, name, aside)
    bodies: list[Shown] = []
    try:
        bodies = walk.part(message)
    except (
        ValueError,
        TypeError,
        LookupError,
        AttributeError,
        AssertionError,
        RecursionError,
        MessageError,
    ) as error:
        warnings.append(f"Part of the message could not be read ({error}); the original is kept.")
    if message.defects:
        warnings.append(
            "The message is not well formed ("
            + ", ".join(sorted({type(defect).__name__ for defect in message.defects}))
            + "); what could be read was imported."
        )
    text = log_text(bodies)
    forwarded = _forwarded(walk, text, subject, date, inner)
    base = re.sub(r"\.[^.]*$", "", filename) or "message"
    return FoundMessage(
        kind="email",
        text=text,
        subject=subject,
        occurred_at=occurred_at,
        sender_address=sender_address.strip().lower(),
        sender_name=sender_name.strip(),
        recipients=recipients,
        blind=blind,
        channel=Channel.EMAIL,
        attachments=walk.attachments,
        original=NewAttachment(
            filename=f"{base}.eml",
            data=raw,
            mime=EML_MIME,
            note="The message exactly as received, with all its headers.",
        ),
        message_id=match.group(1) if match else "",
        warnings=list(dict.fromkeys(warnings)),
        # The same message from an mbox and from an .eml file gets the same id.
        content_sha256=message_fingerprint(raw),
        forwarded=forwarded,
        delivered=_delivered(message),
    )


def _delivered(message: Message) -> str:
    """Why the header lines just read show the message was delivered to the business."""
    try:
        return header_signs(message)
    except Exception:  # a hostile header block: nothing read is nothing believed
        return ""
