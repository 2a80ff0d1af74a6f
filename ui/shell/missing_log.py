"""The log Steady last used is not where it was (a USB stick not plugged in, a network drive
not connected): the owner is told which one, and chooses; Steady never forgets it by itself
nor greets them as someone new."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LOG_FILTER = "Steady logs (*.db);;All files (*)"


class MissingLogChoice(Enum):
    TRY_AGAIN = "again"
    OPEN_ANOTHER = "another"
    DEMO = "demo"


def missing_log_text(path: Path) -> str:
    return (
        f"Your log on {path} is not there (a USB stick or a drive not plugged in?). "
        "Plug it in and try again, open another log, or explore the demo. Steady keeps "
        "this log as yours until you open another one."
    )


class MissingLogDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, *, offer_demo: bool) -> None:
        super().__init__(parent)
        self.choice: MissingLogChoice | None = None
        self.setWindowTitle("Your log is not there")
        self.text = QLabel(missing_log_text(path))
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a file name is the owner's text
        self.text.setWordWrap(True)
        self.again_button = QPushButton("Try again")
        self.another_button = QPushButton("Open another log…")
        self.demo_button = QPushButton("Explore the demo" if offer_demo else "Cancel")
        self.again_button.setDefault(True)
        self.again_button.clicked.connect(lambda: self._choose(MissingLogChoice.TRY_AGAIN))
        self.another_button.clicked.connect(lambda: self._choose(MissingLogChoice.OPEN_ANOTHER))
        if offer_demo:
            self.demo_button.clicked.connect(lambda: self._choose(MissingLogChoice.DEMO))
        else:
            self.demo_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: MissingLogChoice) -> None:
        self.choice = choice
        self.accept()


def ask_missing_log(
    path: Path, parent: QWidget | None = None, *, offer_demo: bool = True
) -> MissingLogChoice | None:
    """None when the owner closes the window without choosing (nothing is opened)."""
    dialog = MissingLogDialog(path, parent, offer_demo=offer_demo)
    dialog.exec()
    return dialog.choice


def ask_another_log(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open a log", str(start), LOG_FILTER)
    return Path(chosen) if chosen else None
