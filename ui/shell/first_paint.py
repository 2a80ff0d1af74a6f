"""Work that can wait until the owner sees the window, held back while Steady starts.

Start-up holds it (`hold_until_first_paint`); the window, once shown, lets it go the moment it
has been painted (`release_after_first_paint`). Anywhere else (tests, a window built later)
`after_first_paint` runs the work at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 3000

_held: list[Callable[[], None]] | None = None
_hold = 0  # which hold is under way: a late fallback of an earlier one must not end this one


def hold_until_first_paint() -> None:
    """From now until the window is painted, `after_first_paint` keeps the work for later."""
    global _held, _hold
    if _held is None:
        _held = []
        _hold += 1


def after_first_paint(work: Callable[[], None]) -> None:
    """Run `work` now, or once the window has been painted if start-up is still under way."""
    if _held is None:
        work()
    else:
        _held.append(work)


def run_held_work() -> None:
    """Everything kept back, in the order it was asked for; from now on nothing is held."""
    global _held
    held, _held = _held or [], None
    for work in held:
        work()


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the rest of this paint (the log, the list) reaches the screen first.
            QTimer.singleShot(0, run_held_work)
            self.deleteLater()
        return False


def release_after_first_paint(window: QWidget) -> None:
    """Run the held work just after `window` is first painted."""
    if _held is None:
        return
    window.installEventFilter(_FirstPaint(window))
    # A window started minimised is not painted until it is restored; the work goes ahead.
    hold = _hold
    QTimer.singleShot(FALLBACK_MS, lambda: _run_if_still(hold))


def _run_if_still(hold: int) -> None:
    if hold == _hold:
        run_held_work()
