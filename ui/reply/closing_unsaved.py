"""Closing a calm reply whose words neither the log nor the drafts folder would take.

Closing saves the words to the log, or keeps them in a file offered back at the next start.
When both refuse (the log is held or damaged, and the disk is full or the folder cannot be
written), closing would throw the words away without a word: the owner is asked instead, and
staying in the editor is what Enter or Escape, pressed in haste, chooses."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.reply.steps import QUESTIONS, ReplyState

TITLE = "Your reply is not saved"
QUESTION = (
    "Your reply could not be saved: the log would not take it, and it could not be kept on "
    "this computer either. If you close now, what you wrote is lost.\n\n"
    "Copy it to the clipboard (then paste it somewhere safe), keep the editor open and try "
    "again in a moment, or close and lose it."
)
COPY = "Copy it to the clipboard"
KEEP_OPEN = "Keep the editor open"
LOSE = "Close and lose it"


class CloseChoice(Enum):
    COPY = "copy"
    KEEP_OPEN = "keep open"
    LOSE = "lose"


def ask_before_losing(parent: QWidget | None) -> CloseChoice:
    """What the owner wants done with words that nothing would take."""
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, QUESTION, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    copy = box.addButton(COPY, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(KEEP_OPEN, QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(LOSE, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return CloseChoice.COPY
    if clicked is lose:
        return CloseChoice.LOSE
    return CloseChoice.KEEP_OPEN


def words_to_copy(state: ReplyState) -> str:
    """The draft, then the owner's answers to step 2's questions: everything they typed."""
    parts = [state.draft.rstrip()] if state.draft.strip() else []
    for key, question in QUESTIONS:
        answer = state.answers.get(key, "").strip()
        if answer:
            parts.append(f"{question}\n{answer}")
    return "\n\n".join(parts) + "\n" if parts else ""


def copy_words(state: ReplyState) -> None:
    QGuiApplication.clipboard().setText(words_to_copy(state))
