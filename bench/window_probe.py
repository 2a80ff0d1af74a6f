"""Run inside a fresh process by bench_window.py: start a window and report, as wall-clock
times, when it was mapped and when its contents were painted; then optionally select a
customer and report when their log was painted and when the assessment filled in.

    python bench/window_probe.py bare
    python bench/window_probe.py steady DB [CUSTOMER_ID]

"steady" starts Steady exactly as `python -m app --db DB` does (the command line first, then
the window), importing nothing of its own beforehand: the probe only wraps the function that
opens the window, once Steady itself has imported it, to watch the window it returns.

Each line printed is "event time.time()"; the parent subtracts the moment it spawned us.
"cpu_painted" is the CPU time used until the first paint, "peak_mib" the peak memory.
"""

from __future__ import annotations

import contextlib
import importlib.util
import resource
import runpy
import sys
import time
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


_seen: dict[str, int] = {}
_kept: list[object] = []


def report(event: str) -> None:
    """One line: the event (numbered when it happens again) and the wall-clock time."""
    _seen[event] = _seen.get(event, 0) + 1
    name = event if _seen[event] == 1 else f"{event}_{_seen[event]}"
    print(name, f"{time.time():.6f}", flush=True)


def report_cpu(event: str) -> None:
    """CPU seconds the process has used so far (all threads): far steadier than wall time on
    a loaded machine."""
    print(f"cpu_{event}", f"{time.process_time():.6f}", flush=True)


def report_peak() -> None:
    print("peak_mib", f"{peak_mib():.1f}", flush=True)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_watch() -> Any:
    """An event filter that sees the first expose of one top-level window and the next paint of
    one widget (built on demand: Qt loads when the program under test loads it).

    It filters only the objects it watches: an application-wide filter would make PySide6 wrap
    every object that gets an event (and create the Python classes and enums of their types),
    a cost neither a bare window nor Steady has without the probe.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.mapped = False
            self.window: QWidget | None = None
            self.painted_target: QObject | None = None
            self.on_painted: Callable[[], None] | None = None

        def watch_window(self, window: QWidget) -> None:
            """Report "mapped" when `window` is first exposed (its QWindow exists once shown)."""
            self.window = window
            window.installEventFilter(self)

        def watch_paint(self, target: QWidget, then: Callable[[], None] | None) -> None:
            self.painted_target = target
            self.on_painted = then
            target.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched is self.window:
                self.window = None
                handle = watched.windowHandle()
                assert handle is not None
                handle.installEventFilter(self)
            elif kind == QEvent.Type.Expose and isinstance(watched, QWindow) and not self.mapped:
                if not watched.isExposed():
                    return False
                self.mapped = True
                report("mapped")
            elif kind == QEvent.Type.Paint and watched is self.painted_target:
                self.painted_target = None
                callback, self.on_painted = self.on_painted, None
                report("painted")
                if _seen["painted"] == 1:
                    report_cpu("painted")
                if callback is not None:
                    QTimer.singleShot(0, callback)
            return False

    return Watch()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    watch = make_watch()
    window = QMainWindow()
    window.resize(1200, 760)
    watch.watch_window(window)
    watch.watch_paint(window, app.quit)
    window.show()
    app.exec()
    report_peak()


class AfterImport:
    """A meta-path finder that runs `then(module)` right after one module has been executed."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.then = then

    def find_spec(self, fullname: str, path: object, target: object = None) -> ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None
        execute = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            execute(module)
            self.then(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def timeline_viewport(window: Any) -> Any:
    """The widget the log's cards are painted on.

    Found by the name Qt gives every scroll area's viewport, not by `viewport()`: PySide6 does
    not know which class that C++ widget is, and finding out the first time builds the Python
    class (and enums) of every widget class in QtWidgets, 20-25 ms that Steady itself never
    spends. The probe must not add to what it measures.
    """
    from PySide6.QtWidgets import QWidget

    viewport = window.page.timeline.findChild(QWidget, "qt_scrollarea_viewport")
    assert viewport is not None
    return viewport


def steady(database: str, customer: int | None) -> None:
    def watch_launch(launch_module: ModuleType) -> None:
        opened = launch_module.open_window

        def open_and_watch(*args: object, **kwargs: object) -> Any:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            watch = make_watch()
            _kept.append(watch)  # an event filter lives as long as its Python object
            window = opened(*args, **kwargs)
            assert window is not None
            window.resize(1200, 760)
            watch.watch_window(window)
            watch.watch_paint(timeline_viewport(window), lambda: then_select(app, watch, window))
            return window

        launch_module.open_window = open_and_watch

    def then_select(app: Any, watch: Any, window: Any) -> None:
        from PySide6.QtCore import QTimer

        if customer is None:
            report_peak()
            app.quit()
            return
        tools = next((t for t in window.customer_tools if hasattr(t, "loader")), None)
        if tools is None:  # the features plug in just after the first paint; as the owner's
            # click would, the selection comes after the rest of the work held for the paint
            window.tools_installed.connect(
                lambda: QTimer.singleShot(0, lambda: then_select(app, watch, window))
            )
            return
        if tools.loader.busy:  # the first customer's assessment: the owner reads it first
            QTimer.singleShot(20, lambda: then_select(app, watch, window))
            return
        # Connected after the panel: when this runs, the panel has shown the assessment.
        tools.loader.loaded.connect(lambda shown, _loaded: assessed(app, tools, shown))
        if window.current_customer() == customer:  # already shown first: come from another
            window.customer_list.table.selectRow(1)
            app.processEvents()
        watch.watch_paint(timeline_viewport(window), None)
        report("select")
        window.select_customer(customer)

    def assessed(app: Any, tools: Any, shown: int) -> None:
        if shown != customer or tools.panel.picture is None:
            return
        report("assessed")
        report_peak()
        app.quit()

    sys.meta_path.insert(0, AfterImport("ui.shell.launch", watch_launch))
    sys.path.insert(0, str(ROOT))  # as `python -m app` run in this checkout finds it
    sys.argv = ["steady", "--db", database]
    with contextlib.suppress(SystemExit):  # app/__main__.py ends with sys.exit
        runpy.run_module("app", run_name="__main__", alter_sys=True)


def main() -> None:
    if sys.argv[1] == "bare":
        bare()
    else:
        steady(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)


if __name__ == "__main__":
    main()
