"""Text files among the exhibits (a .txt attachment, a chat export, a CSV, an HTML page): read
in the character set they were written in, and printed as the words a reader sees."""

from __future__ import annotations

import codecs

from app.importing.charsets import decode_leniently
from app.importing.html_text import html_to_text

# Byte-order marks and what they mean; UTF-32's are checked before UTF-16's, which they start with.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def is_text_file(mime: str, filename: str = "") -> bool:
    """A file printed as text (a .txt attachment, a chat export, a CSV, an HTML page)."""
    return mime.startswith("text/") and not filename.lower().endswith(".eml")


def decoded(data: bytes) -> str:
    """A text file's characters: its byte-order mark says how they are written, else UTF-8,
    else Windows-1252 (what Notepad and older phones save)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace")
    return decode_leniently(data, None, "file")[0]


def file_text(data: bytes, mime: str) -> str:
    """A text file as a reader sees it: an HTML page as its words, not its markup."""
    text = decoded(data)
    return html_to_text(text) if mime == "text/html" else text
