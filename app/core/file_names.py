"""File names as text that can be stored, hashed into the ledger and shown.

A file copied from an old Windows stick or out of a zip can have a name that is not UTF-8
("caf\\xe9.eml" in Latin-1). Python hands such names over with stand-ins for the bytes it
could not read, which SQLite and the ledger's JSON refuse, so the import ended in a
traceback. The file is still opened by its real name; only the name stored and shown is
read here, as the Windows encoding such names nearly always come from.
"""

from __future__ import annotations

import os


def readable(text: str) -> str:
    """`text` unchanged when it is proper Unicode; else its bytes read as Windows-1252."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        return raw.decode("cp1252", "replace")
    return text


def file_name(path: str) -> str:
    """The last part of `path`, readable (see `readable`)."""
    return readable(os.path.basename(path))
