"""Python's cycle collector runs on whichever thread happens to be allocating when a threshold
is crossed. When that is a worker (the assessment, an import, a packet) and the garbage holds a
Qt object made on the window's thread, Qt destroys it from the wrong thread and the program
dies. So while the window runs, automatic collection is off and the window's thread collects
instead, as often as Python's own thresholds ask for, checked a few times a second."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

from ui.shell.first_paint import after_first_paint

CHECK_EVERY_MS = 200


def collect_due() -> int:
    """Collect the generations Python would have collected by now; the objects found."""
    young, middle, old = gc.get_count()
    first, second, third = gc.get_threshold()
    found = 0
    if young > first:
        found += gc.collect(0)
        if middle > second:
            found += gc.collect(1)
            if old > third:
                found += gc.collect(2)
    return found


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects on a timer of the thread it is made on;
    turns it back on when the application quits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(collect_due)
        self._stopped = False
        gc.disable()
        # At start-up the first collection walks everything made so far: after the first paint.
        after_first_paint(self._start)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def _start(self) -> None:
        if not self._stopped:
            self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        gc.enable()


_installed: MainThreadCollector | None = None


def collect_on_this_thread(app: QCoreApplication) -> MainThreadCollector:
    """Install the collector on the application's (the window's) thread, once."""
    global _installed
    # Kept here rather than found with app.findChild: that makes PySide6 wrap each of the
    # application's children, its QStyle too, and build the Python enums of every such class.
    if _installed is None or not isValid(_installed) or _installed.parent() is not app:
        _installed = MainThreadCollector(app)
    return _installed
