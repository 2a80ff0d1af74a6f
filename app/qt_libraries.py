"""Qt's libraries loaded on a thread of their own while Steady's own modules are imported.

Before PySide6 can make a window, the system loads Qt's libraries (Core, Gui, Widgets and what
they need): some 8 ms of mapping and linking in which Python has nothing to do. Started the
moment Steady knows it will open the window, the loading overlaps the import of Steady's own
modules, and PySide6 then finds the libraries loaded. Only the Qt libraries themselves are
loaded here (no Python module), the way Python loads its own (`RTLD_NOW | RTLD_LOCAL`); when
anything is missing nothing is loaded, and PySide6's own import says what is wrong.

Two things keep the overlap real (measured: with either missing, the thread saved nothing).
The libraries are opened by calling the C library's `dlopen` through ctypes, which lets go of
Python's lock for the call; `ctypes.CDLL` keeps it for the whole loading, and Python waits. And
the system's loader works on one library at a time, so a Python module written in C imported
meanwhile waits for Qt: those Steady's start needs are imported before the thread starts
(a test starts the window and fails on any other).
"""

from __future__ import annotations

import os
import sys
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

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
    dlopen = _dlopen()
    if dlopen is None:
        return None
    thread = threading.Thread(
        target=_load, args=(libraries, dlopen), name="Steady Qt libraries", daemon=True
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


# Python's modules written in C that Steady's start imports after the thread starts and before
# its first paint (PySide6's own excepted); the others are imported before it starts.
C_MODULES_AT_START = (
    "_datetime",
    "_decimal",
    "_json",
    "_opcode",
    "_sha256",
    "_sqlite3",
    "binascii",
    "unicodedata",
)


def _c_modules_first() -> None:
    """The C modules Steady's start imports, loaded before Qt's libraries are."""
    for name in C_MODULES_AT_START:
        if name not in sys.modules and find_spec(name) is not None:
            __import__(name)


def _load(libraries: list[Path], dlopen: Any = None) -> None:
    dlopen = dlopen or _dlopen()
    if dlopen is None:
        return
    for path in libraries:
        if not dlopen(os.fsencode(path), os.RTLD_NOW | os.RTLD_LOCAL):
            return  # PySide6's own import will say what is wrong


def _dlopen() -> Any:
    """The C library's `dlopen`, called without Python's lock (None if not found)."""
    import ctypes

    for library in (None, "libdl.so.2"):  # in the C library itself since glibc 2.34
        try:
            dlopen = ctypes.CDLL(library).dlopen
        except (OSError, AttributeError):
            continue
        dlopen.restype = ctypes.c_void_p
        dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
        return dlopen
    return None
