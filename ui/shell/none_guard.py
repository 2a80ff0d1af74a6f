"""A guard against reference-counting faults in PySide6 6.12.0 on Python 3.11.

In that release every Qt method that returns nothing hands Python a `None` it does not own:
each call takes one reference from `None`. Emitting a signal from Python does the same to
`True` (what `emit` returns). Python 3.12 and later never free `None`, `True` or `False`, but
on 3.11 a long session takes their counts to zero and the process aborts with "Fatal Python
error: none_dealloc" (a few thousand calls: selecting a handful of customers with charts) or
"bool_dealloc" (a few hundred emits: `True` starts with about 150 references, and an import
reports its progress by signal for every message).

`protect_none()` checks whether the Qt in use has each fault, and if it does gives the object
a reserve of references no session can use up, which is what Python 3.12 does for every
process. It changes nothing where the faults are absent.
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


def emits_take_true() -> bool:
    """True when emitting a signal from Python takes a reference from True."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.objectNameChanged.emit("probe")
    return sys.getrefcount(True) <= before - 8


def _give_reserve(immortal: object) -> bool:
    count = ctypes.c_ssize_t.from_address(id(immortal))
    before = sys.getrefcount(immortal)
    count.value += RESERVE
    return sys.getrefcount(immortal) == before + RESERVE


_given = False


def protect_none() -> bool:
    """Give None, True and False their reserve (once) where this Qt needs it; True if any
    was given."""
    global _given
    if _given:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # immortal, or a debug build lays objects out differently
    given = []
    if void_calls_take_none():
        given.append(_give_reserve(None))
    if emits_take_true():
        # False too: whatever hands out True without a reference may do so with False.
        given.extend((_give_reserve(True), _give_reserve(False)))
    _given = bool(given) and all(given)
    return _given
