"""README.txt's account of a redacted bundle: what redacted/ holds (only when it holds
something), which exhibits have no redacted copy, and what the originals still show."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from app.packets.data import PacketData
from app.packets.redacted_copies import RedactedCopy

_WHAT = {
    "email": "the saved email{s} (headers and text, as the packet prints {them})",
    "text": "the text file{s} (as the packet prints {them})",
    "picture": "the picture{s} as the packet draws {them}, without the file's details (GPS "
    "position, camera, author, comments); the words IN a picture are pixels and are not "
    "redacted",
}


@dataclass(frozen=True)
class RedactedFolder:
    copies: Sequence[RedactedCopy] = ()
    # Exhibits whose original still holds redacted words, and pictures that record a place.
    still_hold: Sequence[int] = ()
    located: Sequence[int] = ()


def _numbers(numbers: Sequence[int]) -> str:
    return f"exhibit{'s' if len(numbers) != 1 else ''} " + ", ".join(map(str, numbers))


def _originals(numbers: Sequence[int], many: str, one: str) -> str:
    """ "The original of exhibit 3 records" or "The originals of exhibits 3, 4 record"."""
    if len(numbers) == 1:
        return f"The original of {_numbers(numbers)} {one}"
    return f"The originals of {_numbers(numbers)} {many}"


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 88, initial_indent="  ", subsequent_indent="  ")


def folder_lines(folder: RedactedFolder | None) -> list[str]:
    """The line for redacted/ under WHAT IS IN IT; none when the bundle has no such folder."""
    if folder is None or not folder.copies:
        return []
    return ["  redacted/       redacted copies of exhibits (see REDACTION below)"]


def redaction_lines(data: PacketData, folder: RedactedFolder | None) -> list[str]:
    if not data.redactions:
        return ["REDACTION", "  Nothing is redacted in this bundle.", ""]
    copies = folder.copies if folder is not None else ()
    lines = [
        "REDACTION",
        *_wrapped(
            "The packet PDF, contacts.json and contacts.csv are redacted: each removed passage "
            "reads [redacted]. "
            + (
                "The ORIGINAL FILES in exhibits/ ARE NOT REDACTED: they are exactly as "
                "received, so that their SHA-256 still matches. Hand this bundle only to "
                "someone entitled to see them."
                if data.exhibits
                else "The packet has no evidence files."
            )
        ),
    ]
    for kind, what in _WHAT.items():
        numbers = [c.exhibit.number for c in copies if c.kind == kind]
        if numbers:
            s = "s" if len(numbers) != 1 else ""
            lines += _wrapped(
                f"In redacted/, {_numbers(numbers)}: {what.format(s=s, them='them' if s else 'it')}."
            )
    copied = {c.exhibit.number for c in copies}
    if without := [e.number for e in data.exhibits if e.number not in copied]:
        lines += _wrapped(
            f"No redacted copy of {_numbers(without)}: a picture left out of the packet, a "
            "file changed since it was stored, or a file Steady cannot read as text."
        )
    if folder is not None and folder.still_hold:
        lines += _wrapped(
            _originals(folder.still_hold, "still hold", "still holds")
            + " words redacted in the PDF (in the text, the attachments or a picture's details)."
        )
    if folder is not None and folder.located:
        lines += _wrapped(
            _originals(folder.located, "record", "records")
            + " where the picture was taken (a GPS position)."
        )
    return [*lines, ""]
