"""The language one reply is written in: the tone and spelling checks read that language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.reply.tone_languages import LANGUAGES


class LanguageChoice(QWidget):
    changed = Signal(str)  # the language code

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QComboBox()
        self.box.setObjectName("reply_language")
        self.box.setAccessibleName("Language of this reply")
        for code, name in LANGUAGES.items():
            self.box.addItem(name, code)
        self.box.setCurrentIndex(max(0, self.box.findData(language)))
        self.box.currentIndexChanged.connect(lambda _: self.changed.emit(self.language))
        label = QLabel("Language of this reply:")
        label.setBuddy(self.box)
        row.addWidget(label)
        row.addWidget(self.box)
        row.addStretch(1)

    @property
    def language(self) -> str:
        return str(self.box.currentData())
