"""Every start without a log of one's own: explore the demo, or start your own log."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunChoice(Enum):
    DEMO = "demo"
    OWN_LOG = "own"


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle("Welcome to Steady")
        text = QLabel(
            "<h2>Welcome to Steady</h2>"
            "<p>Steady keeps a careful record of a difficult customer: every message, call and "
            "post, with the exact words and the evidence, on this computer only.</p>"
            "<p><b>Explore the demo</b> to see it with four made-up customers first, or "
            "<b>start your own log</b> now. You can switch between them at any time from the File menu; the demo "
            "never mixes with your own log.</p>"
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton("Explore the demo")
        self.own_button = QPushButton("Start my own log")
        self.own_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(FirstRunChoice.DEMO))
        self.own_button.clicked.connect(lambda: self._choose(FirstRunChoice.OWN_LOG))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()


def ask_first_run() -> FirstRunChoice | None:
    """None when the owner closes the window without choosing (nothing is created)."""
    dialog = FirstRunDialog()
    dialog.exec()
    return dialog.choice
