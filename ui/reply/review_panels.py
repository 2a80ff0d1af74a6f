"""Steps 4 and 5: the list of spelling and grammar problems, and the review — print, read
aloud, the tone flags with their reasons, and the comparison with the customer's message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reply.spelling import IssueKind, SpellingIssue
from app.reply.tone import ToneComparison
from app.reply.tone_rules import ToneFlag
from ui.reply.early_steps import heading
from ui.shell.short_boxes import ShortListWidget
from ui.shell.status_colours import Tone, text_style

FLAG_LINES = 6  # two flags whole before the list scrolls


class CheckPanel(QWidget):
    jump_requested = Signal(int)  # index into the issues
    fix_requested = Signal(int)
    learn_requested = Signal(int)

    def __init__(self, checks_grammar: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Spelling and grammar"))
        self.summary = QLabel("Checking…")
        self.summary.setObjectName("spelling_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.issues = QListWidget()
        self.issues.setAccessibleName("Spelling and grammar problems")
        self.issues.setObjectName("spelling_issues")
        self.issues.setWordWrap(True)
        self.issues.itemActivated.connect(lambda item: self.jump_requested.emit(item.data(256)))
        self.issues.currentRowChanged.connect(self._on_issues_row_changed)
        layout.addWidget(self.issues, 1)
        buttons = QHBoxLayout()
        self.fix = QPushButton("Use first suggestion")
        self.learn = QPushButton("Add to dictionary")
        self.fix.clicked.connect(lambda: self.fix_requested.emit(self.issues.currentRow()))
        self.learn.clicked.connect(lambda: self.learn_requested.emit(self.issues.currentRow()))
        buttons.addWidget(self.fix)
        buttons.addWidget(self.learn)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Spelling suggestions are looked up for the selected issue only (see DraftEdit).
        self.suggest: Callable[[SpellingIssue], tuple[str, ...]] = lambda issue: issue.suggestions
        note = (
            "Right-click an underlined word in the draft for suggestions. Names of your "
            "customers and your business are known already."
        )
        if not checks_grammar:
            note += " Grammar checking is not available on this computer; spelling is."
        hint = QLabel(note)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._issues: list[SpellingIssue] = []
        self._on_issues_row_changed(-1)

    def show_issues(self, issues: list[SpellingIssue]) -> None:
        self._issues = issues
        row = self.issues.currentRow()
        kept_focus = self.fix.hasFocus()
        # Quietly: a list emptied for a moment disabled "Use …", and Qt handed its focus on to
        # "Add to dictionary", where the owner's next Space, meant for the next word, taught
        # Steady that misspelling as a word.
        self.issues.blockSignals(True)
        self.issues.clear()
        for index, issue in enumerate(issues):
            kind = "Spelling" if issue.kind is IssueKind.SPELLING else "Grammar"
            hint = f" — try: {', '.join(issue.suggestions[:3])}" if issue.suggestions else ""
            item = QListWidgetItem(f"{kind}: “{issue.words}” — {issue.message}{hint}")
            item.setData(256, index)
            self.issues.addItem(item)
        if issues:
            self.issues.setCurrentRow(min(max(row, 0), len(issues) - 1))
        self.issues.blockSignals(False)
        spelling = sum(1 for i in issues if i.kind is IssueKind.SPELLING)
        grammar = len(issues) - spelling
        self.summary.setText(
            "No spelling or grammar problems found."
            if not issues
            else f"{spelling} spelling and {grammar} grammar problem(s). Double-click one to "
            "go to it."
        )
        self._on_issues_row_changed(self.issues.currentRow())
        if kept_focus and not self.fix.isEnabled():
            self._focus_after_fixes()

    def _focus_after_fixes(self) -> None:
        """The words left to look at, or with none left the step's way forward (Next)."""
        if self.issues.count():
            self.issues.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        forward = self.window().findChild(QPushButton, "next")
        if forward is not None and forward.isVisible() and forward.isEnabled():
            forward.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_issues_row_changed(self, row: int) -> None:
        issue = self._issues[row] if 0 <= row < len(self._issues) else None
        suggestions = self.suggest(issue) if issue is not None else ()
        self.fix.setEnabled(bool(suggestions))
        self.fix.setText(f"Use “{suggestions[0]}”" if suggestions else "Use first suggestion")
        self.learn.setEnabled(bool(issue and issue.kind is IssueKind.SPELLING))


