"""A restored log keeps the passphrase lock the owner has now.

A backup is locked with the passphrase the log had when it was taken: none, for one taken
before the log was locked; the earlier one, for one taken before the passphrase was changed.
Put back as it is, it would silently unlock the log, or put it back on a passphrase the owner
changed because someone had seen it. So after the swap the restored log is locked again with
the log's current passphrase, and the owner is told.
"""

from __future__ import annotations

from app.core.errors import SteadyError
from app.core.ports import PassphraseLock

RELOCKED = (
    "The backup was made before the log was locked; the restored log is locked again with "
    "your passphrase."
)
RE_KEYED = (
    "The backup uses the passphrase the log had before it was changed; the restored log is "
    "locked with your current passphrase, not that earlier one."
)


def relock(
    lock: PassphraseLock,
    database: str,
    current: str | None,
    backup_passphrase: str | None,
    was_locked: bool,
) -> str:
    """Put the restored log on `current` when the log it replaced was locked with it; returns
    what to tell the owner ("" when nothing had to change)."""
    if not was_locked or not current:
        return ""
    try:
        if not lock.is_locked(database):
            lock.set(database, current)
            return RELOCKED
        if backup_passphrase and backup_passphrase != current:
            lock.change(database, backup_passphrase, current)
            return RE_KEYED
    except SteadyError as error:
        # The backup is back in place either way: the owner must hear it is not locked as before.
        return (
            f"The backup is back, but it could NOT be locked with your current passphrase "
            f"({error}). Lock it again from Settings or with: steady passphrase set"
        )
    return ""
