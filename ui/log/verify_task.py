"""Verifying the log reads every entry and file, so it runs off the UI thread.

A database connection belongs to the thread that opened it, so the task opens its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from app.core.errors import SteadyError
from app.core.ledger_records import VerifyReport
from app.log.verify import LedgerHead
from app.services import Services


class VerifyTask(QThread):
    verified = Signal(object)  # VerifyReport
    failed = Signal(str)

    def __init__(
        self, open_services: Callable[[], Services], expected: LedgerHead | str | None = None
    ) -> None:
        super().__init__()
        self._open_services = open_services
        self._expected = expected  # a head printed on a packet, to prove the file still holds

    def run(self) -> None:
        try:
            services = self._open_services()
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        try:
            report: VerifyReport = services.verify(self._expected)
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        finally:
            services.close()
        self.verified.emit(report)
