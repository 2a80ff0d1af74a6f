"""Each restore of a backup, as the heads file beside the log remembers it.

A restore puts an older copy of the log back on purpose: the log then verifies, but entries
recorded after that copy was taken (a contact logged, a packet handed on) are no longer in
it. Whoever verifies the log, and whoever reads a packet made from it, is told so: when, from
which file, back to which ledger entry of how many, what those entries were and where the
log it replaced is kept. The restore writes these facts down beside its head
(`restore_facts`); a restore written down before they were (only "restored from …") is
described from the heads written down before it and the file set aside beside the log.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass

from app.log.anchors import HEADS_SUFFIX, RESTORED, SeenHead, heads_path, read_heads
from app.log.restore_loss import Lost

_REPLACED = ".replaced-"
_NOT_ASIDE = ("-wal", "-shm", HEADS_SUFFIX)


@dataclass(frozen=True)
class Restore:
    at: str  # when (UTC, ISO-8601, as in the heads file)
    backup: str  # the file put back (its name)
    entries: int  # the ledger entries the restored log held
    replaced_entries: int | None  # those the log it replaced held; None when not known
    replaced: str  # the name the replaced log is kept under; "" when not known
    replaced_here: bool  # that file is still beside the log
    contacts: tuple[int, ...] = ()
    packets: tuple[str, ...] = ()  # numbers of the packets handed on it no longer holds
    other: int = 0
    # Only the heads written down before it tell how far the log had gone: at least that far.
    at_least: bool = False
    shared: int | None = None  # entries both logs held alike, when fewer than `entries`

    @property
    def kept(self) -> int:
        """How many of the replaced log's entries the restored log holds as they were."""
        return self.entries if self.shared is None else min(self.shared, self.entries)

    @property
    def lost(self) -> int | None:
        """How many entries the restored log no longer holds; None when not known."""
        if self.replaced_entries is None:
            return None
        return max(self.replaced_entries - self.kept, 0)

    @property
    def date(self) -> str:
        return self.at[:10] or "an earlier day"


def restore_facts(replaced_entries: int | None, replaced: str, lost: Lost) -> dict[str, object]:
    """What a restore writes down beside its head (JSON values)."""
    known: dict[str, object] = (
        {} if replaced_entries is None else {"replaced_entries": replaced_entries}
    )
    if lost.of is not None:
        # The entries both logs hold alike: fewer than the copy's own when it was taken before
        # an earlier restore, the log having gone on from an earlier point since.
        known["shared"] = lost.of - lost.entries
    return {
        **known,
        "replaced": os.path.basename(replaced),
        "contacts": list(lost.contacts),
        "packets": list(lost.packets),
        "other": lost.other,
    }


def restores_of(database: str) -> list[Restore]:
    """Every restore written down for the log at `database`, oldest first."""
    seen = read_heads(heads_path(database))
    restores: list[Restore] = []
    for index, item in enumerate(seen):
        if item.where.startswith(RESTORED):
            restores.append(_restore(database, item, seen[:index]))
    return restores


def _restore(database: str, item: SeenHead, before: list[SeenHead]) -> Restore:
    facts = item.facts
    backup = os.path.basename(item.where.removeprefix(RESTORED))
    entries = item.head.entries
    count = _count(facts.get("replaced_entries"))
    at_least = count is None
    if count is None:
        # Written down before restores kept their facts: the heads written before it show
        # how far the log had gone at least.
        highest = max((s.head.entries for s in before), default=0)
        count = highest if highest > entries else None
    replaced = facts.get("replaced")
    name = (
        os.path.basename(replaced)
        if isinstance(replaced, str) and replaced
        else _set_aside_by(database, item.at)
    )
    folder = os.path.dirname(os.path.abspath(database))
    return Restore(
        replaced_here=bool(name) and os.path.isfile(os.path.join(folder, name)),
        at=item.at,
        backup=backup,
        entries=entries,
        replaced_entries=count,
        replaced=name,
        contacts=_numbers(facts.get("contacts")),
        packets=tuple(str(p) for p in _items(facts.get("packets")) if isinstance(p, str) and p),
        other=_count(facts.get("other")) or 0,
        at_least=at_least and count is not None,
        shared=_count(facts.get("shared")),
    )


