"""Errors the shop owner is told about, in words they can act on.

Anything that is not one of these is a bug and goes to the crash handler.
"""

from __future__ import annotations


class SteadyError(Exception):
    """A problem the user can understand and do something about."""


class NotFoundError(SteadyError):
    pass


class InvalidInputError(SteadyError):
    pass


class StorageError(SteadyError):
    pass


class DatabaseBusyError(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The database is in use by another program (perhaps Steady is open twice). "
            "Close the other copy and try again; nothing was changed."
            + (f" ({detail})" if detail else "")
        )


class DiskFullError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so nothing was saved. Free some space and try again; "
            "what you typed is still here."
        )


class CorruptDatabaseError(StorageError):
    def __init__(self, path: str, detail: str = "", backup: str = "") -> None:
        self.path = path
        self.detail = detail
        self.backup = backup
        advice = (
            f'The newest good backup is {backup}; put it back with: steady restore "{backup}"'
            if backup
            else "Restore a backup or choose another file"
        )
        super().__init__(
            f"{path} is not a readable Steady database (it may be damaged or not a database "
            f"at all); nothing was written to it. "
            f"{advice}." + (f" ({detail})" if detail else "")
        )


class ReadOnlyDatabaseError(StorageError):
    """A write to a database opened read-only (read-only file or drive, or a newer Steady's)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Nothing was saved: {reason}")


class EvidenceReadOnlyError(SteadyError):
    """Raised when something tries to change an original that must stay as it was saved."""


class PassphraseError(StorageError):
    """The passphrase is missing, wrong or unsuitable; the log was not opened or changed."""


class PassphraseNeededError(PassphraseError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is locked with a passphrase. Enter it to open the log (on the command "
            "line, set STEADY_PASSPHRASE)."
        )
        self.path = path
