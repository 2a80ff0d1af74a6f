"""Where the command line may save a file it made (a packet, a bundle) without losing another.

A slip of the shell's Tab completion (`--out shop.db` for `--out shop.pdf`) must not turn the
log, or a backup of it, into a PDF. An existing file is replaced only with --force, as
`steady backup` does; a database never.
"""

from __future__ import annotations

import contextlib
import os

from app.core.errors import InvalidInputError
from app.core.ports import DatabaseFiles
from app.log.anchors import HEADS_SUFFIX
from app.log.file_kinds import LOG_SIDE_FILES, looks_like_database


def _same(one: str, other: str) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return os.path.abspath(one) == os.path.abspath(other)


def _is_database(path: str, files: DatabaseFiles | None) -> bool:
    """Any database, or a locked Steady database the open log's passphrase opens."""
    return looks_like_database(path) or (files is not None and files.is_steady(path))


def check_targets(
    named: dict[str, str], database: str, files: DatabaseFiles | None, *, force: bool
) -> None:
    """Refuse, before anything is made, every target (`{"--out": path, …}`) that would
    replace the log, one of its side files, any database, or (without --force) a file."""
    seen: dict[str, str] = {}
    for flag, path in named.items():
        for other_flag, other in seen.items():
            if _same(path, other):
                raise InvalidInputError(
                    f"{other_flag} and {flag} name the same file ({path}); give each its own "
                    "name. Nothing was written."
                )
        seen[flag] = path
        if os.path.isdir(path):
            raise InvalidInputError(
                f"{flag} {path} is a folder; give the name of a file inside it. "
                "Nothing was written."
            )
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InvalidInputError(
                f"{flag}: the folder {folder} does not exist; check the name. Nothing was written."
            )
        if any(_same(path, database + side) for side in ("", *LOG_SIDE_FILES)):
            raise InvalidInputError(
                f"{flag} {path} is the log itself (or one of its own files); it is never "
                "written over. Choose another name; nothing was written."
            )
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            continue
        if _is_database(path, files):
            raise InvalidInputError(
                f"{flag} {path} is a database (a log or a backup of one); Steady never saves "
                "a packet over a database, not even with --force. Choose another name; "
                "nothing was written."
            )
        if path.endswith(HEADS_SUFFIX) and _is_database(path.removesuffix(HEADS_SUFFIX), files):
            raise InvalidInputError(
                f"{flag} {path} holds the ledger heads written down for a database; Steady "
                "never saves a packet over it. Choose another name; nothing was written."
            )
        if not force:
            raise InvalidInputError(
                f"{flag} {path} already exists; choose another name, or add --force to "
                "replace it. Nothing was written."
            )
