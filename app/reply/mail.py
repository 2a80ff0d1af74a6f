"""The finished reply as an email: a mailto link for the owner's mail program, or an .eml file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from app.reply.letter_languages import ENGLISH

# Some mail programs cut mailto links beyond about 2,000 characters; past that the owner is
# told to paste the copied text instead.
MAILTO_SAFE_LENGTH = 2000


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    sender: str
    subject: str
    body: str
    # The Message-ID of the customer's mail ("<id@host>"), so the reply joins its thread.
    in_reply_to: str = ""


# What a Message-ID must look like to be written into a header: no spaces, no angle
# brackets, no line breaks (a hostile message's "ID" must not add headers of its own).
_MESSAGE_ID = re.compile(r"[^\s<>@]{1,200}@[^\s<>@]{1,200}")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|antw|ref)\s*(?:\[\d+\])?\s*:)+\s*", re.IGNORECASE)
_MAX_SUBJECT = 200


def their_message_id(external_id: str | None) -> str:
    """The Message-ID an imported email was saved under, ready for In-Reply-To; "" for
    anything else (a pasted message, a call, a file)."""
    value = (external_id or "").removeprefix("message-id:")
    if value == (external_id or "") or not _MESSAGE_ID.fullmatch(value.strip().strip("<>")):
        return ""
    return f"<{value.strip().strip('<>')}>"


def their_subject(external_id: str | None, summary: str, text: str) -> str:
    """The subject the customer wrote, for an imported email only. It is the summary the
    email was first logged with (the owner's later notes are corrections, never used); a
    summary that is only the start of the message means the email had no subject."""
    if not their_message_id(external_id):
        return ""
    subject = " ".join(summary.split())[:_MAX_SUBJECT]
    if not subject or " ".join(text.split()).startswith(subject.rstrip("…")):
        return ""
    return subject


def reply_subject(
    message_date: str, subject: str = "", your_message: str = ENGLISH.your_message
) -> str:
    """“Re: ” and the customer's own subject, so the reply joins their thread; with none, a
    neutral subject (`your_message`, "your message of {date}" in the reply's language). The
    contact's current summary is the owner's own note about the message (“Threatens a
    chargeback”), so it must never reach the customer."""
    bare = _REPLY_PREFIX.sub("", subject).strip()
    if bare:
        return f"Re: {bare}"
    return "Re: " + your_message.format(date=message_date)


def mailto_url(mail: OutgoingMail) -> str:
    # Line breaks must be CRLF and everything percent-encoded (RFC 6068).
    body = mail.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(mail.to, safe='@,')}?subject={quote(mail.subject, safe='')}"
        f"&body={quote(body, safe='')}"
    )


def mailto_fits(url: str) -> bool:
    return len(url) <= MAILTO_SAFE_LENGTH


def eml_bytes(mail: OutgoingMail, when: datetime) -> bytes:
    message = EmailMessage(policy=SMTP)
    if mail.sender:
        message["From"] = mail.sender
    if mail.to:
        message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=_domain(mail.sender))
    if mail.in_reply_to:
        # Both headers: mail programs thread on either (RFC 5322 section 3.6.4).
        message["In-Reply-To"] = mail.in_reply_to
        message["References"] = mail.in_reply_to
    # Mail programs open a file marked this way as a draft ready to send.
    message["X-Unsent"] = "1"
    message.set_content(mail.body)
    return message.as_bytes()


def _domain(address: str) -> str | None:
    return address.rsplit("@", 1)[1].strip("> ") if "@" in address else None
