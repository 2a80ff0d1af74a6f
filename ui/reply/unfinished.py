"""Calm replies still in progress: a customer's on their page, and every customer's in a list,
to resume where the owner left off or to discard (the draft is kept as abandoned)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from ui.shell.dates import shown_when
from ui.shell.elided_label import ElidedLabel
from ui.shell.first_paint import after_first_paint
from ui.shell.row_keys import never_default, rows_take_enter

if TYPE_CHECKING:
    from app.reply.steps import ReplySummary

REPLY_ID = 256  # Qt.UserRole
COMPACT_ROWS = 3  # on the customer page; more scroll in the list


def reply_line(reply: ReplySummary, customer: str = "") -> str:
    words = f" — “{reply.first_words}…”" if reply.first_words else ""
    who = f"{customer}: " if customer else ""
    return (
        f"{who}Step {int(reply.step)} of 7 · {reply.step.title} — started "
        f"{shown_when(reply.started_at)}{words}"
    )


class _ReplyList(QWidget):
    """A list of unfinished replies with Resume and Discard….

    `compact` (the customer page): one line, the heading, the reply and its buttons side by
    side, and a list only for two replies or more, as tall as its rows. A list box of the
    usual height held one row and pushed the customer's assessment out of sight."""

    resume_requested = Signal(int)  # reply id: open ReplyEditor(services, reply_id=…)
    discard_requested = Signal(int)  # reply id: confirm, then discard

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._compact = compact
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        # The one reply on the heading's line (compact only).
        self.line = ElidedLabel()
        self.line.setVisible(False)
        self.list = QListWidget()
        self.list.setObjectName("unfinished_replies")
        self.list.setAccessibleName("Unfinished replies")
        self.list.setWordWrap(not compact)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(
            lambda item: self.resume_requested.emit(item.data(REPLY_ID))
        )
        self.row = QHBoxLayout()
        self.discard = QPushButton("Discard…")
        self.discard.setToolTip("Stop working on this reply; its draft is kept in the history")
        self.discard.clicked.connect(lambda: self._emit_current(self.discard_requested))
        self.resume = QPushButton("Resume")
        self.resume.clicked.connect(lambda: self._emit_current(self.resume_requested))
        never_default(self.discard, self.resume)
        rows_take_enter(self.list)
        if compact:
            font = QFont(self.heading.font())
            font.setBold(True)
            self.heading.setFont(font)
            self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
            self.row.addWidget(self.heading)
            self.row.addWidget(self.line, 1)
        else:
            layout.addWidget(self.heading)
            layout.addWidget(self.list)
            self.row.addStretch(1)
        self.row.addWidget(self.discard)
        self.row.addWidget(self.resume)
        layout.addLayout(self.row)
        if compact:
            layout.addWidget(self.list)

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
        if self._compact:
            one = len(lines) == 1
            self.line.setText(lines[0][1] if one else "")
            self.line.setVisible(one)
            self.list.setVisible(len(lines) > 1)
            self.row.setStretch(0, 0 if one else 1)
            shown = min(len(lines), COMPACT_ROWS)
            rows = sum(self.list.sizeHintForRow(row) for row in range(shown))
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth())


def _count(replies: list[ReplySummary]) -> str:
    if not replies:
        return "No unfinished replies."
    return f"{len(replies)} unfinished repl{'y' if len(replies) == 1 else 'ies'}"


class UnfinishedReplies(_ReplyList):
    """The customer page's box; hidden when nothing is in progress for this customer."""

    def __init__(self, services: Services, customer_id: int | None, parent: QWidget | None = None):
        super().__init__(parent, compact=True)
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
