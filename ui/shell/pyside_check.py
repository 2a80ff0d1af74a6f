"""A quicker answer to the question PySide6 asks of every module Python imports.

PySide6 looks for the word "PySide6" in each module's source, to know which modules may switch
on its `__feature__` options. It reads the source through `inspect.getsource`, about 0.2 ms a
module: some 30 ms of Steady's start, for its 170 modules. Reading the file's bytes gives the
same answer in a tenth of the time, and Python's own library (about half the modules a start
imports) never names PySide6, so its files are not read at all. Anything but a plain source
file (a bundled program's modules have none) is left to PySide6's own check.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

_MARK = "_steady_reads_bytes"


def read_sources_quickly() -> None:
    """Install the quicker check; call before Qt's own modules are imported."""
    import shiboken6  # noqa: F401  (loads PySide6's support modules, the check among them)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, _MARK, False):
        return  # another PySide6, without the check: nothing to speed up

    standard_library = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if is_standard_library(path, standard_library):
                return False
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


def is_standard_library(path: str, standard_library: str) -> bool:
    """True for a module of Python's own library (not one installed beside it)."""
    return path.startswith(standard_library) and "-packages" + os.sep not in path
