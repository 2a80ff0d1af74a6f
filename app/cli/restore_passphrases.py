"""The passphrases `restore` needs: the log's current one, and the backup's when the backup was
locked before the passphrase was changed (every copy Steady makes of a locked log is locked
with the passphrase the log had then)."""

from __future__ import annotations

import os
import sys

from app.cli.common import PASSPHRASE_VARIABLE, ask_passphrase
from app.core.errors import PassphraseError, PassphraseNeededError

BACKUP_PASSPHRASE_VARIABLE = "STEADY_BACKUP_PASSPHRASE"


def restore_passphrases(database: str, backup: str) -> tuple[str | None, str | None]:
    """(the log's passphrase, the backup's when it is another one)."""
    from app.application import opens_with, passphrase_lock

    lock = passphrase_lock()
    locked = [path for path in (backup, database) if lock.is_locked(path)]
    if not locked:
        return None, None
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if not given:
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseNeededError(locked[0])
        given = ask_passphrase(f"Passphrase for {locked[0]}: ")
    if database not in locked or backup not in locked or opens_with(backup, given):
        if database in locked and not opens_with(database, given):
            raise PassphraseError(
                f"That passphrase does not open the log {database}"
                + (
                    " (it opens the backup: it is the log's earlier passphrase)"
                    if backup in locked
                    else ""
                )
                + f". Give the log's current passphrase in {PASSPHRASE_VARIABLE}; nothing was "
                "changed."
            )
        return given, None
    if not opens_with(database, given):
        raise PassphraseError(
            f"That passphrase does not open this log, nor {os.path.basename(backup)}. Check "
            "Caps Lock and try again; nothing was changed."
        )
    # The log opens with it, the backup does not: it was locked before the change.
    earlier = os.environ.get(BACKUP_PASSPHRASE_VARIABLE)
    if not earlier:
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseError(
                f"{os.path.basename(backup)} is locked with the passphrase the log had before "
                "it was changed, not the current one. Give that earlier passphrase in "
                f"{BACKUP_PASSPHRASE_VARIABLE}; the restored log will be locked with your "
                "current passphrase. Nothing was changed."
            )
        earlier = ask_passphrase(
            f"{os.path.basename(backup)} is locked with the passphrase the log had before it "
            "was changed. That earlier passphrase: "
        )
    if not opens_with(backup, earlier):
        raise PassphraseError(
            f"That passphrase does not open {os.path.basename(backup)} either. Nothing was changed."
        )
    return given, earlier
