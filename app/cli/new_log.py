"""A new log created while STEADY_PASSPHRASE is set is locked with it: never silently, and
never with a passphrase `passphrase set` would refuse.

A variable left exported for another log is enough to lock a new one; "ab" or " " would lock
it as surely as a real passphrase, with nothing said.
"""

from __future__ import annotations

import sys

from app.core.errors import PassphraseError

# Said whenever a log is locked, or its passphrase changed, on the command line.
WARNING = (
    "Keep the passphrase somewhere safe: if it is forgotten, nobody can open this log or its "
    "backups again, not even Steady's makers."
)

# The same rule `passphrase set` and the window's Lock dialog apply (storage/encryption.py).
SHORTEST = 8


def new_log_passphrase(path: str, given: str | None) -> str | None:
    """The passphrase a new log at `path` is created with, said aloud; refused if too short."""
    if given is None:
        return None
    if len(given) < SHORTEST:
        raise PassphraseError(
            f"STEADY_PASSPHRASE is set, so the new log {path} would be locked with it, but it "
            f"has {len(given)} character{'s' if len(given) != 1 else ''}: choose a passphrase "
            f"of at least {SHORTEST} characters, or unset STEADY_PASSPHRASE to create the log "
            "unlocked. Nothing was created."
        )
    print(
        f"steady: note: the new log {path} is locked with the passphrase in STEADY_PASSPHRASE. "
        f"{WARNING}",
        file=sys.stderr,
    )
    return given
