"""Reading the draft aloud a sentence at a time, or stepping through it where no voice exists.

Hearing a reply catches what reading misses. With a voice (Qt's QtTextToSpeech: speechd on
Linux, the system voices on Windows and macOS) each sentence is spoken and highlighted in
turn. Without one, the same highlight moves with Next and Previous: a read-along.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.reply.sentences import sentence_spans

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # a build without the text-to-speech module
    QTextToSpeech = None  # type: ignore[assignment,misc]


def _engine_with_voice(name: str | None, parent: QObject) -> QTextToSpeech | None:
    if QTextToSpeech is None:
        return None
    names = [name] if name else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    for engine_name in names:
        engine = QTextToSpeech(engine_name, parent)
        if engine.state() != QTextToSpeech.State.Error and engine.availableVoices():
            return engine
        engine.deleteLater()
    return None


class ReadAloud(QObject):
    sentence_changed = Signal(int, int)  # start, end in the text (code points)
    finished = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = _engine_with_voice(engine, self)
        if self._engine is not None:
            self._engine.stateChanged.connect(self._on_engine_state_changed)
        self._text = ""
        self._spans: list[tuple[int, int]] = []
        self.index = -1
        self.speaking = False

    @property
    def has_voice(self) -> bool:
        return self._engine is not None

    @property
    def voice_name(self) -> str:
        if self._engine is None:
            return ""
        return f"{self._engine.voice().name()} ({self._engine.engine()})"

    @property
    def sentence_count(self) -> int:
        return len(self._spans)

    def load(self, text: str) -> int:
        self.stop()
        self._text = text
        self._spans = sentence_spans(text)
        self.index = -1
        return len(self._spans)

    def play(self, text: str) -> None:
        """Speak from the first sentence (with a voice)."""
        if self._engine is None:
            return
        self.load(text)
        self.speaking = True
        self._go(0)

    def stop(self) -> None:
        was = self.speaking
        self.speaking = False
        if self._engine is not None and was:
            self._engine.stop()

    def next(self) -> bool:
        return self._go(self.index + 1)

    def previous(self) -> bool:
        return self._go(max(self.index - 1, 0))

    def _go(self, index: int) -> bool:
        if not 0 <= index < len(self._spans):
            self.speaking = False
            self.index = -1
            self.finished.emit()
            return False
        self.index = index
        start, end = self._spans[index]
        self.sentence_changed.emit(start, end)
        if self.speaking and self._engine is not None:
            self._engine.say(self._text[start:end])
        return True

    def _on_engine_state_changed(self, state: QTextToSpeech.State) -> None:
        if not self.speaking:
            return
        if state == QTextToSpeech.State.Ready:
            self.next()
        elif state == QTextToSpeech.State.Error:
            self.speaking = False
            self.finished.emit()
