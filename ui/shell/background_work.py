"""One piece of work on the log, on a connection of its own, off the window's thread.

The day's backup and the daily time-stamp both run this way: the window keeps its own
connection and stays responsive; what the work returns, or why it failed, comes back as a
signal on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from app.core.errors import SteadyError
from app.services import Services


class WorkOnOwnConnection(QThread):
    done = Signal(str)  # what the work returned
    failed = Signal(str)  # why it could not be done, in the owner's words

    def __init__(self, reopen: Callable[[], Services], work: Callable[[Services], str]) -> None:
        super().__init__()
        self._reopen = reopen
        self._work = work

    def run(self) -> None:
        try:
            services = self._reopen()
            try:
                result = self._work(services)
            finally:
                services.close()
        except (SteadyError, OSError) as error:
            self.failed.emit(str(error))
            return
        self.done.emit(result)
