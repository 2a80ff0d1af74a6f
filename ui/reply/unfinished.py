"""Calm replies still in progress: a customer's on their page, and every customer's in a list,
to resume where the owner left off or to discard (the draft is kept as abandoned)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from ui.shell.dates import shown_when
from ui.shell.first_paint import after_first_paint
from ui.shell.row_keys import never_default, rows_take_enter

if TYPE_CHECKING:
    from app.reply.steps import ReplySummary

REPLY_ID = 256  # Qt.UserRole


def reply_line(reply: ReplySummary, customer: str = "") -> str:
    words = f" — “{reply.first_words}…”" if reply.first_words else ""
    who = f"{customer}: " if customer else ""
    return (
        f"{who}Step {int(reply.step)} of 7 · {reply.step.title} — started "
        f"{shown_when(reply.started_at)}{words}"
    )


class _ReplyList(QWidget):
    """A list of unfinished replies with Resume and Discard…."""

    resume_requested = Signal(int)  # reply id: open ReplyEditor(services, reply_id=…)
    discard_requested = Signal(int)  # reply id: confirm, then discard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("unfinished_replies")
        self.list.setAccessibleName("Unfinished replies")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(
            lambda item: self.resume_requested.emit(item.data(REPLY_ID))
        )
        layout.addWidget(self.list)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.discard = QPushButton("Discard…")
        self.discard.setToolTip("Stop working on this reply; its draft is kept in the history")
        self.discard.clicked.connect(lambda: self._emit_current(self.discard_requested))
        self.resume = QPushButton("Resume")
        self.resume.clicked.connect(lambda: self._emit_current(self.resume_requested))
        never_default(self.discard, self.resume)
        rows_take_enter(self.list)
        self.row.addWidget(self.discard)
        self.row.addWidget(self.resume)
        layout.addLayout(self.row)

    def _emit_current(self, signal: Signal) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(item.data(REPLY_ID))  # type: ignore[attr-defined]

    def show_replies(self, lines: list[tuple[int, str]], heading: str) -> None:
        self.list.clear()
        for reply_id, text in lines:
            item = QListWidgetItem(text)
            item.setData(REPLY_ID, reply_id)
            self.list.addItem(item)
        self.heading.setText(heading)
        self.resume.setEnabled(bool(lines))
        self.discard.setEnabled(bool(lines))
        if lines:
            self.list.setCurrentRow(0)


def _count(replies: list[ReplySummary]) -> str:
    if not replies:
        return "No unfinished replies."
    return f"{len(replies)} unfinished repl{'y' if len(replies) == 1 else 'ies'}"


class UnfinishedReplies(_ReplyList):
    """The customer page's box; hidden when nothing is in progress for this customer."""

    def __init__(self, services: Services, customer_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        self.refresh()

    def show_customer(self, customer_id: int | None) -> None:
        """Follow the customer shown on the page."""
        self._customer_id = customer_id
        # At start-up the box (hidden unless a reply is in progress) waits until the log is
        # painted: the replies and their storage are not needed for that.
        after_first_paint(self.refresh)

    def refresh(self) -> None:
        if self._customer_id is None:
            self.show_replies([], "")
            self.setVisible(False)
            return
        replies = self._services.open_replies(self._customer_id)
        self.show_replies([(r.id, reply_line(r)) for r in replies], _count(replies))
        self.setVisible(bool(replies))


class AllUnfinishedReplies(QDialog):
    """Every customer's unfinished replies in one list."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle("Unfinished replies")
        self.replies = _ReplyList()
        self.resume_requested = self.replies.resume_requested
        self.discard_requested = self.replies.discard_requested
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.replies)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.refresh()

    def refresh(self) -> None:
        replies = self._services.replies.all_open()
        names: dict[int, str] = {}
        lines = []
        for reply in replies:
            if reply.customer_id not in names:
                names[reply.customer_id] = self._services.customers.get(reply.customer_id).name
            lines.append((reply.id, reply_line(reply, names[reply.customer_id])))
        self.replies.show_replies(lines, _count(replies))
