"""Run inside a fresh process by bench_window.py: start a window and report, as wall-clock
times, when it was mapped and when its contents were painted; then optionally select a
customer and report when their log was painted and when the assessment filled in.

    python bench/window_probe.py bare
    python bench/window_probe.py steady DB [CUSTOMER_ID]

Each line printed is "event time.time()"; the parent subtracts the moment it spawned us.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ROOT = Path(__file__).resolve().parent.parent


_seen: dict[str, int] = {}


def report(event: str) -> None:
    """One line: the event (numbered when it happens again) and the wall-clock time."""
    _seen[event] = _seen.get(event, 0) + 1
    name = event if _seen[event] == 1 else f"{event}_{_seen[event]}"
    print(name, f"{time.time():.6f}", flush=True)


def report_peak() -> None:
    print("peak_mib", f"{peak_mib():.1f}", flush=True)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Watch(QObject):
    """Sees every event: the first expose of a top-level window, paints of one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.mapped = False
        self.painted_target: QWidget | None = None
        self.on_painted: object = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Expose and not self.mapped and isinstance(watched, QWindow):
            if watched.isExposed():
                self.mapped = True
                report("mapped")
        elif kind == QEvent.Type.Paint and watched is self.painted_target:
            self.painted_target = None
            callback, self.on_painted = self.on_painted, None
            report("painted")
            if callable(callback):
                QTimer.singleShot(0, callback)
        return False


def bare(app: QApplication, watch: Watch) -> None:
    window = QMainWindow()
    window.resize(1200, 760)
    watch.painted_target = window
    watch.on_painted = app.quit
    window.show()
    app.exec()


def steady(app: QApplication, watch: Watch, database: str, customer: int | None) -> None:
    sys.path.insert(0, str(ROOT))
    import ui.shell.launch as launch_module
    from app.application import run_window

    opened = launch_module.open_window

    def open_and_watch(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        window = opened(*args, **kwargs)  # type: ignore[arg-type]
        assert window is not None
        window.resize(1200, 760)
        watch.painted_target = window.page.timeline.viewport()
        watch.on_painted = lambda: then_select(window)
        return window

    def then_select(window) -> None:  # type: ignore[no-untyped-def]
        if customer is None:
            report_peak()
            app.quit()
            return
        tools = next(t for t in window.customer_tools if hasattr(t, "loader"))
        # Connected after the panel: when this runs, the panel has shown the assessment.
        tools.loader.loaded.connect(lambda shown, _loaded: assessed(window, tools, shown))
        if window.current_customer() == customer:  # already shown first: come from another
            window.customer_list.table.selectRow(1)
            app.processEvents()
        watch.painted_target = window.page.timeline.viewport()
        report("select")
        window.select_customer(customer)

    def assessed(window, tools, shown: int) -> None:  # type: ignore[no-untyped-def]
        if shown != customer or tools.panel.picture is None:
            return
        report("assessed")
        report_peak()
        app.quit()

    launch_module.open_window = open_and_watch
    run_window(database)


def main() -> None:
    app = QApplication(sys.argv[:1])
    watch = Watch()
    app.installEventFilter(watch)
    if sys.argv[1] == "bare":
        bare(app, watch)
        report_peak()
    else:
        steady(app, watch, sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)


if __name__ == "__main__":
    main()
