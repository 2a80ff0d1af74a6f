"""What a file added to a contact is, from its bytes, by the same rule as an import.

A screenshot saved as "reply.eml" was stored as an email and printed in the packet as pages
of binary "headers"; an empty file was kept as evidence of nothing; a zip archive named
"receipt.pdf" was kept as a PDF. Every way a file comes in (Add files…, a drop, a paste of
copied files, `log --attach`) goes through here, and through `checked_attachment`, the check
a mail's attachment gets at import.
"""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.errors import InvalidInputError
from app.importing.attachment_check import OCTET, check_attachment
from app.importing.sniff import BLANK_LIMIT, looks_like_email, magic

if TYPE_CHECKING:
    from app.core.contact_changes import NewAttachment

# Names that promise a format the bytes can prove (or disprove) at a glance.
_PROVABLE = ("image/", "application/pdf", "message/rfc822")


def refuse_empty(name: str, data: bytes) -> None:
    """An empty file (or one of nothing but blank lines) proves nothing: say so, keep nothing."""
    if len(data) <= BLANK_LIMIT and not data.strip():
        raise InvalidInputError(f"{name} is empty, so it was not added. Nothing was saved.")


def attachment_mime(name: str, data: bytes) -> str:
    """The file's type by its first bytes; its name decides only when the bytes say nothing."""
    found = magic(data)
    if found is not None:
        return found.mime
    named = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if looks_like_email(data) and named.startswith(_PROVABLE):
        return "message/rfc822"  # an email saved under a picture's name
    if named == "message/rfc822":
        # Named as an email but not one: printed as headers it would be nonsense.
        return "text/plain" if _is_text(data) else "application/octet-stream"
    return named


def _is_text(data: bytes) -> bool:
    try:
        data[: 64 * 1024].decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > 64 * 1024 - 4  # a character cut at the sample's end
    return b"\x00" not in data[: 64 * 1024]


def checked_attachment(attachment: NewAttachment) -> tuple[NewAttachment, str]:
    """The file kept under what its bytes are, as an imported attachment is, and what to tell
    the owner when its name said otherwise ("" when it is what it says). Evidence is never
    refused for its kind, only named right; the warning is kept with it as its note."""
    checked = check_attachment(attachment.data, "", attachment.filename)
    if not checked.warning and checked.mime == OCTET:
        # The bytes prove nothing either way (a text file, notes): the name's kind stands.
        return attachment, ""
    note = " ".join(part for part in (attachment.note, checked.warning) if part)
    return replace(attachment, mime=checked.mime, note=note), checked.warning
