"""Spelling, grammar and tone checks off the UI thread, so typing never waits for them.

The editor calls `request(text)` on every change; after a short pause the latest text goes to
a worker thread, and `checked` comes back with the results for that text. Results for text
that has changed since are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.reply.spelling import SpellCheck, SpellingIssue
from app.reply.tone import check_tone
from app.reply.tone_rules import ToneFlag

PAUSE_MS = 350


class _Worker(QObject):
    done = Signal(int, str, object, object)

    def __init__(self, grammar: bool) -> None:
        super().__init__()
        self._grammar = grammar
        self._spell: SpellCheck | None = None
        self._known: frozenset[str] = frozenset()
        self.latest = 0  # set from the UI thread; older requests are skipped

    @Slot(int, str, object)
    def run(self, revision: int, text: str, known: frozenset[str]) -> None:
        if revision != self.latest:
            return
        if self._spell is None:
            self._spell = SpellCheck(grammar=self._grammar)
        if known is not self._known:
            self._spell.learn(known)
            self._known = known
        issues: list[SpellingIssue] = self._spell.check(text)
        flags: list[ToneFlag] = check_tone(text, known)
        self.done.emit(revision, text, issues, flags)


class DraftChecker(QObject):
    checked = Signal(str, object, object)  # text, spelling issues, tone flags
    _requested = Signal(int, str, object)

    def __init__(self, known_words: set[str], grammar: bool = True, parent=None) -> None:
        super().__init__(parent)
        self._known = frozenset(known_words)
        self._revision = 0
        self._text = ""
        self._thread = QThread(self)
        self._thread.setObjectName("draft-checks")
        self._worker = _Worker(grammar)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._worker.done.connect(self._on_worker_done)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._send)

    def learn(self, words: set[str]) -> None:
        self._known = self._known | frozenset(w.lower() for w in words)
        self.check_now(self._text)

    def request(self, text: str) -> None:
        """Check this text once the owner pauses typing."""
        self._text = text
        self._pause.start()

    def check_now(self, text: str) -> None:
        self._text = text
        self._pause.stop()
        self._send()

    def _send(self) -> None:
        self._revision += 1
        self._worker.latest = self._revision
        self._requested.emit(self._revision, self._text, self._known)

    @Slot(int, str, object, object)
    def _on_worker_done(self, revision: int, text: str, issues: object, flags: object) -> None:
        if revision == self._revision:
            self.checked.emit(text, issues, flags)

    def stop(self) -> None:
        """Finish the worker thread (call before the window goes away)."""
        self._pause.stop()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
