"""What a packet's integrity statement says of a log the business restored from an older copy.

Such a log verifies, yet entries written after that copy (a contact, a packet already handed
on) are not in it: a reader holding an earlier packet must learn from this one why it lacks
them, and the statement must not certify that nothing was removed.
"""

from __future__ import annotations

from app.log.restores import Restore, restores_of


def restore_sentences(database: str) -> tuple[str, ...]:
    """One sentence per restore that left entries out of the log (or may have); () when none."""
    return tuple(restore_sentence(r) for r in restores_of(database) if r.lost != 0)


def restore_sentence(restore: Restore) -> str:
    lost = restore.lost
    if lost is None:
        what = "any entries written after that copy are not in this log"
    else:
        listed = _listed(restore)
        many = lost != 1 or restore.at_least
        what = (
            ("at least " if restore.at_least else "")
            + f"{lost} entr{'ies' if many else 'y'} written after that copy"
            + (f" ({listed})" if listed else "")
            + f" {'are' if many else 'is'} not in this log"
        )
    if restore.replaced_here:
        kept = "the replaced copy is kept"
    elif restore.replaced:
        kept = "the replaced copy was kept, but is no longer beside the log"
    else:
        kept = "the replaced copy is not beside the log"
    return (
        f"On {restore.date} the business restored an older copy of its log (up to ledger entry "
        f"{restore.entries}); {what}; {kept}."
    )


def _listed(restore: Restore) -> str:
    parts = []
    if contacts := restore.contacts:
        numbers = _joined([f"#{n}" for n in contacts])
        parts.append(f"contact{'s' if len(contacts) != 1 else ''} {numbers}")
    if packets := restore.packets:
        numbers = _joined(list(packets))
        parts.append(
            f"the packet handed on as No. {numbers}"
            if len(packets) == 1
            else f"the packets handed on as Nos. {numbers}"
        )
    if restore.other:
        parts.append(f"{restore.other} other change{'s' if restore.other != 1 else ''}")
    return _joined(parts)


def _joined(parts: list[str]) -> str:
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else ""
