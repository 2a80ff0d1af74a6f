"""What a file added to a contact is, from its bytes, by the same rule as an import.

A screenshot saved as "reply.eml" was stored as an email and printed in the packet as pages
of binary "headers"; an empty file was kept as evidence of nothing. Every way a file comes in
(Add files…, a drop, a paste of copied files, `log --attach`) goes through here.
"""

from __future__ import annotations

import mimetypes

from app.core.errors import InvalidInputError
from app.importing.sniff import BLANK_LIMIT, looks_like_email, magic

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
