"""The redacted/ folder of a redacted packet's bundle: each exhibit as the packet prints it.

The originals in exhibits/ stay byte for byte (their SHA-256 is the proof); beside them, a
saved email or a text file is copied as its redacted text, and a picture the packet draws as
its pixels alone, with none of the file's metadata (GPS position, author, comments). A picture
left out of the packet gets no copy: the owner chose not to hand it on.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.packets.bundle_names import short_name
from app.packets.data import Exhibit, PacketData, unredacted_marks
from app.packets.picture_metadata import extension_for, without_metadata
from app.packets.pictures import is_left_out
from app.packets.text_files import is_text_file


def redacted_email_text(exhibit: Exhibit) -> str:
    """A saved email as the packet prints it: every header, then the body, redacted."""
    assert exhibit.email is not None
    lines = [f"{name}: {unredacted_marks(value)}" for name, value in exhibit.email.headers]
    return "\r\n".join([*lines, "", unredacted_marks(exhibit.email.body), ""])


@dataclass(frozen=True)
class RedactedCopy:
    exhibit: Exhibit
    path: str
    data: bytes
    mime: str
    kind: str  # "email", "text" or "picture"


def _path(exhibit: Exhibit, extension: str) -> str:
    name = short_name(exhibit.filename)
    if not name.lower().endswith(extension):
        stem, dot, _ = name.rpartition(".")
        # A picture keeps its name with the extension of what it now is; a text adds ".txt".
        name = (stem if dot and extension != ".txt" else name) + extension
    return f"redacted/{exhibit.number:03d}-{name}"


def _copy(exhibit: Exhibit, data: PacketData) -> RedactedCopy | None:
    if exhibit.email is not None:
        raw = redacted_email_text(exhibit).encode("utf-8")
        return RedactedCopy(exhibit, _path(exhibit, ".txt"), raw, "text/plain", "email")
    if is_text_file(exhibit.mime, exhibit.filename):
        raw = unredacted_marks(exhibit.text).encode("utf-8")
        return RedactedCopy(exhibit, _path(exhibit, ".txt"), raw, "text/plain", "text")
    if exhibit.is_image and not exhibit.altered and not is_left_out(exhibit, data):
        clean = without_metadata(exhibit.data)
        if clean is None:
            return None
        raw, mime = clean
        return RedactedCopy(exhibit, _path(exhibit, extension_for(mime)), raw, mime, "picture")
    return None


def redacted_copies(data: PacketData) -> list[RedactedCopy]:
    """What a redacted packet's bundle holds in redacted/; nothing for a packet not redacted."""
    if not data.redactions:
        return []
    return [copy for exhibit in data.exhibits if (copy := _copy(exhibit, data)) is not None]
