"""The calm-reply window's widgets: the rail of steps, each step's panel beside the draft, the
buttons to move on, and which handler each of their signals calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.reply.spelling import grammar_available
from app.reply.steps import Step
from app.reply.threat_advice import threat_advice
from ui.reply.draft_edit import DraftEdit
from ui.reply.draft_panel import DraftPanel
from ui.reply.early_steps import ConsiderPanel, StopPanel
from ui.reply.finish_panels import SendPanel, SignPanel
from ui.reply.review_panels import CheckPanel, ReviewPanel
from ui.reply.step_rail import StepRail
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_as_banner, show_in_tone


class EditorLayout:
    """Builds the calm-reply window and connects its parts."""

    def _build(self) -> None:
        central = QWidget()
        outer = QHBoxLayout(central)
        self.rail = StepRail()
        self.rail.setAccessibleName("The seven steps")
        outer.addWidget(self.rail)
        main = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("step_title")
        self.title.setStyleSheet("font-size:18pt; font-weight:bold;")
        self.instruction = QLabel()
        self.instruction.setObjectName("step_instruction")
        self.instruction.setWordWrap(True)
        main.addWidget(self.title)
        main.addWidget(self.instruction)
        self.threat_banner = QLabel(threat_advice(self.original))
        self.threat_banner.setObjectName("threat_banner")
        self.threat_banner.setWordWrap(True)
        show_as_banner(self.threat_banner, Tone.DANGER)
        self.threat_banner.setVisible(bool(threat_advice(self.original)))
        main.addWidget(self.threat_banner)

        self.stop_panel = StopPanel(self.original)
        self.consider_panel = ConsiderPanel()
        self.draft_panel = DraftPanel(self.original)
        self.check_panel = CheckPanel(grammar_available())
        self.review_panel = ReviewPanel(self.reader.has_voice, self.reader.voice_name)
        self.sign_panel = SignPanel(self.signature)
        mail = self.replies.outgoing_mail(self.state)
        self.send_panel = SendPanel(mail.to, mail.subject)
        # After a threat, talking on the phone is not the safe way to answer.
        self.send_panel.call_box.setVisible(not threat_advice(self.original))
        self.pages = QStackedWidget()
        for panel in (
            self.stop_panel,
            self.consider_panel,
            self.draft_panel,
            self.check_panel,
            self.review_panel,
            self.sign_panel,
            self.send_panel,
        ):
            # Each step scrolls inside a short laptop screen rather than growing the window.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop with no name
            scroller.setWidget(panel)
            self.pages.addWidget(scroller)
        self.draft = DraftEdit()
        self._add_language_choice(main)
        self.draft.setAccessibleName("Your reply")
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.pages)
        self.split.addWidget(self.draft)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        main.addWidget(self.split, 1)

        self.blocked = plain_label()
        self.blocked.setObjectName("blockers")
        self.blocked.setWordWrap(True)
        show_in_tone(self.blocked, Tone.WARNING)
        main.addWidget(self.blocked)
        nav = QHBoxLayout()
        self.saved = plain_label()
        self.saved.setObjectName("saved_status")
        self.saved.setWordWrap(True)  # a line on why nothing was saved must not widen the window
        self.back = QPushButton("‹ Back")
        self.back.setShortcut(QKeySequence("Alt+Left"))
        self.next = QPushButton("Next ›")
        self.next.setObjectName("next")
        self.next.setDefault(True)
        self.next.setShortcut(QKeySequence("Ctrl+Return"))
        self.next.setToolTip("Ctrl+Enter")
        self.close_button = QPushButton("Close")
        nav.addWidget(self.saved, 1)
        self._add_earlier_drafts(nav)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addWidget(self.close_button)
        main.addLayout(nav)
        outer.addLayout(main, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now)

    def _connect(self) -> None:
        self.rail.step_clicked.connect(self.go_to)
        self.back.clicked.connect(lambda: self.go_to(Step(max(self.state.step - 1, 1))))
        self.next.clicked.connect(lambda: self.go_to(Step(min(self.state.step + 1, 7))))
        self.close_button.clicked.connect(self.close)
        self.draft.textChanged.connect(self._on_draft_text_changed)
        self.draft.focus_left.connect(self._save_if_pending)
        self.draft.word_added.connect(self._on_word_added)
        self.checker.checked.connect(self._on_checker_checked)
        self.stop_panel.override_requested.connect(self._on_override_requested)
        self.consider_panel.answers_changed.connect(self._on_answers_changed)
        self.draft_panel.checklist_changed.connect(self._on_checklist_changed)
        self.draft_panel.product_changed.connect(self._on_product_changed)
        self.draft_panel.template_chosen.connect(self._on_template_chosen)
        self.draft_panel.insert_product.connect(self._on_insert_product)
        self.check_panel.jump_requested.connect(lambda i: self._select_issue(i))
        self.check_panel.fix_requested.connect(self._on_fix_requested)
        self.check_panel.learn_requested.connect(
            lambda i: (
                self._on_word_added(self.issues[i].words) if 0 <= i < len(self.issues) else None
            )
        )
        review = self.review_panel
        review.flag_selected.connect(self._select_flag)
        review.calmer_requested.connect(self._on_calmer_requested)
        review.accept_changed.connect(self._on_accept_changed)
        review.start_over_requested.connect(self._on_start_over_requested)
        review.preview_requested.connect(self.print_preview)
        review.print_requested.connect(self.print_draft)
        review.read_requested.connect(self.read_aloud)
        review.stop_requested.connect(self.stop_reading)
        review.step_requested.connect(self._on_sentence_step)
        self.reader.sentence_changed.connect(self._on_reader_sentence_changed)
        self.reader.finished.connect(self._on_reader_finished)
        self.sign_panel.insert_requested.connect(self.insert_signature)
        self.send_panel.send_requested.connect(self.send)
        self.send_panel.sent_confirmed.connect(self.confirm_sent)
        self.send_panel.call_requested.connect(self._on_call_requested)
        self.send_panel.settle_requested.connect(self._on_settle_requested)
