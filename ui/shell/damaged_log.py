"""A log too damaged to open: the owner puts a backup back, opens another log, or quits, from
the window, not by typing a command. The damaged file is never written to; a restore keeps it
beside the restored log, renamed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
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

from ui.shell.dates import shown_day

BACKUP_FILTER = "Steady backups (*.db);;All files (*)"


class DamagedLogChoice(Enum):
    RESTORE = "restore"
    OPEN_ANOTHER = "another"
    QUIT = "quit"


@dataclass(frozen=True)
class DamagedLogAnswer:
    choice: DamagedLogChoice
    backup: str = ""  # the backup to put back, for RESTORE


def damaged_log_text(path: Path) -> str:
    return (
        f"Your log file {path} is damaged, so Steady cannot open it. Nothing was written to "
        "it. Put a backup back in its place: the damaged file is kept beside it, renamed, "
        "not deleted. Or open another log."
    )


def backup_line(backup: str, newest: bool) -> str:
    if not backup:
        return "No good automatic backup was found. Choose a backup you made yourself."
    try:
        when = shown_day(datetime.fromtimestamp(os.path.getmtime(backup)))
    except OSError:
        when = ""
    which = "Your newest good backup" if newest else "The backup you chose"
    return f"{which} is {backup}" + (f", from {when}." if when else ".")


class DamagedLogDialog(QDialog):
    def __init__(self, path: Path, backup: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = DamagedLogAnswer(DamagedLogChoice.QUIT)
        self.backup = backup
        self.setWindowTitle("Your log is damaged")
        self.text = QLabel(damaged_log_text(path))
        self.backup_label = QLabel(backup_line(backup, newest=True))
        for label in (self.text, self.backup_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names are the owner's text
            label.setWordWrap(True)
        self.choose_button = QPushButton("Choose another backup…")
        self.restore_button = QPushButton("Restore this backup")
        self.another_button = QPushButton("Open another log…")
        self.quit_button = QPushButton("Quit")
        self.restore_button.setEnabled(bool(backup))
        self.restore_button.setDefault(bool(backup))
        self.choose_button.clicked.connect(self.choose_backup)
        self.restore_button.clicked.connect(
            lambda: self._choose(DamagedLogAnswer(DamagedLogChoice.RESTORE, self.backup))
        )
        self.another_button.clicked.connect(
            lambda: self._choose(DamagedLogAnswer(DamagedLogChoice.OPEN_ANOTHER))
        )
        self.quit_button.clicked.connect(self.reject)
        chooser = QHBoxLayout()
        chooser.addWidget(self.backup_label, 1)
        chooser.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(chooser)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._folder = os.path.dirname(backup) if backup else str(path.parent)

    def choose_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Choose a backup to put back", self._folder, BACKUP_FILTER
        )
        if not chosen:
            return
        self.backup = chosen
        self.backup_label.setText(backup_line(chosen, newest=False))
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)

    def _choose(self, answer: DamagedLogAnswer) -> None:
        self.answer = answer
        self.accept()


def ask_damaged_log(path: Path, backup: str, parent: QWidget | None = None) -> DamagedLogAnswer:
    """QUIT when the owner closes the window without choosing (nothing is changed)."""
    dialog = DamagedLogDialog(path, backup, parent)
    dialog.exec()
    return dialog.answer
