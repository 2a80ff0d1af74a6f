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
