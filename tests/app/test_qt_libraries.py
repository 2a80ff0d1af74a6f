"""Qt's libraries loaded ahead on a thread (app/qt_libraries.py): the window still starts,
and nothing is loaded twice or when Qt is already there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import qt_libraries
from app.qt_libraries import load_qt_libraries_aside

ROOT = Path(__file__).resolve().parents[2]


def test_qt_s_own_libraries_are_found_where_pyside6_keeps_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    core = ["libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert [path.name for path in qt_libraries.qt_libraries()] == [*core, "libqoffscreen.so"]
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert [path.name for path in qt_libraries.qt_libraries()] == [
        *core,
        "libQt6XcbQpa.so.6",
        "libqxcb.so",
    ]
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert qt_libraries.qt_libraries()[-1].name == "libqwayland.so"
    monkeypatch.setenv("QT_QPA_PLATFORM", "vnc:size=800x600")  # one Qt has, not loaded ahead
    assert [path.name for path in qt_libraries.qt_libraries()] == core


def test_nothing_is_loaded_ahead_once_qt_is_there(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "PySide6" in sys.modules
    assert load_qt_libraries_aside() is None


def test_a_library_that_cannot_be_loaded_stops_the_loading_quietly(tmp_path: Path) -> None:
    broken = tmp_path / "libQt6Core.so.6"
    broken.write_bytes(b"not a library")
    qt_libraries._load([broken, tmp_path / "missing.so"])  # no exception: PySide6 will say


_AHEAD = """
import sys
from app.qt_libraries import load_qt_libraries_aside
loading = load_qt_libraries_aside()
assert loading is not None
import app.application  # Steady's own modules, meanwhile
loading.join()
with open("/proc/self/maps") as maps:
    mapped = maps.read()
assert "libQt6Widgets.so.6" in mapped, "loaded ahead"
assert "PySide6" not in sys.modules, "no Python module of Qt's was run"
import ui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Kim Lee")
label.show()
app.processEvents()
print(label.text())
"""


def test_the_window_starts_on_libraries_loaded_ahead() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _AHEAD], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Kim Lee"


# Steady started as `python -m app --db DB` does, stopped at its first paint: which of Python's
# modules written in C were imported while Qt's libraries were loading.
_START = """
import os, runpy, sys
from app import qt_libraries
started = qt_libraries.load_qt_libraries_aside
before = set()
def load_aside():
    thread = started()
    assert thread is not None, "nothing loaded ahead"
    before.update(sys.modules)
    return thread
qt_libraries.load_qt_libraries_aside = load_aside
def painted():
    late = sorted(
        name for name, module in sys.modules.items()
        if name not in before
        and str(getattr(module, "__file__", "")).endswith(".so")
        and not name.startswith(("PySide6", "shiboken6"))
    )
    print(" ".join(late))
    os._exit(0)
class StopAtPaint:  # patches the first paint's hook once Steady imports it
    def find_spec(self, name, path=None, target=None):
        if name != "ui.shell.first_paint":
            return None
        sys.meta_path.remove(self)
        import importlib.util
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.run_held_work = painted
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, StopAtPaint())
sys.argv = ["steady", "--db", sys.argv[1]]
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


def test_no_c_module_of_the_start_waits_for_qt_s_loading(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STEADY_HOME": str(tmp_path / "home"),
        "STEADY_CACHE": str(tmp_path / "cache"),
    }
    for _ in ("a new log", "the log again"):
        run = subprocess.run(
            [sys.executable, "-c", _START, str(tmp_path / "steady.db")],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
    # Any listed here is loaded while the thread loads Qt, and the start waits for it: add it
    # to qt_libraries.C_MODULES_AT_START. (A new log's first start needs a few more, once.)
    assert run.stdout.split() == []


def test_qt_s_libraries_are_loaded_without_holding_python_s_lock() -> None:
    import ctypes

    dlopen = qt_libraries._dlopen()
    assert dlopen is not None
    # Called as a plain C function (a CDLL's), which ctypes calls with Python's lock let go.
    assert isinstance(dlopen, ctypes._CFuncPtr)  # type: ignore[attr-defined]
    assert not dlopen._flags_ & ctypes._FUNCFLAG_PYTHONAPI  # type: ignore[attr-defined]