class ReviewPanel(QWidget):
    flag_selected = Signal(int)
    calmer_requested = Signal(int)  # put the calmer wording of this flag in the draft
    accept_changed = Signal(bool)
    start_over_requested = Signal()
    preview_requested = Signal()
    print_requested = Signal()
    read_requested = Signal()
    stop_requested = Signal()
    step_requested = Signal(int)  # -1 previous, +1 next sentence

    def __init__(self, has_voice: bool, voice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)

        paper = QGroupBox("Print it, read it aloud")
        paper_layout = QVBoxLayout(paper)
        row = QHBoxLayout()
        self.preview = QPushButton("Print preview…")
        self.print = QPushButton("Print…")
        self.preview.clicked.connect(self.preview_requested)
        self.print.clicked.connect(self.print_requested)
        row.addWidget(self.preview)
        row.addWidget(self.print)
        row.addStretch(1)
        paper_layout.addLayout(row)
        listen = QHBoxLayout()
        self.read = QPushButton("Read aloud" if has_voice else "Start read-along")
        self.read.setObjectName("read_aloud")
        self.stop = QPushButton("Stop")
        self.previous = QPushButton("‹ Previous sentence")
        self.next = QPushButton("Next sentence ›")
        self.read.clicked.connect(self.read_requested)
        self.stop.clicked.connect(self.stop_requested)
        self.previous.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next.clicked.connect(lambda: self.step_requested.emit(1))
        for button in (self.read, self.stop, self.previous, self.next):
            listen.addWidget(button)
        listen.addStretch(1)
        paper_layout.addLayout(listen)
        self.voice = QLabel(
            f"Reading with {voice}."
            if has_voice
            else "No text-to-speech voice is installed on this computer, so Steady cannot "
            "read aloud. Use the read-along instead: read each highlighted sentence out "
            "loud yourself, then press Next sentence."
        )
        self.voice.setObjectName("voice_status")
        self.voice.setWordWrap(True)
        paper_layout.addWidget(self.voice)
        self.previous.setVisible(not has_voice)
        self.next.setVisible(not has_voice)
        layout.addWidget(paper)

        layout.addWidget(heading("Tone"))
        self.comparison = QLabel()
        self.comparison.setObjectName("comparison")
        self.comparison.setWordWrap(True)
        layout.addWidget(self.comparison)
        # Grows into the room there is; asking for more cut "Start over…" off on a laptop.
        self.flags = ShortListWidget(FLAG_LINES)
        self.flags.setAccessibleName("Tone flags")
        self.flags.setObjectName("tone_flags")
        self.flags.setWordWrap(True)
        self.flags.setAlternatingRowColors(True)
        self.flags.setSpacing(2)
        self.flags.itemActivated.connect(lambda item: self.flag_selected.emit(item.data(256)))
        self.flags.itemClicked.connect(lambda item: self.flag_selected.emit(item.data(256)))
        layout.addWidget(self.flags, 1)
        calmer_row = QHBoxLayout()
        self.calmer = QPushButton("Use the calmer wording")
        self.calmer.setObjectName("use_calmer")
        self.calmer.setToolTip("Replace the selected flag's words with the calmer wording shown.")
        self.calmer.clicked.connect(self._on_calmer_clicked)
        calmer_row.addWidget(self.calmer)
        calmer_row.addStretch(1)
        layout.addLayout(calmer_row)
        self.flags.currentRowChanged.connect(self._on_flag_row_changed)
        self._flags: list[ToneFlag] = []
        self.accept = QCheckBox("I have read every flag and keep my wording")
        self.accept.setObjectName("accept_flags")
        self.accept.toggled.connect(self.accept_changed)
        layout.addWidget(self.accept)
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist_status")
        self.checklist.setWordWrap(True)
        layout.addWidget(self.checklist)
        over = QHBoxLayout()
        self.start_over = QPushButton("Start over…")
        self.start_over.setToolTip("Keep this draft in the reply's history and write a new one.")
        self.start_over.clicked.connect(self.start_over_requested)
        over.addStretch(1)
        over.addWidget(self.start_over)
        layout.addLayout(over)

    def show_flags(self, flags: list[ToneFlag], comparison: ToneComparison) -> None:
        row = self.flags.currentRow()
        kept_focus = self.calmer.hasFocus()
        self._flags = flags
        # Quietly: a list emptied for a moment would disable the calmer-wording button, and
        # Qt would move its focus on to "I have read every flag…", where the owner's next
        # Space, meant for the next flag, accepts the hostile wording still in the reply.
        self.flags.blockSignals(True)
        self.flags.clear()
        for index, flag in enumerate(flags):
            item = QListWidgetItem(
                f"{flag.kind.label}: “{flag.words}”\n   Why: {flag.reason}\n"
                f"   Instead: {flag.suggestion}"
            )
            item.setData(256, index)
            self.flags.addItem(item)
        if flags:
            self.flags.setCurrentRow(min(max(row, 0), len(flags) - 1))
        else:
            self.flags.addItem("No tone flags. Nothing here should inflame the customer.")
        self.flags.blockSignals(False)
        self._on_flag_row_changed(self.flags.currentRow())
        if kept_focus and not self.calmer.isEnabled():
            self.flags.setFocus(Qt.FocusReason.OtherFocusReason)  # the flags left to read
        style = text_style(Tone.DANGER) + " font-weight: bold;" if comparison.more_hostile else ""
        self.comparison.setStyleSheet(style)
        self.comparison.setText(comparison.message)
        self.accept.setVisible(bool(flags))

    def _on_flag_row_changed(self, row: int) -> None:
        flag = self._flags[row] if 0 <= row < len(self._flags) else None
        self.calmer.setEnabled(flag is not None and flag.replacement is not None)
        if flag is not None and flag.replacement and not flag.leaves_out:
            self.calmer.setText(f"Use the calmer wording: “{_short(flag.replacement)}”")
        elif flag is not None and flag.replacement is not None:
            self.calmer.setText(f"Leave out “{_short(flag.words)}”")
        else:
            self.calmer.setText("Use the calmer wording")

    def _on_calmer_clicked(self) -> None:
        row = self.flags.currentRow()
        if 0 <= row < len(self._flags):
            self.calmer_requested.emit(row)

    def show_checklist(self, answered: int, total: int) -> None:
        if total == 0:
            self.checklist.setText("Checklist: no points to answer.")
        elif answered == total:
            self.checklist.setText(
                "Checklist: the one point is answered."
                if total == 1
                else f"Checklist: all {total} points answered."
            )
        else:
            self.checklist.setText(
                f"Checklist: {answered} of {total} points answered. Go back to Draft to "
                "answer and tick the rest."
            )
        self.checklist.setStyleSheet("" if answered == total else text_style(Tone.DANGER))

    def set_reading(self, reading: bool) -> None:
        self.stop.setEnabled(reading)
        self.read.setEnabled(not reading)


def _short(words: str, limit: int = 40) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"
