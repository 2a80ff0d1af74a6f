"""What happens when Steady meets a bug: a log file in the data folder and a calm dialog.

Known problems (SteadyError) are told to the user in their own words instead. faulthandler
writes a trace of a hard crash (a segfault in Qt) to the same folder.
"""

from __future__ import annotations

import faulthandler
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6 import __version__ as pyside_version

from app import __version__
from app.core.errors import CorruptDatabaseError, SteadyError

_fault_file: IO[str] | None = None


def enable_fault_log(folder: Path) -> None:
    """Record hard crashes (which skip Python's handlers) in folder/faults.log."""
    global _fault_file
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _fault_file = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=_fault_file)
    except OSError:
        if sys.stderr is not None:
            faulthandler.enable()


def write_crash_log(
    folder: Path,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> Path:
    import platform  # read when a crash is written, not at every start

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    lines = [
        f"Steady {__version__} on Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.platform()}",
        f"at {datetime.now().astimezone().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# What the box says when the log file itself answered with an error nobody foresaw: nobody
# can promise that everything saved is safe, so the owner is sent to check it.
_FILE_PROBLEM = (
    "Steady ran into a problem reading or writing your log file. What you did last may not "
    "have been saved. Check the log with File › Verify the log (or: steady verify); if it "
    "does not verify, put back the newest good backup."
)
# The database drivers' modules (SQLite, SQLCipher): their errors are the log file's.
_DATABASE_MODULES = ("sqlite3", "sqlcipher3")


def _from_the_database(kind: type[BaseException]) -> bool:
    return any(cls.__module__.split(".")[0] in _DATABASE_MODULES for cls in kind.__mro__)


class CrashHandler:
    """Installed as sys.excepthook while the window runs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._showing = False
        self._told_damaged = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        # The message box's classes are built when a problem is shown, not at every start.
        from PySide6.QtWidgets import QApplication, QMessageBox

        if isinstance(error, CorruptDatabaseError):
            # Every view of a damaged log meets the same damage: told once, with the backup.
            if not self._told_damaged:
                self._told_damaged = True
                QMessageBox.critical(QApplication.activeWindow(), "Your log is damaged", str(error))
            return
        if isinstance(error, SteadyError):
            QMessageBox.warning(QApplication.activeWindow(), "Steady", str(error))
            return
        try:
            where = f"A report was written to:\n{write_crash_log(self.folder, kind, error, trace)}"
        except OSError as write_error:
            where = f"The report could not be written ({write_error})."
            traceback.print_exception(kind, error, trace)
        if self._showing:  # a failure while telling about a failure: do not stack dialogs
            return
        self._showing = True
        what = (
            _FILE_PROBLEM
            if _from_the_database(kind)
            else "Steady ran into a problem it did not expect. Everything you had saved is safe: "
            "each save is complete or not made at all, and a contact you were typing is "
            "kept as a draft."
        )
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                "Steady hit a problem",
                f"{what}\n\n{where}\n\nIf it happens again, please send that file to whoever "
                "supports your copy of Steady.",
            )
        finally:
            self._showing = False
