"""Steps 1 and 2: stop (the message and the cooling-off timer) and consider (three questions
beside the customer's history)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Contact
from app.reply.context import ReplyContext
from app.reply.steps import OVERRIDE_PHRASE, QUESTIONS, override_matches
from ui.shell.dates import shown_day, shown_when
from ui.shell.plain_text import plain_label
from ui.shell.short_boxes import ShortPlainTextEdit, ShortTextBrowser
from ui.shell.status_colours import Tone, show_as_banner

ANSWER_LINES = 4


def message_view(contact: Contact) -> QTextBrowser:
    view = QTextBrowser()
    view.setAccessibleName("The customer's message")
    view.setObjectName("original")
    view.setPlainText(contact.text or contact.summary)
    view.setOpenLinks(False)
    return view


def heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)  # large text: the column wraps rather than scrolls sideways
    return label


class StopPanel(QWidget):
    override_requested = Signal(str)

    def __init__(self, original: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        when = shown_when(original.occurred_at)
        layout.addWidget(heading(f"{original.channel.label}, {when}"))
        layout.addWidget(message_view(original), 1)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.countdown.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.countdown.setFont(big)
        layout.addWidget(self.countdown)
        self.explain = QLabel()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.time_up = QLabel(
            "The cooling-off time is up. When you are ready, press Next to consider the situation."
        )
        self.time_up.setObjectName("time_up")
        self.time_up.setWordWrap(True)
        show_as_banner(self.time_up, Tone.GOOD)
        self.time_up.hide()
        layout.addWidget(self.time_up)

        self.override_box = QGroupBox("Need to answer sooner?")
        box = QVBoxLayout(self.override_box)
        box.addWidget(
            QLabel(f"Type <b>{OVERRIDE_PHRASE}</b> and press Start early. This is recorded.")
        )
        row = QHBoxLayout()
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName("Sentence to start early")
        self.confirmation.setObjectName("override_text")
        self.confirmation.setPlaceholderText(OVERRIDE_PHRASE)
        self.start_early = QPushButton("Start early")
        self.start_early.setEnabled(False)
        row.addWidget(self.confirmation, 1)
        row.addWidget(self.start_early)
        box.addLayout(row)
        layout.addWidget(self.override_box)
        self.confirmation.textChanged.connect(
            lambda text: self.start_early.setEnabled(override_matches(text))
        )
        self.confirmation.returnPressed.connect(self._on_start_early_clicked)
        self.start_early.clicked.connect(self._on_start_early_clicked)

    def _on_start_early_clicked(self) -> None:
        if override_matches(self.confirmation.text()):
            self.override_requested.emit(self.confirmation.text())

    def show_left(self, left: str, opens_at: str) -> None:
        self.countdown.setText(left)
        self.explain.setText(
            f"Minutes and seconds left: drafting opens at {opens_at}. Step away from the "
            "screen: a walk, a drink of water. You can close this window: while Steady is "
            "running, it tells you when the time is up."
        )
        self.time_up.hide()
        self.override_box.show()

    def show_done(self, overridden: bool) -> None:
        self.countdown.setText("00:00")
        self.explain.setText(
            "You started early (recorded with the reply)." if overridden else "Well done."
        )
        self.time_up.setVisible(not overridden)
        self.override_box.hide()


class ConsiderPanel(QWidget):
    answers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        questions = QVBoxLayout()
        self.answers: dict[str, QPlainTextEdit] = {}
        for key, question in QUESTIONS:
            questions.addWidget(heading(question))
            # Three boxes share the column alike and fit a laptop's step pane.
            edit = ShortPlainTextEdit(ANSWER_LINES)
            edit.setAccessibleName(question)
            edit.setObjectName(f"answer_{key}")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText("A few honest words are enough.")
            edit.textChanged.connect(self.answers_changed)
            questions.addWidget(edit, 1)
            self.answers[key] = edit
        layout.addLayout(questions, 3)

        side = QVBoxLayout()
        side.addWidget(heading("This customer"))
        self.history = plain_label()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        side.addWidget(self.history)
        form = QFormLayout()
        self.paid = plain_label()
        self.paid.setObjectName("paid")
        self.status = plain_label()
        form.addRow("Paid:", self.paid)
        form.addRow("Status:", self.status)
        side.addLayout(form)
        side.addWidget(heading("Recent contacts"))
        self.recent = QLabel()
        self.recent.setWordWrap(True)
        self.recent.setTextFormat(Qt.TextFormat.PlainText)
        side.addWidget(self.recent)
        side.addWidget(heading("Policy that applies"))
        self.policy = ShortTextBrowser(ANSWER_LINES)
        self.policy.setAccessibleName("Policy that applies")
        self.policy.setObjectName("policy")
        side.addWidget(self.policy, 1)
        layout.addLayout(side, 2)

    def load(self, answers: dict[str, str], context: ReplyContext) -> None:
        for key, edit in self.answers.items():
            if edit.toPlainText() != answers.get(key, ""):
                edit.blockSignals(True)
                edit.setPlainText(answers.get(key, ""))
                edit.blockSignals(False)
        self.history.setText(context.history_in(lambda moment: shown_day(moment.astimezone())))
        self.paid.setText(context.paid)
        self.status.setText(context.customer.status.label)
        self.recent.setText(
            "\n".join(
                f"{shown_when(c.occurred_at)} · {c.direction.label}: "
                f"{' '.join((c.summary or c.text).split())[:70]}"
                for c in context.recent
            )
            or "None yet."
        )
        if context.policies:
            self.policy.setPlainText(
                "\n\n".join(
                    f"{p.policy_name}, version {p.version} "
                    f"(in force from {shown_when(p.effective_from)}):\n{p.text}"
                    for p in context.policies
                )
            )
        else:
            self.policy.setPlainText(
                "No policy is recorded for this customer yet. Add your terms of service "
                "under Policies so they show here."
            )

    def values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.answers.items()}
