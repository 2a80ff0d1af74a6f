"""Spelling, grammar and tone checks off the UI thread, so typing never waits for them.

The editor calls `request(text)` on every change; after a short pause the latest text goes to
the workers, and `checked` comes back with the results for that text. Results for text that has
changed since are dropped. Spelling and tone (milliseconds) run on one thread and grammar
(Harper, which takes seconds to start) on another, so the first underlines never wait for the
grammar checker; its results join the spelling ones when they come. Both threads read their
word lists as soon as the editor opens, before the owner has typed anything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.reply.spelling import SpellCheck, SpellingIssue, word_list
from app.reply.tone import check_tone
from app.reply.tone_rules import ToneFlag

PAUSE_MS = 350


class _Worker(QObject):
    done = Signal(int, str, object, object)

    def __init__(self, grammar: bool, language: str) -> None:
        super().__init__()
        self._grammar = grammar
        self._language = language
        self._spell: SpellCheck | None = None
        self._known: frozenset[str] = frozenset()
        self.latest = 0  # set from the UI thread; older requests are skipped

    def _checker(self) -> SpellCheck:
        if self._spell is None or self._spell.language != self._language:
            self._spell = SpellCheck(self._known, grammar=self._grammar, language=self._language)
        return self._spell

    @Slot()
    def warm_up(self) -> None:
        if self._grammar:
            self._checker().grammar("Thank you.")
        else:
            word_list(self._language)

    @Slot(int, str, object, str)
    def run(self, revision: int, text: str, known: frozenset[str], language: str) -> None:
        if revision != self.latest:
            return
        self._language = language
        spell = self._checker()
        if known is not self._known:
            spell.learn(known)
            self._known = known
        if self._grammar:
            issues: list[SpellingIssue] = spell.grammar(text)
            self.done.emit(revision, text, issues, None)
            return
        flags: list[ToneFlag] = check_tone(text, known, language=language)
        self.done.emit(revision, text, spell.spelling(text), flags)


class DraftChecker(QObject):
    checked = Signal(str, object, object)  # text, spelling and grammar issues, tone flags
    _requested = Signal(int, str, object, str)

    def __init__(
        self, known_words: set[str], grammar: bool = True, language: str = "en", parent=None
    ) -> None:
        super().__init__(parent)
        self._known = frozenset(known_words)
        self.language = language
        self._revision = 0
        self._text = ""
        self._spelling: tuple[int, list[SpellingIssue], list[ToneFlag]] | None = None
        self._grammar: tuple[int, list[SpellingIssue]] | None = None
        self._threads: list[QThread] = []
        self._workers = [self._start(_Worker(False, language), "draft-checks")]
        if grammar and language == "en":
            self._workers.append(self._start(_Worker(True, language), "draft-grammar"))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._send)

    def _start(self, worker: _Worker, name: str) -> _Worker:
        thread = QThread(self)
        thread.setObjectName(name)
        worker.moveToThread(thread)
        self._requested.connect(worker.run)
        worker.done.connect(self._on_worker_done)
        thread.finished.connect(worker.deleteLater)
        thread.started.connect(worker.warm_up)
        thread.start()
        self._threads.append(thread)
        return worker

    @property
    def checks_grammar(self) -> bool:
        return len(self._workers) > 1

    def learn(self, words: set[str]) -> None:
        self._known = self._known | frozenset(w.lower() for w in words)
        self.check_now(self._text)

    def set_language(self, language: str) -> None:
        """Check in another language from now on (the reply's language was changed)."""
        self.language = language
        self.check_now(self._text)

    def tone_now(self, text: str) -> list[ToneFlag]:
        """The tone flags of `text` at once, on this thread: for a gate that cannot wait."""
        return check_tone(text, self._known, language=self.language)

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
        for worker in self._workers:
            worker.latest = self._revision
        self._requested.emit(self._revision, self._text, self._known, self.language)

    @Slot(int, str, object, object)
    def _on_worker_done(self, revision: int, text: str, issues: object, flags: object) -> None:
        if revision != self._revision:
            return
        assert isinstance(issues, list)
        if flags is None:
            self._grammar = (revision, issues)
        else:
            assert isinstance(flags, list)
            self._spelling = (revision, issues, flags)
        if self._spelling is None or self._spelling[0] != revision:
            return  # grammar came first: the underlines wait for spelling and tone
        grammar = self._grammar[1] if self._grammar and self._grammar[0] == revision else []
        self.checked.emit(text, _merged(self._spelling[1], grammar), self._spelling[2])

    def stop(self) -> None:
        """Finish the worker threads (call before the window goes away)."""
        self._pause.stop()
        for thread in self._threads:
            if thread.isRunning():
                thread.quit()
                thread.wait()


def _merged(spelling: list[SpellingIssue], grammar: list[SpellingIssue]) -> list[SpellingIssue]:
    """Spelling first where both mark the same words (it knows the owner's words)."""
    taken = [(issue.start, issue.end) for issue in spelling]
    kept = [g for g in grammar if all(g.end <= a or g.start >= b for a, b in taken)]
    return sorted(spelling + kept, key=lambda issue: (issue.start, issue.end))
