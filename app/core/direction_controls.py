"""Hidden characters that reorder the letters shown around them, kept out of names and subjects.

A right-to-left override (U+202E) makes the file `invoice_<U+202E>fdp.exe` show on screen as
"invoice_exe.pdf" while it is a program; a sender can dress a subject or a display name the same
way. Without them a name reads in the order its characters are stored, as a packet prints it.
Arabic and Hebrew need none of these controls: their letters carry their own direction.
"""

from __future__ import annotations

# Embeddings, overrides and their pop (U+202A-U+202E); isolates and their pop (U+2066-U+2069).
DIRECTION_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_REMOVE = dict.fromkeys(map(ord, DIRECTION_CONTROLS))


def without_direction_controls(text: str) -> str:
    """`text` without the controls that would show its letters in another order."""
    return text.translate(_REMOVE)


def plainly(text: str, what: str, warnings: list[str]) -> str:
    """`text` without direction controls; if it had any, a warning naming `what` says so."""
    shown = without_direction_controls(text)
    if shown != text:
        warnings.append(
            f"The {what} “{shown}” had hidden characters that would show its letters in another "
            "order (a way to disguise a file or a sender); they were taken out. The original "
            "keeps them."
        )
    return shown
