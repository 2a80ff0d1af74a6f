"""Exhibits: public posts with their platform, URL and handle, and emails shown with their
headers.
"""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from urllib.parse import urlsplit

from app.core.domain import Attachment, Contact
from app.importing.post_details import platform_from_url
from app.packets.data import (
    EmailView,
    Exhibit,
    PacketContact,
    PublicPost,
)
from app.packets.redaction import Redactor
from app.services import Services


def platform_of(url: str) -> str:
    """The platform's name when Steady knows it, else the web address's host."""
    return platform_from_url(url) or (urlsplit(url.strip()).hostname or "").lower().removeprefix(
        "www."
    )


def public_post(
    services: Services, c: PacketContact, handles: tuple[str, ...], exhibits: list[Exhibit]
) -> PublicPost:
    """A post as printed: the details the owner recorded for its screenshot come first."""
    known = services.imports.posts.get(c.id)
    url = (known.url if known and known.url else "") or c.url
    platform = (known.platform if known and known.platform else "") or (
        platform_of(url) if url else c.channel.label
    )
    handle = (known.handle if known and known.handle else "") or (
        _handle_for(handles, platform_of(url), url) if url else ""
    )
    captured = min((e.captured_at for e in exhibits if e.contact_id == c.id), default=None)
    return PublicPost(
        contact_id=c.id,
        platform=platform,
        url=url,
        handle=handle,
        captured_at=(known.captured_at if known and known.captured_at else None) or captured,
        occurred_at=(known.posted_at if known and known.posted_at else None) or c.occurred_at,
        text=c.text,
        exhibits=c.exhibits,
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _handle_for(handles: tuple[str, ...], platform: str, url: str) -> str:
    """The customer's handle on that platform, from their "platform: @handle" entries."""
    host_stem = _letters((urlsplit(url).hostname or "").removeprefix("www.").split(".")[0])
    for handle in handles:
        where, _, name = handle.partition(":")
        where_letters = _letters(where)
        if (
            name
            and where_letters
            and (
                where_letters in _letters(platform)
                or _letters(platform) in where_letters
                or (host_stem and host_stem in where_letters)
            )
        ):
            return name.strip()
    path = urlsplit(url).path.strip("/").split("/")
    if path and path[0].startswith("@"):
        return path[0]
    return ""


def email_view(data: bytes) -> EmailView:
    """Every header as it arrived (unfolded, encoded words decoded), then the readable body."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    headers = tuple((name, str(value)) for name, value in message.items())
    body = ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None:
        try:
            body = str(part.get_content())
        except (LookupError, ValueError):
            body = part.get_payload(decode=True).decode("utf-8", "replace")  # type: ignore[union-attr]
        if part.get_content_type() == "text/html":
            body = re.sub(r"<[^>]+>", " ", body)
    return EmailView(headers, body.strip())


def is_email(attachment: Attachment) -> bool:
    return attachment.mime == "message/rfc822" or attachment.filename.lower().endswith(".eml")


def add_exhibits(
    services: Services, contact: Contact, exhibits: list[Exhibit], redact: Redactor
) -> tuple[int, ...]:
    """Number the contact's files as the next exhibits, in the order they were attached."""
    numbers = []
    for attachment in services.contacts.attachments(contact.id):
        _, blob = services.contacts.attachment_data(attachment.id)
        view = None
        if is_email(attachment):
            parsed = email_view(blob)
            view = EmailView(
                tuple((k, redact(v, contact.id)) for k, v in parsed.headers),
                redact(parsed.body, contact.id),
            )
        exhibits.append(
            Exhibit(
                number=len(exhibits) + 1,
                filename=attachment.filename,
                mime=attachment.mime,
                size=attachment.size,
                sha256=attachment.sha256,
                data=blob,
                contact_id=contact.id,
                source=contact.source,
                captured_at=attachment.added_at,
                occurred_at=contact.occurred_at,
                url=contact.details.url,
                note=attachment.note,
                email=view,
            )
        )
        numbers.append(len(exhibits))
    return tuple(numbers)
