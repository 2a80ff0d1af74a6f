"""None, True and False outlive PySide6 6.12's reference-counting faults on Python 3.11."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# A session's worth of emits and void calls, after Steady's window package has loaded (as the
# window does): an import of 20,000 messages reports progress by signal for each one.
SESSION = """
import ui
from PySide6.QtCore import QObject, Signal

class Worker(QObject):
    progress = Signal(int)

worker = Worker()
for done in range(20000):
    worker.progress.emit(done)
    worker.setObjectName("worker")
print("still here")
"""


def test_a_long_session_of_signals_and_calls_does_not_abort_the_process() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", SESSION], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "dealloc" not in ran.stderr
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.strip() == "still here"
