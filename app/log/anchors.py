"""Ledger heads kept outside the database, so a rewritten or shortened log is caught.

A head is the hash of the last ledger entry and the number of entries. Every head Steady has
shown (verify, a backup, a packet) is appended to a small text file beside the database
(`steady.db.heads`), and a copy goes beside every backup. Verify then proves the database still
holds each of those heads at its position: a forger who recomputes the whole chain, or removes
the last entries with their rows, no longer matches what was written down before.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.core.appended_lines import add_line

HEADS_SUFFIX = ".heads"
RESTORED = "restored from "  # how a restore is written down in the heads file
_HASH = re.compile(r"^[0-9a-f]{64}$")
# Where a head begins, as `write_down_head` writes it: a line cut short may have another glued on.
_GLUED = re.compile(r'(?=\{"entries": )')


@dataclass(frozen=True)
class LedgerHead:
    """The hash of the last ledger entry and how many entries there are."""

    hash: str
    entries: int

    def __str__(self) -> str:
        return f"{self.hash}:{self.entries}"


@dataclass(frozen=True)
class SeenHead:
    head: LedgerHead
    at: str  # when it was written down (UTC, ISO-8601)
    where: str  # what showed it: "verify", "backup", "packet", "restored from …"
    # What else was written down with it: for a restore, the log it replaced (app/log/restores.py).
    facts: Mapping[str, object] = field(default_factory=dict)


def parse_head(text: str) -> LedgerHead | str:
    """`HASH` or `HASH:COUNT` as printed on a packet; the hash alone matches any position.

    Returns the head, or the hash alone (lower case) when no count was given.
    """
    cleaned = text.strip().lower()
    hash_, _, count = cleaned.partition(":")
    if not _HASH.match(hash_):
        raise ValueError(f"“{text}” is not a ledger head (64 hexadecimal characters).")
    if not count:
        return hash_
    if not count.isdigit() or len(count) > 12:
        raise ValueError(f"“{count}” is not a number of ledger entries.")
    return LedgerHead(hash_, int(count))


# What this run of Steady wrote down itself (heads, backups): they show the log was not
# shortened since, never that anything outside the file knew it before this run.
_WRITTEN_THIS_RUN: set[tuple[str, ...]] = set()


def _key(path: str, seen: SeenHead) -> tuple[str, ...]:
    head = seen.head
    return (os.path.abspath(path), str(head.entries), head.hash, seen.at, seen.where)


def written_this_run(path: str, seen: SeenHead) -> bool:
    """Whether this line of the heads file at `path` was written by this run of Steady."""
    return _key(path, seen) in _WRITTEN_THIS_RUN


def note_backup_written(backup: str) -> None:
    _WRITTEN_THIS_RUN.add(("backup", os.path.abspath(backup)))


def backup_written_this_run(backup: str) -> bool:
    return ("backup", os.path.abspath(backup)) in _WRITTEN_THIS_RUN


def heads_path(database: str) -> str:
    return database + HEADS_SUFFIX


def read_heads(path: str) -> list[SeenHead]:
    """Every head written down in a heads file; lines that cannot be read are counted by
    `torn_heads`."""
    return _read(path)[0]


def torn_heads(path: str) -> int:
    """How many lines of a heads file cannot be read: cut short by a full disk or a power cut
    while written (or changed outside Steady). The heads on them cannot be checked."""
    return _read(path)[1]


def _read(path: str) -> tuple[list[SeenHead], int]:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return [], 0
    heads: list[SeenHead] = []
    unreadable = 0
    for line in lines:
        # Earlier versions of Steady appended after a line cut short without starting a new
        # one: the head glued onto it is still whole, and still binds the log.
        whole = _seen_head(line) if line.strip() else None
        pieces = [line] if whole is not None else _GLUED.split(line)
        for piece in filter(str.strip, pieces):
            seen = whole or _seen_head(piece)
            if seen is None:
                unreadable += 1
            else:
                heads.append(seen)
    return heads, unreadable


def _seen_head(text: str) -> SeenHead | None:
    try:
        item = json.loads(text)
        head = LedgerHead(str(item["hash"]), int(item["entries"]))
    except (ValueError, KeyError, TypeError):
        return None
    if not _HASH.match(head.hash) or head.entries < 0:
        return None
    facts = {k: v for k, v in item.items() if k not in _OWN_KEYS}
    return SeenHead(head, str(item.get("at", "")), str(item.get("where", "")), facts)


def write_down_head(
    path: str,
    head: LedgerHead,
    where: str,
    *,
    always: bool = False,
    facts: Mapping[str, object] | None = None,
) -> bool:
    """Append the head unless it is the last one written down (`always`: a restore, which
    must be written down even then); False when there was nothing to write down. The OSError
    that stopped the line (a full disk) is raised, for the caller to tell the owner: the log
    itself is unaffected. `facts` are written down with it (JSON values)."""
    if head.entries == 0 or path.startswith(":memory:"):
        return False
    known = read_heads(path)
    if known and known[-1].head == head and not always:
        return False
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    line = json.dumps(
        {
            "entries": head.entries,
            "hash": head.hash,
            "at": at,
            "where": where,
            **{k: v for k, v in (facts or {}).items() if k not in _OWN_KEYS},
        },
        ensure_ascii=False,
    )
    add_line(path, line)
    _WRITTEN_THIS_RUN.add(_key(path, SeenHead(head, at, where)))
    return True


def set_aside_stale_heads(database: str) -> None:
    """A new database where an old one was: its heads file belongs to the old one."""
    path = heads_path(database)
    if os.path.exists(path):
        stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(path, f"{path}.old-{stamp}")


def lost_log_problem(database: str) -> str:
    """Why no new log may be started at `database`, in the owner's words; "" when one may.

    A file emptied to nothing (a sync tool's crash, a bad copy, on purpose) where ledger
    entries were written down is a log that was lost, not a place for a new one: starting
    afresh there would set the heads file aside, and verify would then find nothing changed.
    A log missing while a restore's set-aside copy lies beside it is a restore cut short."""
    if not os.path.exists(database):
        folder, name = os.path.split(os.path.abspath(database))
        with contextlib.suppress(OSError):
            aside = sorted(
                entry
                for entry in os.listdir(folder)
                if entry.startswith(f"{name}.replaced-") and not entry.endswith(_ASIDE_EXTRAS)
            )
            if aside:
                return (
                    f"{name} is missing, but {aside[-1]} lies beside it: a restore was cut short "
                    f"and your log is in that file. Rename it back to {name} to go on where you "
                    "were, or restore a backup; nothing was written"
                )
        return ""
    entries = max((seen.head.entries for seen in read_heads(heads_path(database))), default=0)
    if entries and os.path.getsize(database) == 0:
        return (
            f"the file is empty, but {entries} ledger entries were written down for it in "
            f"{os.path.basename(heads_path(database))}: the log was emptied after that"
        )
    return ""


_ASIDE_EXTRAS = ("-wal", "-shm", HEADS_SUFFIX)
_OWN_KEYS = frozenset({"entries", "hash", "at", "where"})
