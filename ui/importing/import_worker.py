"""The import batch off the UI thread, on its own database connection.

A SQLite connection belongs to the thread that opened it, so the worker opens its own
services from the database path; progress and the final report come back by signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.core.errors import SteadyError
from app.importing.batch_report import ImportOptions, ImportReport, Progress
from app.services import Services


class ImportWorker(QObject):
    progressed = Signal(object)  # Progress
    finished_batch = Signal(object)  # ImportReport
    failed = Signal(str)  # a message for the owner: the batch could not start

    def __init__(
        self, open_services: Callable[[], Services], paths: list[str], options: ImportOptions
    ) -> None:
        super().__init__()
        self._open_services = open_services
        self._paths = paths
        self._options = options
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop after the message being saved now; what is saved stays whole."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            services = self._open_services()
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        try:
            report: ImportReport = services.imports.run(
                self._paths, self._options, self._on_progress, self._stop.is_set
            )
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        finally:
            services.close()
        self.finished_batch.emit(report)

    def _on_progress(self, step: Progress) -> None:
        self.progressed.emit(step)
