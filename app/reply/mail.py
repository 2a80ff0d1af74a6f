"""The finished reply as an email: a mailto link for the owner's mail program, or an .eml file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

# Some mail programs cut mailto links beyond about 2,000 characters; past that the owner is
# told to paste the copied text instead.
MAILTO_SAFE_LENGTH = 2000


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    sender: str
    subject: str
    body: str


def reply_subject(message_date: str) -> str:
    """A neutral subject. The contact's summary is the owner's own note about the message
    (“Threatens a chargeback”), so it must never reach the customer."""
    return f"Re: your message of {message_date}"


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
    # Mail programs open a file marked this way as a draft ready to send.
    message["X-Unsent"] = "1"
    message.set_content(mail.body)
    return message.as_bytes()


def _domain(address: str) -> str | None:
    return address.rsplit("@", 1)[1].strip("> ") if "@" in address else None
