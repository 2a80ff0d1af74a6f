"""Verifying the log reads every entry and file, so it runs off the UI thread.

A database connection belongs to the thread that opened it, so the task opens its own.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from app.application import open_services
from app.domain import VerifyReport
from app.errors import SteadyError


class VerifyTask(QThread):
    verified = Signal(object)  # VerifyReport
    failed = Signal(str)

    def __init__(self, database: str) -> None:
        super().__init__()
        self._database = database

    def run(self) -> None:
        try:
            services = open_services(self._database)
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        try:
            report: VerifyReport = services.verify()
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        finally:
            services.close()
        self.verified.emit(report)
