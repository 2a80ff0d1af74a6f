"""What a schema change found to mend in a log from an older Steady on a read-only drive,
remembered for the next opening of the same, unchanged file.

Such a log is brought up to date in memory at every opening (storage/older_read_only.py): a
schema change that looks through every version for the few to mend (one holding a NUL
character, about 130 ms for 100,000 contacts) paid that look each time the owner opened a
lawyer's copy or a USB stick, to find the same versions. Their ids are kept in Steady's cache
folder by the file's identity, size, times and header (and the Steady that looked): any
change to the file, or another Steady, looks again. Only numbers are kept, under a digest of
the file's name and state: nothing of the log's words leaves it. A cache lost or unreadable
costs one look.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# The file being brought up to date on each thread, as a digest of its name and state (a
# thread's own attribute: contextvars' C module would be loaded at every start for it).
_opening = threading.local()
MEMO_NAME = "older-read-only-logs.json"
# Logs remembered: the newest openings, a handful of copies an owner keeps going back to.
KEPT = 16


def _memo_path() -> Path:
    from app.core.paths import cache_folder

    return cache_folder() / MEMO_NAME


def file_key(path: str, state: tuple[object, ...]) -> str:
    """A digest of the file's name and state, and of this Steady's schema changes."""
    import hashlib  # OpenSSL's hashes: not loaded at every start for a rare log

    from app import __version__
    from storage.schema_expected import STEPS

    digest = hashlib.sha256()
    for part in (path, repr(state), __version__, ",".join(STEPS)):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


@contextlib.contextmanager
def opening(key: str | None) -> Iterator[None]:
    """While the log with `key` is brought up to date on this thread, its scans are kept."""
    before = getattr(_opening, "key", None)
    _opening.key = key
    try:
        yield
    finally:
        _opening.key = before


def found_once(step: str, scan: Callable[[], list[int]]) -> list[int]:
    """The ids `scan` finds for schema change `step`: remembered from an earlier opening of
    the same unchanged read-only log, else scanned (and remembered when it is one)."""
    key: str | None = getattr(_opening, "key", None)
    if key is None:
        return scan()
    memo = _read()
    known = memo.get(key, {}).get(step)
    if isinstance(known, list) and all(isinstance(each, int) for each in known):
        return known
    found = scan()
    entry = memo.pop(key, {})
    entry[step] = found
    memo[key] = entry  # the newest last
    _write(dict(list(memo.items())[-KEPT:]))
    return found


def versions_read(db: Any, ids: list[int], batch: int = 500) -> Iterator[tuple[int, str, str]]:
    """(id, summary, text) of each version in `ids`, in order, read `batch` at a time; `db` is
    sqlite-utils' database a schema change is given."""
    for at in range(0, len(ids), batch):
        part = ids[at : at + batch]
        marks = ",".join("?" for _ in part)
        yield from db.execute(
            f"SELECT id, summary, text FROM contact_revisions WHERE id IN ({marks}) ORDER BY id",
            part,
        ).fetchall()


def _read() -> dict[str, dict[str, list[int]]]:
    import json

    try:
        memo = json.loads(_memo_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return memo if isinstance(memo, dict) else {}


def _write(memo: dict[str, dict[str, list[int]]]) -> None:
    """Written whole beside the memo and renamed over it: a reader never sees half of it."""
    import json
    import tempfile

    target = _memo_path()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".memo-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(memo, out)
            os.replace(temporary, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
