"""What a restore takes out of the log: everything recorded after the backup was taken.

A backup holds the log up to its own last ledger entry; every entry after that in the log it
replaces (a contact logged, a packet handed on) will not be in the restored log. The owner is
told which, by contact number and packet number, before the log is replaced: a packet handed
on that the log no longer records is one the other side holds and the business cannot account
for. (Those entries are not deleted: they stay in the file set aside.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.errors import SteadyError
from app.core.ledger_records import LedgerEntry
from app.core.ports import DatabaseFiles, Store

_PACKETS = ("packet", "preservation-request", "platform-report")


@dataclass(frozen=True)
class Lost:
    """Entries the restored log will not hold."""

    entries: int = 0
    contacts: tuple[int, ...] = ()
    packets: tuple[str, ...] = ()  # numbers of packets (and letters) handed on
    other: int = 0  # other changes: customers, corrections, actions, settings kept in the log
    of: int | None = None  # the ledger entries the log held when measured; None: not measured
    wordings: int = 0  # the first wording saved with each contact logged (one entry each)

    def __bool__(self) -> bool:
        return self.entries > 0


def lost_by_restoring(entries: Iterable[LedgerEntry], backup_entries: int) -> Lost:
    """From the log's ledger, what comes after the backup's last entry."""
    every = list(entries)
    after = [entry for entry in every if entry.seq > backup_entries]
    contacts = tuple(
        e.entity_id for e in after if e.entity == "contact" and e.action == "contact.logged"
    )
    packets = tuple(
        str(e.detail.get("reference") or f"action {e.entity_id}")
        for e in after
        if e.entity == "action" and e.detail.get("kind") in _PACKETS
    )
    # A contact's first saved version is part of logging it, not another change.
    first_versions = sum(
        1 for e in after if e.entity == "contact_revision" and e.detail.get("number") == 0
    )
    other = len(after) - len(contacts) - len(packets) - first_versions
    held = max((entry.seq for entry in every), default=0)
    return Lost(len(after), contacts, packets, max(other, 0), held, first_versions)


def _plural(count: int, word: str, words: str = "") -> str:
    return f"{count} {word if count == 1 else words or word + 's'}"


def lost_words(lost: Lost, set_aside: str = "the log it sets aside") -> str:
    """One paragraph for the owner; "" when the restore takes nothing out. Every entry counted
    is named: a contact's first wording is its own entry, said with the contact."""
    if not lost:
        return ""
    parts = []
    if lost.contacts:
        numbers = ", ".join(f"#{n}" for n in lost.contacts)
        parts.append(f"{_plural(len(lost.contacts), 'contact')} ({numbers})")
        if lost.wordings == len(lost.contacts):
            each = "the first wording of each" if len(lost.contacts) > 1 else "its first wording"
            parts[-1] += f" with {each}"
    if lost.wordings and lost.wordings != len(lost.contacts):
        parts.append(
            _plural(lost.wordings, "first wording of a contact", "first wordings of contacts")
        )
    if lost.packets:
        parts.append(
            f"{_plural(len(lost.packets), 'packet')} handed on (" + ", ".join(lost.packets) + ")"
        )
    if lost.other:
        parts.append(_plural(lost.other, "other change"))
    what = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    return (
        f"The restored log will no longer hold the "
        f"{_plural(lost.entries, 'ledger entry', 'ledger entries')} recorded after this backup "
        f"was taken: {what}. A restore keeps them in {set_aside}, not deleted. A packet handed "
        "on keeps its number: the next one gets a new number."
    )


def lost_if_restored(files: DatabaseFiles, store: Store, backup: str) -> Lost:
    """What restoring `backup` over the log open in `store` would take out of it; nothing
    when either cannot be read (a damaged log is what a restore mends: it is not held up)."""
    try:
        count, _ = files.head(backup)
        entries = store.ledger.entries()
        return lost_by_restoring(entries, _shared(files, backup, count, entries))
    except SteadyError:
        return Lost()


def _shared(files: DatabaseFiles, backup: str, count: int, entries: list[LedgerEntry]) -> int:
    """How many of the log's entries the backup holds as they are: all up to its own length
    when it was taken from this log, fewer when it is from before a restore and the log went on
    from an earlier point (what differs after that is what the restore takes out)."""
    ours = {entry.seq: entry.hash for entry in entries}
    top = min(count, max(ours, default=0))
    theirs = files.hashes_at(backup, [top])
    if top == 0 or theirs[top] == ours.get(top):
        return top
    # Each entry's hash covers every one before it: the entries both hold are a prefix.
    low, high = 0, top - 1
    while low < high:
        middle = (low + high + 1) // 2
        if files.hashes_at(backup, [middle])[middle] == ours.get(middle):
            low = middle
        else:
            high = middle - 1
    return low
