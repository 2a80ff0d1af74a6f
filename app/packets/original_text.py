"""The words an original file shows whoever opens it, decoded as their program decodes them.

A saved email is mostly base64 or quoted-printable, its headers RFC 2047 encoded words, its
HTML full of character references, in any character set: searched as raw bytes, "Zoë Ågren"
is not found in a mail that plainly shows it. So a text file is read in its own character set,
a mail part by part (headers, bodies, the files attached to it, mails forwarded inside it),
and a picture by its metadata.
"""

from __future__ import annotations

import html
import re

from app.core.contact_changes import NewAttachment
from app.importing.email_message import parse_email
from app.packets.data import Exhibit
from app.packets.exhibits import email_view
from app.packets.picture_metadata import metadata_text
from app.packets.text_files import decoded, file_text

# A mail inside a mail inside a mail…: deeper ones are read as bytes only.
_DEPTH = 8


def _is_mail(mime: str, filename: str) -> bool:
    return mime == "message/rfc822" or filename.lower().endswith(".eml")


def _mail_texts(data: bytes, depth: int) -> list[str]:
    view = email_view(data)
    found = parse_email(data)
    texts = [f"{name}: {value}" for name, value in view.headers]
    texts += [found.subject, found.sender_name, found.text, view.body]
    for attachment in found.attachments:
        texts += [attachment.filename, *_attachment_texts(attachment, depth + 1)]
    return texts


def _attachment_texts(attachment: NewAttachment, depth: int) -> list[str]:
    return _texts(attachment.data, attachment.mime, attachment.filename, depth)


def _texts(data: bytes, mime: str, filename: str, depth: int) -> list[str]:
    if mime.startswith("image/"):
        # Its details only: in megabytes of compressed pixels "May" turns up by chance.
        return [metadata_text(data)]
    if _is_mail(mime, filename) and depth <= _DEPTH:
        # The headers as written too; not the body's bytes: in a base64 attachment's lines
        # "May" turns up by chance.
        head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
        return [head.decode("utf-8", "replace"), *_mail_texts(data, depth)]
    # The bytes as they are first: whatever the decoding below cannot read is still searched.
    texts = [data.decode("utf-8", "replace")]
    if mime.startswith("text/"):
        words = decoded(data)
        texts += [words, html.unescape(words), file_text(data, mime)]
    return texts


def original_text(exhibit: Exhibit) -> str:
    """Every word the original file shows, decoded (a file Steady cannot read: its bytes as
    UTF-8, so a name written plainly inside is still found)."""
    return "\n\n".join(_texts(exhibit.data, exhibit.mime, exhibit.filename, 0))
