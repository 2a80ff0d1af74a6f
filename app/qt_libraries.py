"""Qt's libraries loaded on a thread of their own while Steady's own modules are imported.

Before PySide6 can make a window, the system loads Qt's libraries (Core, Gui, Widgets and what
they need): some 10-20 ms of mapping and linking in which Python has nothing to do. Started the
moment Steady knows it will open the window, the loading overlaps the import of Steady's own
modules, and PySide6 then finds the libraries loaded. Only the Qt libraries themselves are
loaded here (no Python module), the way Python loads its own (`RTLD_NOW | RTLD_LOCAL`); when
anything is missing nothing is loaded, and PySide6's own import says what is wrong.

The system's loader works on one library at a time: a Python module written in C imported
while Qt is loading waits for it. The few that Steady's own modules need are imported first.
"""

from __future__ import annotations

import os
import sys
import threading
from importlib.util import find_spec
from pathlib import Path

# In the order the loader needs them (each one's own libraries come with it).
_QT = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")
# The platform Qt will draw on, and its own library (a wrong guess costs the thread only).
_PLATFORMS = {
    "xcb": ("libQt6XcbQpa.so.6", "libqxcb.so"),
    "wayland": ("libQt6WaylandClient.so.6", "libqwayland.so"),
    "offscreen": ("", "libqoffscreen.so"),
}


def load_qt_libraries_aside() -> threading.Thread | None:
    """Start loading Qt's libraries on their own thread (Linux only); None when there is
    nothing to load ahead (another system, Qt already loaded, no Qt found)."""
    if not sys.platform.startswith("linux") or "PySide6" in sys.modules:
        return None
    libraries = qt_libraries()
    if not libraries:
        return None
    _c_modules_first()
    thread = threading.Thread(
        target=_load, args=(libraries,), name="Steady Qt libraries", daemon=True
    )
    thread.start()
    return thread


def qt_libraries() -> list[Path]:
    """Qt's own libraries as PySide6 ships them (a checkout or the desktop bundle), and its
    platform plugin's."""
    try:
        spec = find_spec("PySide6")  # finds the package without running it
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    for folder in spec.submodule_search_locations:
        for place in (Path(folder) / "Qt" / "lib", Path(folder)):
            found = [place / name for name in _QT]
            if all(path.is_file() for path in found):
                return found + _platform_libraries(place, place.parent / "plugins" / "platforms")
    return []


def _platform_libraries(libraries: Path, plugins: Path) -> list[Path]:
    """The platform plugin Qt will load, as Qt chooses it: QT_QPA_PLATFORM, else Wayland in a
    Wayland session, else X11."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if not chosen:
        wayland = (
            os.environ.get("XDG_SESSION_TYPE") == "wayland" and "WAYLAND_DISPLAY" in os.environ
        )
        chosen = "wayland" if wayland else "xcb"
    library, plugin = _PLATFORMS.get(chosen, ("", ""))
    found = [libraries / library] if library else []
    found += [plugins / plugin] if plugin else []
    return [path for path in found if path.is_file()]


def _c_modules_first() -> None:
    """The C modules Steady's own code imports before Qt, loaded before Qt's libraries are."""
    import _decimal  # noqa: F401  (app.core.money)
    import _json  # noqa: F401
    import unicodedata  # noqa: F401

    with_sqlite = find_spec("_sqlite3")  # storage's: imported there, loaded here
    if with_sqlite is not None:
        __import__("_sqlite3")


def _load(libraries: list[Path]) -> None:
    import ctypes

    for path in libraries:
        try:
            ctypes.CDLL(str(path), mode=os.RTLD_NOW | os.RTLD_LOCAL)
        except OSError:
            return
