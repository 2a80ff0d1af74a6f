"""A customer's calm replies still in progress, to resume where the owner left off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import show_local
from app.services import Services

REPLY_ID = 256  # Qt.UserRole


class UnfinishedReplies(QWidget):
    resume_requested = Signal(int)  # reply id: open ReplyEditor(services, reply_id=…)

    def __init__(self, services: Services, customer_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("unfinished_replies")
        self.list.itemActivated.connect(
            lambda item: self.resume_requested.emit(item.data(REPLY_ID))
        )
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.resume = QPushButton("Resume")
        self.resume.clicked.connect(self._on_resume_clicked)
        row.addWidget(self.resume)
        layout.addLayout(row)
        self.refresh()

    def show_customer(self, customer_id: int | None) -> None:
        """Follow the customer shown on the page; hidden when nothing is in progress."""
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self._customer_id is None:
            self.setVisible(False)
            return
        replies = self._services.open_replies(self._customer_id)
        for reply in replies:
            words = f" — “{reply.first_words}…”" if reply.first_words else ""
            item = QListWidgetItem(
                f"Step {int(reply.step)} of 7 · {reply.step.title} — started "
                f"{show_local(reply.started_at)}{words}"
            )
            item.setData(REPLY_ID, reply.id)
            self.list.addItem(item)
        self.heading.setText(
            f"{len(replies)} unfinished repl{'y' if len(replies) == 1 else 'ies'}"
            if replies
            else "No unfinished replies."
        )
        self.resume.setEnabled(bool(replies))
        self.setVisible(bool(replies))
        if replies:
            self.list.setCurrentRow(0)

    def _on_resume_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.resume_requested.emit(item.data(REPLY_ID))
