"""Exhibits: public posts with their platform, URL and handle, and emails shown with their
headers.
"""

from __future__ import annotations

from collections.abc import Collection
from email import policy
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import urlsplit

from app.core.domain import Attachment, Category, Contact
from app.importing.email_message import parse_email
from app.importing.html_text import html_to_text
from app.importing.post_details import platform_from_url
from app.packets.capture_time import EXIF, capture_in_note
from app.packets.contact_data import PacketContact
from app.packets.data import EmailView, Exhibit, PublicPost
from app.packets.exhibit_origin import exhibit_source
from app.packets.exif_zone import exif_source
from app.packets.platforms import handle_for
from app.packets.redaction import Redactor
from app.packets.text_files import file_text, is_text_file
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
        handle_for(handles, platform, url) if url else ""
    )
    own = [e for e in exhibits if e.contact_id == c.id]
    captured = min(
        ((e.capture_time, e.capture_from) for e in own if e.capture_time is not None),
        default=(None, ""),
    )
    if known and known.captured_at:
        # The screenshot's own exhibit says whether its EXIF time came with a time zone.
        captured = next(
            (
                (e.capture_time, e.capture_from)
                for e in own
                if known.captured_from == EXIF and e.capture_time == known.captured_at
            ),
            (known.captured_at, known.captured_from),
        )
    return PublicPost(
        contact_id=c.id,
        platform=platform,
        url=url,
        handle=handle,
        captured_at=captured[0],
        occurred_at=(known.posted_at if known and known.posted_at else None) or c.occurred_at,
        text=c.text,
        exhibits=c.exhibits,
        flagged=Category.HARASSMENT_SOCIAL in c.categories,
        captured_from=captured[1],
        stored_at=min((e.captured_at for e in own), default=None),
    )


def email_view(data: bytes) -> EmailView:
    """Every header as it arrived (unfolded, encoded words decoded), then the readable body.

    Each header is read on its own: one the email package cannot parse (a group address
    inside a group, "a@" with no domain…) is shown as it arrived instead of stopping the
    packet.
    """
    message = BytesParser(policy=policy.default).parsebytes(data)
    headers = tuple((name, _header_text(name, raw)) for name, raw in message.raw_items())
    # The words as the log keeps them: what the mail showed its reader (both versions when its
    # HTML says something other than its plain text), the hidden words after their own line.
    shown = parse_email(data).text.strip()
    return EmailView(headers, shown or _body(message).strip())


# What the email package raises on headers it cannot make sense of.
_UNPARSABLE = (AttributeError, IndexError, LookupError, TypeError, ValueError, MessageError)


def _header_text(name: str, raw: str) -> str:
    try:
        return str(policy.default.header_fetch_parse(name, raw))
    except _UNPARSABLE:
        unfolded = " ".join(str(raw).split())
        try:
            return str(make_header(decode_header(unfolded)))
        except _UNPARSABLE:
            return unfolded


def _body(message: EmailMessage) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except _UNPARSABLE:
        part = None
    if part is None:
        raw = message.get_payload(decode=True)
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    try:
        body = str(part.get_content())
    except _UNPARSABLE:
        payload = part.get_payload(decode=True)
        body = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if part.get_content_type() == "text/html":
        # The text as the reader sees it, as the log has it: entities decoded, tags gone
        # without splitting words, so the redaction rules find the same words here.
        body = html_to_text(body)
    return body


def is_email(attachment: Attachment) -> bool:
    return attachment.mime == "message/rfc822" or attachment.filename.lower().endswith(".eml")


# The login and computer name a file was stored under name people ("Sams-MacBook-Air"): a
# redacted copy leaves them out rather than guess which part of them a rule should hide.
REDACTED_ACTOR = "a user of this computer (login and computer name left out of a redacted copy)"


def add_exhibits(
    services: Services,
    contact: Contact,
    exhibits: list[Exhibit],
    redact: Redactor,
    withdrawn: Collection[int],
) -> tuple[int, ...]:
    """Number the contact's files as the next exhibits, in the order they were attached,
    leaving out the `withdrawn` ones (added by mistake)."""
    numbers: list[int] = []
    if not contact.attachment_count:  # most contacts have no files: no query for them
        return ()
    post = services.imports.posts.get(contact.id)
    for attachment in services.contacts.attachments(contact.id):
        if attachment.id in withdrawn:
            continue
        _, blob = services.contacts.attachment_data(attachment.id)
        view = None
        if is_email(attachment):
            parsed = email_view(blob)
            view = EmailView(
                tuple((k, redact(v, contact.id)) for k, v in parsed.headers),
                redact(parsed.body, contact.id),
            )
        text = (
            file_text(blob, attachment.mime)
            if is_text_file(attachment.mime, attachment.filename)
            else ""
        )
        capture = capture_in_note(attachment.note)
        if post is not None and post.captured_at is not None:
            capture = (post.captured_at, post.captured_from)  # what the owner recorded
        if capture[1] == EXIF:
            capture = (capture[0], exif_source(blob, capture[0], attachment.added_at))
        exhibits.append(
            Exhibit(
                number=len(exhibits) + 1,
                filename=attachment.filename,
                mime=attachment.mime,
                size=attachment.size,
                sha256=attachment.sha256,
                data=blob,
                contact_id=contact.id,
                source=exhibit_source(services.store.ledger, contact.source, attachment.id),
                captured_at=attachment.added_at,
                occurred_at=contact.occurred_at,
                url=contact.details.url,
                # A note quotes file names ("the mailbox file “Zoe_Agren.mbox”"): read as one.
                note=redact.file_name(attachment.note, contact.id),
                stored_by=(
                    REDACTED_ACTOR
                    if redact
                    else next(
                        (
                            entry.actor
                            for entry in services.store.ledger.entries("attachment", attachment.id)
                        ),
                        "",
                    )
                ),
                email=view,
                text=text,
                capture_time=capture[0],
                capture_from=capture[1],
            )
        )
        numbers.append(len(exhibits))
    return tuple(numbers)
