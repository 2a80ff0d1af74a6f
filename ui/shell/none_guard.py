"""A guard against a reference-counting fault in PySide6 6.12.0 on Python 3.11.

In that release every Qt method that returns nothing hands Python a `None` it does not own:
each call takes one reference from `None`. Python 3.12 and later never free `None`, but on
3.11 a long session (a few thousand calls: selecting a handful of customers with charts)
takes its count to zero and the process aborts with "Fatal Python error: none_dealloc".

`protect_none()` checks whether the Qt in use has the fault, and if it does gives `None` a
reserve of references no session can use up, which is what Python 3.12 does for every
process. It changes nothing where the fault is absent.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40 if sys.maxsize > 2**32 else 1 << 29


def void_calls_take_none() -> bool:
    """True when calling a Qt method that returns nothing takes a reference from None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


_given = False


def protect_none() -> bool:
    """Give None its reserve (once) when this Qt needs it; True if it has it."""
    global _given
    if _given:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # None is immortal, or a debug build lays objects out differently
    if not void_calls_take_none():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    before = sys.getrefcount(None)
    count.value += RESERVE
    _given = sys.getrefcount(None) == before + RESERVE
    return _given