def _count(value: object) -> int | None:
    # bool is an int to Python, not a count to anyone reading the heads file.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _numbers(value: object) -> tuple[int, ...]:
    return tuple(n for n in (_count(v) for v in _items(value)) if n is not None)


def _set_aside_by(database: str, at: str) -> str:
    """The replaced log a restore at `at` set aside: the newest `….replaced-STAMP` not after it."""
    folder, name = os.path.split(os.path.abspath(database))
    # "2026-11-27T09:12:25Z" -> "2026-11-27-091225", the stamp a set-aside file is named with
    stamp = at[:10] + "-" + at[11:19].replace(":", "")
    prefix = name + _REPLACED
    names: list[str] = []
    with contextlib.suppress(OSError):
        names = [
            entry
            for entry in os.listdir(folder)
            if entry.startswith(prefix)
            and not entry.endswith(_NOT_ASIDE)
            and entry[len(prefix) :] <= stamp
        ]
    return max(names) if names else ""


def lost_list(
    restore: Restore, contact: str = "contact #", packet: str = "packet handed on "
) -> str:
    """ "contact #66 and packet handed on L-3-20261127-3"; "" when nothing is known."""
    parts = [f"{contact}{n}" for n in restore.contacts]
    parts += [f"{packet}{n}" for n in restore.packets]
    if restore.other:
        parts.append(f"{restore.other} other change{'s' if restore.other != 1 else ''}")
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else ""


def restore_line(restore: Restore) -> str:
    """One restore, for whoever runs `verify`."""
    back = f"back to ledger entry {restore.entries}"
    if restore.kept < restore.entries:
        back = (
            f"a copy taken before an earlier restore, which parts from the log it replaced "
            f"after ledger entry {restore.kept}"
        )
    if restore.replaced_entries is not None and restore.replaced_entries > restore.kept:
        first, last = restore.kept + 1, restore.replaced_entries
        count = last - first + 1
        if restore.at_least:
            of, which = f"of at least {last}", f"at least {count} entr"
            span = f"{first} onwards"
        else:
            of, which = f"of {last}", "the entr" if count == 1 else f"the {count} entr"
            span = str(first) if count == 1 else f"{first}–{last}"
        which += "y" if count == 1 else "ies"
        listed = lost_list(restore)
        line = (
            f"{back} {of}: {which} after it ({span} of the log it replaced"
            + (f": {listed}" if listed else "")
            + f") {'is' if count == 1 else 'are'} not in it."
        )
    elif restore.replaced_entries is not None:
        line = f"at ledger entry {restore.entries}; it held everything the log it replaced did."
    else:
        line = f"{back}: entries recorded after that backup was taken are not in it."
    if restore.replaced_here:
        kept = f" The log it replaced is kept as {restore.replaced}."
    elif restore.replaced:
        kept = f" The log it replaced was kept as {restore.replaced}, no longer beside it."
    else:
        kept = " The log it replaced is not beside it."
    when = restore.at.replace("T", " ")[:16] + " UTC" if restore.at else "an earlier day"
    return f"The log was restored on {when} from {restore.backup}, {line}{kept}"


def restored_verdict(restores: list[Restore]) -> str:
    """Said after "Nothing in your log was changed." when a restore left entries out; "" else."""
    if not any(r.lost != 0 for r in restores):
        return ""
    return (
        "It was restored from an older backup, though: entries recorded after that backup was "
        "taken are not in it (below)."
    )


def verdict_with_restores(said: str, ok: bool, restores: list[Restore]) -> str:
    """verify's sentence, and when the log verifies but an older backup was put back over it,
    that too: the command line and the window say the same."""
    restored = restored_verdict(restores) if ok else ""
    return f"{said} {restored}" if restored else said


def as_json(restore: Restore) -> Mapping[str, object]:
    return {
        "at": restore.at,
        "backup": restore.backup,
        "entries": restore.entries,
        "replaced_entries": restore.replaced_entries,
        "replaced": restore.replaced,
        "contacts": list(restore.contacts),
        "packets": list(restore.packets),
        "other_changes": restore.other,
        "replaced_entries_at_least": restore.at_least,
    }
