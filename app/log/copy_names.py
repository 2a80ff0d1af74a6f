"""A name a copy of stored evidence can be written under, whatever the name it came with.

The stored name is the customer's: 94 Japanese characters (274 bytes, past the 255 most file
systems allow), "..", a slash, a line break. Opening or saving a copy under it failed with
a raw OS error and left the file unreachable from the window. The stored name never changes;
only the copy's name is made safe, short and with its extension, so the right program opens it.
"""

from __future__ import annotations

import os
import re
import unicodedata

from app.core.direction_controls import without_direction_controls

# Bytes, not characters: file systems count UTF-8 bytes (255 on most), and the temporary
# folder's path comes before the name.
MAX_NAME_BYTES = 120
MAX_EXTENSION_CHARS = 12
FALLBACK = "evidence"
# Characters no file system (or only some) accepts in a name, and control characters.
_UNSAFE = re.compile(r"[\\/:*?\"<>|\x00-\x1f\x7f-\x9f]")
# Names Windows keeps for devices, whatever their extension.
_RESERVED = frozenset(
    "CON PRN AUX NUL COM1 COM2 COM3 COM4 COM5 COM6 COM7 COM8 COM9 "
    "LPT1 LPT2 LPT3 LPT4 LPT5 LPT6 LPT7 LPT8 LPT9".split()
)


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of `text` within `max_bytes` of UTF-8, never cutting a character."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")


def copy_name(stored: str) -> str:
    """A safe file name for a copy of evidence stored as `stored`, keeping its extension."""
    name = unicodedata.normalize("NFC", without_direction_controls(stored))
    name = _UNSAFE.sub("_", name).strip().strip(".").strip()  # "..", "invoice.pdf ", ".hidden"
    stem, extension = os.path.splitext(name)
    if len(extension) > MAX_EXTENSION_CHARS or not extension[1:].strip():
        stem, extension = name, ""
    stem = stem.strip(" .")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"{FALLBACK}-{stem}" if stem else FALLBACK
    room = MAX_NAME_BYTES - len(extension.encode("utf-8"))
    if len(stem.encode("utf-8")) > room:
        stem = _cut(stem, room - len("…".encode())).rstrip(" .") + "…"
    return stem + extension
