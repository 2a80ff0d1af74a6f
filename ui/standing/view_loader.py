"""Where the customer stands, worked out off the window's thread.

Reading a customer's whole log and weighing it up takes seconds on a history of thousands of
contacts, so the customer page shows the log at once and the assessment fills in when it is
ready. One load runs at a time on its own database connection; while it runs only the latest
customer asked for is remembered, so scrolling through the list never queues up work.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from app.core.errors import SteadyError
from app.services import Services
from ui.shell.first_paint import after_first_paint

if TYPE_CHECKING:  # the rules load with the first assessment, after the window is painted
    from app.standing.returning_customers import Match
    from app.standing.same_person import SamePerson
    from app.standing.view import StandingView


@dataclass(frozen=True)
class LoadedStanding:
    view: StandingView
    matches: list[Match]  # who they may be, not linked yet
    same_person: list[SamePerson] = field(default_factory=list)  # linked by the owner


def load_standing(
    services: Services, customer_id: int, cancelled: Callable[[], bool] = lambda: False
) -> LoadedStanding:
    """The assessment, who this customer may be coming back as (not yet linked), and who the
    owner linked them to."""
    from app.standing.view import ViewCancelled

    view = services.assessor.view(customer_id, cancelled)
    if cancelled():
        raise ViewCancelled()
    identities = services.identities
    return LoadedStanding(
        view, identities.unlinked_matches(customer_id), identities.same_person(customer_id)
    )


class _LoadThread(QThread):
    loaded = Signal(int, object)  # customer id, LoadedStanding
    failed = Signal(int, str)

    def __init__(self, reopen: Callable[[], Services], customer_id: int) -> None:
        super().__init__()
        self._reopen = reopen
        self.customer_id = customer_id
        self.unwanted = threading.Event()  # another customer was asked for meanwhile

    def run(self) -> None:
        from app.standing.view import ViewCancelled

        try:
            services = self._reopen()
            try:
                result = load_standing(services, self.customer_id, self.unwanted.is_set)
            finally:
                services.close()
        except ViewCancelled:
            return
        except SteadyError as error:
            self.failed.emit(self.customer_id, str(error))
            return
        except Exception as error:  # a bug must not leave "Weighing up…" forever
            traceback.print_exc()
            self.failed.emit(
                self.customer_id,
                f"Steady ran into a problem it did not expect ({type(error).__name__}: {error}). "
                "Run verify (File › Verify the log) to check the log is whole.",
            )
            return
        self.loaded.emit(self.customer_id, result)


class StandingLoader(QObject):
    """`load(customer_id)`; `loaded(customer_id, LoadedStanding)` comes back on this thread.

    Stops (waits for the load in progress) when `window` closes or the application quits."""

    loaded = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, reopen: Callable[[], Services], window: QObject | None = None) -> None:
        super().__init__(window)
        self._reopen = reopen
        self._thread: _LoadThread | None = None
        self._next: int | None = None
        self._waiting = False  # for the window's first paint (see ui/shell/first_paint.py)
        if window is not None:
            window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._thread is not None or self._next is not None

    def load(self, customer_id: int) -> None:
        self._next = customer_id
        if self._thread is None:
            if not self._waiting:
                self._waiting = True
                after_first_paint(self._start_when_painted)
        elif self._thread.customer_id != customer_id:
            self._thread.unwanted.set()  # stop reading that log; this one is wanted now

    def stop(self) -> None:
        self._next = None
        if self._thread is not None:
            self._thread.unwanted.set()
            self._thread.wait()
            self._finish()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _start_when_painted(self) -> None:
        self._waiting = False
        if self._next is not None and self._thread is None:
            self._start()

    def _start(self) -> None:
        assert self._next is not None
        thread = _LoadThread(self._reopen, self._next)
        self._next = None
        thread.loaded.connect(self.loaded)
        thread.failed.connect(self.failed)
        thread.finished.connect(lambda: self._on_thread_finished(thread))
        self._thread = thread
        thread.start(QThread.Priority.LowPriority)

    def _on_thread_finished(self, thread: _LoadThread) -> None:
        if thread is not self._thread:
            return  # already waited for by stop()
        self._finish()
        if self._next is not None:
            self._start()

    def _finish(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
