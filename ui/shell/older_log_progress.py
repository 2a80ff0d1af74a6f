"""Opening a log from an older Steady on a drive Steady cannot write to.

Its up-to-date copy in memory is made on a thread of its own: on a big log that takes
seconds, and the window (or the owner, at start, before any window) sees that Steady is
working rather than a frozen screen. Loaded only when such a log is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

# A small log is ready before the owner could read the words: no window flashes up for it.
SHOWN_AFTER_MS = 400


def reading_older_log(path: Path) -> str:
    return (
        f"Opening {path.name}. It was made by an older Steady and this drive cannot be "
        "written to, so Steady brings a copy of it up to date in memory to read it. The file "
        "itself is not changed."
    )


class _Aside(QThread):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._work()
        except BaseException as error:  # raised again on the window's thread, where it belongs
            self.error = error


def run_showing_progress(work: Callable[[], None], path: Path, parent: QWidget | None) -> None:
    """Run the work on a thread of its own while the window's thread keeps painting, with a
    busy bar once it takes longer than a moment; raise what the work raised."""
    if QThread.currentThread() is not QApplication.instance().thread():
        work()  # a worker's own opening: already off the window's thread
        return
    dialog = QProgressDialog(parent)
    dialog.setObjectName("older_log_progress")
    label = QLabel(reading_older_log(path))
    label.setTextFormat(Qt.TextFormat.PlainText)  # it carries a file name from the disk
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setWindowTitle("Opening an older log")
    dialog.setMinimumWidth(480)  # the sentence in three lines, not six
    dialog.setCancelButton(None)
    dialog.setRange(0, 0)  # a busy bar: the changes do not say how far along they are
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.hide()  # QProgressDialog shows itself on its own timer otherwise
    thread = _Aside(work)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    shown = QTimer()
    shown.setSingleShot(True)
    shown.timeout.connect(dialog.show)
    shown.start(SHOWN_AFTER_MS)
    thread.start()
    try:
        if not thread.isFinished():
            # Painting and timers go on; a click waits until the log is open, so the log
            # being replaced cannot be switched away from twice meanwhile.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        thread.wait()
        shown.stop()
        dialog.close()
        dialog.deleteLater()
        thread.deleteLater()
    if thread.error is not None:
        raise thread.error
