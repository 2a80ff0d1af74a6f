"""Outlook .msg files, read with extract-msg; the .msg itself is kept as the original.

A .msg saved from a received mail usually keeps the mail's transport headers (the property
0x007D): its Received lines tell when it reached the owner and that it was delivered to her,
as an .eml's do (app/importing/arrival_time.py, app/importing/direction.py). A .msg without
them (a draft, a message saved from Sent Items) is read from its properties alone.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr

from app.core.contact_changes import NewAttachment
from app.core.direction_controls import plainly
from app.core.domain import Channel
from app.core.errors import SteadyError
from app.core.file_names import file_name
from app.importing.arrival_time import arrival_time
from app.importing.attachment_check import check_attachment
from app.importing.charsets import decode_leniently
from app.importing.direction import header_signs
from app.importing.found import FoundMessage
from app.importing.html_text import read_html

MSG_MIME = "application/vnd.ms-outlook"
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_leniently(value, None, "Outlook message")[0]
    return str(value)


def _addresses(value: str) -> tuple[str, ...]:
    try:
        return tuple(a.strip().lower() for _, a in getaddresses([value]) if "@" in a)
    except (ValueError, IndexError, TypeError):
        return ()


_PREFIX = "Microsoft Mail Internet Headers Version 2.0"


def _transport_headers(message: object) -> Message | None:
    """The mail's own header lines as the receiving server left them; None when absent or
    unreadable (nothing read is nothing believed)."""
    try:
        text = _text(getattr(message, "headerText", None))
        text = text.removeprefix(_PREFIX).lstrip() if text.startswith(_PREFIX) else text
        if not text.strip():
            return None
        return HeaderParser(policy=compat32).parsestr(text)
    except Exception:  # a damaged or hostile header stream
        return None


def _arrival(
    headers: Message | None, written: datetime | None, warnings: list[str]
) -> datetime | None:
    """The contact's time: the .msg's own date, checked against its Received lines if any."""
    if headers is None:
        if written is None:
            warnings.append("The message has no date; the file's time was used instead.")
        return written
    try:
        date_text = _text(headers.get("Date", ""))
        arrived = arrival_time(headers, date_text, lambda _text, _notes: written, warnings)
    except Exception:  # a Received line no parser expected: the .msg's own date stands
        arrived = written
    if arrived is None:
        warnings.append("The message has no date; the file's time was used instead.")
    return arrived


def _delivered(headers: Message | None) -> str:
    """Why the .msg's header lines show it reached the business ("" when they do not)."""
    if headers is None:
        return ""
    try:
        return header_signs(headers)
    except Exception:  # a header no parser expected: the sender's claim is not believed
        return "its header lines could not be read"


def parse_outlook(path: str, data: bytes) -> FoundMessage:
    """Read an Outlook message; `data` is the file's bytes, kept unchanged as the original."""
    import extract_msg  # a heavy import, only when a .msg is actually imported

    name = file_name(path)
    warnings: list[str] = []
    # extract-msg reports oddities of real files through logging; the owner gets warnings.
    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        message = extract_msg.openMsg(path, strict=False)
    except Exception as error:  # any parser failure on an untrusted file is "unreadable"
        # The parser's own words ("not an OLE2 structured storage file") mean nothing to the
        # owner; what it means for them is said plainly.
        raise SteadyError(
            f"{name} is not an Outlook message Steady can read: it may be damaged, or another "
            "kind of file with a .msg name. Nothing was imported from it."
        ) from error
    try:
        sender = plainly(_text(getattr(message, "sender", "")), "sender", warnings)
        sender_name, sender_address = parseaddr(sender)
        recipients = _addresses(", ".join(_text(getattr(message, key, "")) for key in ("to", "cc")))
        subject = plainly(_text(getattr(message, "subject", "")), "subject", warnings)
        occurred_at = getattr(message, "date", None)
        if not isinstance(occurred_at, datetime):
            occurred_at = None
        elif occurred_at.tzinfo is None:
            occurred_at = occurred_at.replace(tzinfo=UTC)
        headers = _transport_headers(message)
        occurred_at = _arrival(headers, occurred_at, warnings)
        doubt = _delivered(headers)
        text = _text(getattr(message, "body", ""))
        if not text.strip():
            html = getattr(message, "htmlBody", None)
            text, warning = read_html(_text(html)) if html else ("", None)
            warnings += [warning] if warning else []
        attachments: list[NewAttachment] = []
        for attachment in getattr(message, "attachments", []):
            payload = getattr(attachment, "data", None)
            filename = getattr(attachment, "getFilename", lambda: "")() or "attachment.bin"
            filename = plainly(filename, "attachment name", warnings)
            if isinstance(payload, bytes):
                declared = getattr(attachment, "mimetype", None) or ""
                checked = check_attachment(payload, declared, filename)  # the bytes decide
                warnings += [checked.warning] if checked.warning else []
                attachments.append(
                    NewAttachment(
                        filename=file_name(filename),
                        data=payload,
                        mime=checked.mime,
                        note=checked.note,
                    )
                )
            else:
                warnings.append(
                    f"The attached item “{filename}” is itself an Outlook item; it stays inside "
                    "the original .msg."
                )
        match = _MESSAGE_ID.search(_text(getattr(message, "messageId", "")))
    except Exception as error:  # a damaged property stream: keep what the file is, say so
        raise SteadyError(f"{name} is a damaged Outlook message ({error}).") from error
    finally:
        message.close()
    return FoundMessage(
        kind="outlook",
        text=text,
        subject=subject,
        occurred_at=occurred_at,
        sender_address=sender_address.strip().lower(),
        sender_name=sender_name.strip(),
        recipients=recipients,
        channel=Channel.EMAIL,
        attachments=attachments,
        original=NewAttachment(
            filename=name,
            data=data,
            mime=MSG_MIME,
            note="The Outlook message exactly as saved.",
        ),
        message_id=match.group(1) if match else "",
        warnings=warnings,
        outbound_doubt=doubt,
    )
