"""A helpdesk export read a line at a time, each line decoded on its own.

An export can change encoding part-way (rows pasted in from another program, a later batch
saved by Excel in Windows-1252), well after the part used to guess the file's encoding. Each
line is read as UTF-8 when it is UTF-8, else in the file's code page (see code_pages: Excel
on a Russian Windows saves Windows-1251), so no row silently turns into "�"; the rows read
other than the start of the file are named to the owner, and so is a guessed code page. The bytes of each
row are kept so the row can be stored exactly as it is in the file.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

from app.importing.code_pages import NAMES, WESTERN, guess_code_page

UTF8 = "utf-8"
UNREADABLE = "unreadable"


def sniff_encoding(sample: bytes) -> str:
    """The file's encoding, from its start: a byte-order mark, NUL bytes, or the bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = sample[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # UTF-16 saved without a byte-order mark: a NUL beside nearly every ASCII character.
    if odd >= len(head) // 8 and even * 10 <= odd:
        return "utf-16-le"
    if even >= len(head) // 8 and odd * 10 <= even:
        return "utf-16-be"
    try:
        sample.decode(UTF8)
        return UTF8
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the sample's end is still UTF-8.
        return UTF8 if error.start > len(sample) - 4 else guess_code_page(sample)


def _decode(raw: bytes, code_page: str) -> tuple[str, str]:
    try:
        return raw.decode(UTF8), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode(code_page), code_page
    except UnicodeDecodeError:
        # Bytes the code page leaves undefined: neither encoding reads the line.
        return raw.decode(UTF8, errors="replace"), UNREADABLE


class CsvLines(Iterator[str]):
    """The lines for csv.reader; `take()` gives the bytes and encodings of the lines read
    since the last call, that is of the record the reader has just returned."""

    def __init__(self, handle: BinaryIO, encoding: str) -> None:
        self.expected = encoding if encoding in NAMES else UTF8
        self._code_page = encoding if encoding in NAMES else WESTERN
        self._wide = encoding.startswith("utf-16")
        self._order = encoding
        if encoding == "utf-16":
            start = handle.read(2)
            handle.seek(0)
            self._order = "utf-16-le" if start == codecs.BOM_UTF16_LE else "utf-16-be"
        # Latin-1 maps each byte to one character and back, so lines are split as text files
        # split them (on "\n", "\r\n" and an old Mac's "\r") and still give their exact bytes.
        self._lines = io.TextIOWrapper(
            handle, encoding if self._wide else "latin-1", errors="replace", newline=""
        )
        self._first = True
        self._raw: list[bytes] = []
        self._read_as: set[str] = set()
        self._noted = False

    def __next__(self) -> str:
        line = self._lines.readline()
        if not line:
            raise StopIteration
        if self._wide:
            self._raw.append(line.encode(self._order))
            if "\ufffd" in line:
                self._read_as.add(UNREADABLE)
            return line
        raw = line.encode("latin-1")
        self._raw.append(raw)
        line, used = _decode(raw, self._code_page)
        if self._first:
            line = line.removeprefix("\ufeff")
            self._first = False
        if used != self.expected and not raw.isascii():
            self._read_as.add(used)
        return line

    def take(self) -> tuple[bytes, set[str]]:
        raw, read_as = b"".join(self._raw), self._read_as
        self._raw, self._read_as = [], set()
        return raw, read_as

    def warnings(self, read_as: set[str], row: int) -> list[str]:
        """What the owner is told about a row read other than as the start of the file."""
        told = []
        if not self._noted and self.expected not in (UTF8, WESTERN):
            self._noted = True
            told.append(
                f"The file is not in UTF-8; it was read as {NAMES[self.expected]}, "
                "the code page its words make sense in. If they look wrong, save it as "
                "“CSV UTF-8” and import it again."
            )
        if self.expected == UTF8 and WESTERN in read_as:
            told.append(
                f"Row {row} is not in UTF-8 like the start of the file; it was read as "
                "Windows-1252 (Western European)."
            )
        if UTF8 in read_as:
            told.append(
                f"Row {row} is in UTF-8, unlike the start of the file "
                f"({NAMES[self.expected].split(' (')[0]}); it was read as UTF-8."
            )
        if UNREADABLE in read_as:
            told.append(
                f"Some characters of row {row} could not be read and are shown as �; the row "
                "exactly as it is in the file is kept with the contact."
            )
        return told
