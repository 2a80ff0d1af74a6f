"""Earlier drafts of a reply: each draft set aside (started over, replaced by a template or by
another earlier draft, discarded with its reply, or sent) to read, copy or put back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.reply.draft_history import EarlierDraft
from ui.shell.dates import shown_when
from ui.shell.plain_text import plain_label

FIRST_WORDS = 70


def draft_line(draft: EarlierDraft) -> str:
    words = " ".join(draft.text.split())
    if len(words) > FIRST_WORDS:
        words = words[: FIRST_WORDS - 1] + "…"
    return f"{shown_when(draft.version.kept_at)} · {draft.why}\n“{words}”"


class EarlierDrafts(QDialog):
    """The list, newest first, with the chosen draft in full beside it."""

    put_back_requested = Signal(str)  # the text of the draft chosen

    def __init__(
        self,
        drafts: list[EarlierDraft],
        customer: str,
        held: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Earlier drafts of your reply to {customer}")
        self._drafts = drafts
        layout = QVBoxLayout(self)
        note = (
            "Every draft you set aside is kept here, newest first. Putting one back keeps "
            "your current draft here too, and Undo (Ctrl+Z) in the draft returns it."
            if drafts
            else "No earlier drafts of this reply yet. When you start over, start from a "
            "template or discard the reply, the draft you had is kept here."
        )
        self.note = plain_label(note)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        split = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("earlier_drafts")
        self.list.setAccessibleName("Earlier drafts")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        for draft in drafts:
            self.list.addItem(QListWidgetItem(draft_line(draft)))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.list.itemActivated.connect(lambda _item: self._put_back())
        split.addWidget(self.list)
        self.text = QPlainTextEdit()
        self.text.setObjectName("earlier_draft_text")
        self.text.setAccessibleName("The earlier draft")
        self.text.setReadOnly(True)
        split.addWidget(self.text)
        split.setSizes([300, 420])
        layout.addWidget(split, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.put_back = QPushButton("Put this draft back")
        self.put_back.setObjectName("put_back")
        self.copy = QPushButton("Copy")
        buttons.addButton(self.put_back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.put_back.clicked.connect(self._put_back)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._chosen()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._held = held  # why no draft can be put back now ("" when one can)
        self.put_back.setToolTip(held)
        self.resize(760, 440)
        if drafts:
            self.list.setCurrentRow(0)
        self._on_list_row_changed(self.list.currentRow())

    def _chosen(self) -> str:
        row = self.list.currentRow()
        return self._drafts[row].text if 0 <= row < len(self._drafts) else ""

    def _on_list_row_changed(self, row: int) -> None:
        chosen = 0 <= row < len(self._drafts)
        self.text.setPlainText(self._chosen())
        self.put_back.setEnabled(chosen and not self._held)
        self.copy.setEnabled(chosen)

    def _put_back(self) -> None:
        if self.put_back.isEnabled():
            self.put_back_requested.emit(self._chosen())
            self.accept()
