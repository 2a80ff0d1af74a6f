"""A logged contact, read-only: its words, its evidence, every revision with its reason, and
corrections that never change the original.
"""

from __future__ import annotations

import html
from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.contact_changes import ContactRevision
from app.core.domain import POST_SOURCE, ContactDetails
from app.core.errors import SteadyError
from app.services import Services
from ui.log.clock_question import settle_time
from ui.log.contact_dialog import FIELD_NAMES
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_form import ContactForm, logged_as
from ui.log.correction_drafts import CorrectionKeeper
from ui.log.evidence_dialog import EvidenceDialog
from ui.log.evidence_facts import ClauseTagDialog, PostDetailsDialog, where_it_came_from
from ui.log.evidence_list import EvidenceList
from ui.log.forward_answer import ForwardAnswer
from ui.log.move_contact import MoveContactDialog, moves_text
from ui.log.suggestion_panel import SuggestionPanel
from ui.log.withdraw_contact import WithdrawContactDialog, withdrawn_text
from ui.shell.button_flow import ButtonFlow
from ui.shell.dates import shown_when
from ui.shell.messages import confirm, may_discard, tell_error
from ui.shell.plain_text import plain_tooltip
from ui.shell.row_keys import rows_take_enter
from ui.shell.screen_fit import fit_to_screen

# Files kept in sight on a 1280x720 laptop: a screenshot, the photo, the receipt, the letter.
EVIDENCE_ROWS = 4


def changed_fields(before: ContactDetails, after: ContactDetails) -> list[str]:
    return [
        FIELD_NAMES.get(field.name, field.name)
        for field in fields(ContactDetails)
        if getattr(before, field.name) != getattr(after, field.name)
    ]


def _revision_title(revision: ContactRevision) -> str:
    when = shown_when(revision.revised_at)
    if revision.number == 0:
        return f"Original — logged {when}"
    return f"Revision {revision.number} — {when} — {revision.reason}"


class ContactDialog(EvidenceDialog):
    """A logged contact, read-only; "Correct…" saves a new revision and keeps every version."""

    contact_corrected = Signal(int, int)  # contact id, revision number
    contact_moved = Signal(int, int)  # contact id, the customer it is under now
    contact_withdrawn = Signal(int)  # contact id: withdrawn as logged by mistake
    # Contact id: a suggested category was kept, or found decided elsewhere (a clear is a
    # correction and says so through contact_corrected).
    suggestions_reviewed = Signal(int)

    def __init__(
        self,
        services: Services,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        drafts: ContactDrafts | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.contact_id = contact_id
        self.correcting = False
        contact = services.contacts.get(contact_id)
        customer = services.customers.get(contact.customer_id)
        self.setWindowTitle(f"Contact with {customer.name} — {shown_when(contact.occurred_at)}")
        fit_to_screen(self, 1000, 740)

        self.form = ContactForm(services.clock())
        self.evidence = EvidenceList(services, contact_id)
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.history = QListWidget()
        self.history.setAccessibleName("History: every version of this contact")
        self.history.currentRowChanged.connect(self._on_history_row_changed)
        rows_take_enter(self.history)
        self.reason_edit = QLineEdit(
            placeholderText="Why is it being corrected? (e.g. “typed the wrong date”)"
        )
        self.reason_edit.setAccessibleName("Reason for the correction")
        self.correction_box = QFrame()
        correction_row = QHBoxLayout(self.correction_box)
        correction_row.setContentsMargins(0, 0, 0, 0)
        correction_row.addWidget(QLabel("Reason for the correction:"))
        correction_row.addWidget(self.reason_edit, 1)
        self.correction_box.hide()

        self.correct_button = QPushButton("Correct…")
        self.correct_button.setToolTip(
            "Save a corrected version. The original stays exactly as it was logged."
        )
        self.save_button = QPushButton("Save correction")
        self.cancel_button = QPushButton("Cancel correction")
        self.close_button = QPushButton("Close")
        for button in (self.save_button, self.cancel_button):
            button.hide()
        self.correct_button.clicked.connect(self.start_correction)
        self.save_button.clicked.connect(self.save_correction)
        self.cancel_button.clicked.connect(self.ask_to_cancel_correction)
        self.close_button.clicked.connect(self.reject)
        self.post_button = QPushButton("Post details…")
        self.post_button.setToolTip(
            "Where and when the screenshotted post was published, and by whom"
        )
        self.post_button.clicked.connect(self.add_post_details)
        self.clause_button = QPushButton("Breaks a policy…")
        self.clause_button.setToolTip("Tag the policy clause this contact breaks")
        self.clause_button.clicked.connect(self.tag_clause)
        self.move_button = QPushButton("Move to another customer…")
        self.move_button.setToolTip("Logged under the wrong customer? Move it; the move is kept")
        self.move_button.clicked.connect(self.move_to_another_customer)
        self.withdraw_button = QPushButton("Logged by mistake…")
        self.withdraw_button.setToolTip(
            "Withdraw a contact logged by mistake; it stays in the log with your reason"
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        contact = services.contacts.get(contact_id)
        self.post_button.setVisible(contact.source == POST_SOURCE)
        buttons = ButtonFlow()  # wraps in a narrow window, every button whole
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.clause_button)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.withdraw_button)
        buttons.add_stretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        history_box = QGroupBox("History (every version is kept)")
        QVBoxLayout(history_box).addWidget(self.history)
        evidence_box = QGroupBox("Evidence")
        self.came_from = where_it_came_from(services, contact_id)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence)
        evidence_layout.addWidget(self.came_from)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(history_box)
        lower.addWidget(evidence_box)
        # The evidence gets the width: its hint beside the buttons fits in two lines, not four.
        lower.setSizes([260, 740])
        self.history.setWordWrap(True)
        self._room_for_evidence()
        # On a laptop the contact's fields scroll in their own pane (below the banners of a
        # flagged contact) while the files stay in sight; the owner drags the divider to read
        # more of the words or to see more files.
        self.form_pane = QScrollArea()
        self.form_pane.setObjectName("contact_fields")
        self.form_pane.setWidgetResizable(True)
        self.form_pane.setFrameShape(QFrame.Shape.NoFrame)
        self.form_pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own for Tab
        self.form_pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_pane.setWidget(self.form)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.form_pane)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        # The files get the room their least size asks for; the fields the rest.
        self.split.setSizes([10_000, lower.minimumSizeHint().height()])

        layout = QVBoxLayout(self)
        self.keeper = CorrectionKeeper(self, drafts)  # a correction survives a crash
        layout.addWidget(self.keeper.banner)
        # Moves are part of the history: shown above the versions, never hidden.
        self.moved_label = QLabel(moves_text(services, contact_id))
        self.moved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.moved_label.setWordWrap(True)
        self.moved_label.setVisible(bool(self.moved_label.text()))
        layout.addWidget(self.moved_label)
        self.withdrawn_label = QLabel(withdrawn_text(services, contact_id))
        self.withdrawn_label.setTextFormat(Qt.TextFormat.PlainText)
        self.withdrawn_label.setWordWrap(True)
        self.withdrawn_label.setVisible(bool(self.withdrawn_label.text()))
        self.withdraw_button.setEnabled(not self.withdrawn_label.text())
        layout.addWidget(self.withdrawn_label)
        # The import window's "Did you forward these?", for an owner who pressed Done too fast.
        self.forward_answer = ForwardAnswer(services, contact_id, customer.name)
        self.forward_answer.answered.connect(self._on_forward_answered)
        layout.addWidget(self.forward_answer)
        # A calm reply's own record (the step-2 answers, the pause or the override typed).
        written = services.replies.how_written(contact)
        self.how_written = QLabel(
            "\n".join(["How you wrote this reply (only you see this):", *written])
            if written
            else ""
        )
        self.how_written.setObjectName("how_written")
        self.how_written.setTextFormat(Qt.TextFormat.PlainText)
        self.how_written.setWordWrap(True)
        self.how_written.setVisible(bool(written))
        layout.addWidget(self.how_written)
        # What Steady suggested and nobody reviewed comes first: it counts until decided.
        self.suggestions = SuggestionPanel(services, contact_id)
        self.suggestions.decided.connect(self._on_suggestion_decided)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.version_label)
        layout.addWidget(self.correction_box)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
        self._wire_evidence()
        self._load_history()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_fields()  # measured in the look they are shown in
        super().showEvent(event)

    def _fit_fields(self) -> None:
        """The window never narrower than the fields need: their pane never scrolls sideways."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.form_pane.setMinimumWidth(self.form.minimumSizeHint().width() + scroll_bar)

    def _room_for_evidence(self) -> None:
        """At least EVIDENCE_ROWS files in sight below the list's header, whatever the text size."""
        tree = self.evidence.tree
        row = max(tree.fontMetrics().height() + 4, tree.sizeHintForRow(0))
        header = tree.header().sizeHint().height()
        tree.setMinimumHeight(header + EVIDENCE_ROWS * row + 2 * tree.frameWidth())

    def _load_history(self, select: int | None = None) -> None:
        self.revisions = self._services.contacts.revisions(self.contact_id)
        self.history.blockSignals(True)
        self.history.clear()
        for revision in self.revisions:
            item = QListWidgetItem(_revision_title(revision))
            item.setToolTip(plain_tooltip(revision.reason or "As first logged"))
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.history.setCurrentRow(len(self.revisions) - 1 if select is None else select)

    def _on_history_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.revisions) or self.correcting:
            return
        revision = self.revisions[row]
        self.form.set_details(revision.details)
        self._fit_fields()
        self.form.set_read_only(True)
        latest = len(self.revisions) - 1
        if revision.number == 0 and latest == 0:
            state = "As logged; never corrected."
        elif revision.number == 0:
            times = "once" if latest == 1 else f"{latest} times"
            state = f"The original, as first logged. It was corrected {times} later."
        else:
            which = "Current version" if revision.number == latest else "Earlier version"
            changed = changed_fields(self.revisions[row - 1].details, revision.details)
            reason = html.escape(revision.reason.rstrip().rstrip("."))  # one full stop, not two
            state = (
                f"{which} (revision {revision.number}), because: {reason}. "
                f"Changed: {', '.join(changed) or 'nothing'}."
            )
        self.version_label.setText(
            f"<b>Showing:</b> {state} &nbsp; <i>Happened {logged_as(revision.details)}.</i>"
        )

    def _on_suggestion_decided(self, cleared: bool) -> None:
        self._load_history()
        self._on_history_row_changed(self.history.currentRow())
        if cleared:
            self.contact_corrected.emit(self.contact_id, self.revisions[-1].number)
        else:
            self.suggestions_reviewed.emit(self.contact_id)

    def shown_revision(self) -> int:
        return self.revisions[self.history.currentRow()].number

    def move_to_another_customer(self) -> None:
        dialog = MoveContactDialog(self._services, self.contact_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.moved_to is not None:
            name = self._services.customers.get(dialog.moved_to).name
            self.setWindowTitle(f"{self.windowTitle().split(' — ', 1)[0]} — moved to {name}")
            self.moved_label.setText(moves_text(self._services, self.contact_id))
            self.moved_label.show()
            self.contact_moved.emit(self.contact_id, dialog.moved_to)

    def withdraw(self) -> None:
        if WithdrawContactDialog(self._services, self.contact_id, self).ask():
            self.withdrawn_label.setText(withdrawn_text(self._services, self.contact_id))
            self.withdrawn_label.show()
            self.withdraw_button.setEnabled(False)
            self.contact_withdrawn.emit(self.contact_id)

    def _on_forward_answered(self, same: int) -> None:
        before = len(self.revisions)
        self.suggestions.reload()
        self._load_history()
        self._on_history_row_changed(self.history.currentRow())
        # The title's date was the mail's arrival; it is now when the customer sent it.
        name = self.windowTitle().split(" — ", 1)[0]
        when = shown_when(self.revisions[-1].details.occurred_at)
        self.setWindowTitle(f"{name} — {when}")
        if len(self.revisions) > before:
            self.contact_corrected.emit(self.contact_id, self.revisions[-1].number)
        if same:  # the same message logged on its own: this forward went with it
            self.withdrawn_label.setText(withdrawn_text(self._services, self.contact_id))
            self.withdrawn_label.show()
            self.withdraw_button.setEnabled(False)
            self.contact_withdrawn.emit(self.contact_id)

    def add_post_details(self) -> None:
        PostDetailsDialog(self._services, self.contact_id, self).exec()

    def tag_clause(self) -> None:
        ClauseTagDialog(self._services, self.contact_id, self).exec()

    def start_correction(self) -> None:
        self.correcting = False
        self.history.setCurrentRow(len(self.revisions) - 1)
        self.correcting = True
        self.history.setEnabled(False)
        self.suggestions.setEnabled(False)  # one change at a time: the correction first
        self.form.set_read_only(False)
        self.correction_box.show()
        self.correct_button.hide()
        self.close_button.hide()
        self.save_button.show()
        self.cancel_button.show()
        self.version_label.setText(
            "<b>Correcting.</b> Change what was wrong and say why. The version you are "
            "correcting is kept exactly as it is, and so is the original."
        )
        self.reason_edit.setFocus()
        self.keeper.started()

    def _end_correction(self, select: int | None = None) -> None:
        self.keeper.ended()
        self.correcting = False
        self.history.setEnabled(True)
        self.suggestions.setEnabled(True)
        self.correction_box.hide()
        self.reason_edit.clear()
        self.correct_button.show()
        self.close_button.show()
        self.save_button.hide()
        self.cancel_button.hide()
        self._load_history(select)
        self._on_history_row_changed(self.history.currentRow())

    def cancel_correction(self) -> None:
        self._end_correction()

    def ask_to_cancel_correction(self) -> None:
        """Cancel, once the owner confirms when they had typed something: the button sits
        beside "Save correction", and a slip of the mouse lost the reason and every change."""
        if self._correction_typed() and not may_discard(self, "this correction"):
            return
        self.cancel_correction()

    def _correction_typed(self) -> bool:
        if self.reason_edit.text().strip():
            return True
        try:
            now = self.form.details()
        except (SteadyError, ValueError):  # half-typed beyond reading: something was typed
            return True
        return bool(changed_fields(self.revisions[-1].details, now))

    def save_correction(self) -> None:
        if not settle_time(self, self.form):
            return
        try:
            number = self._services.contacts.correct(
                self.contact_id, self.form.details(), self.reason_edit.text()
            )
        except SteadyError as error:
            tell_error(self, error, "Correction not saved")
            return
        self._end_correction()
        self.contact_corrected.emit(self.contact_id, number)

    def reject(self) -> None:
        if self.correcting and not confirm(
            self,
            "Leave without saving?",
            "Your correction has not been saved. Close anyway?",
            "Close without saving",
            "Keep correcting",
            default_no=True,  # Esc then Enter in haste keeps the correction
        ):
            return
        self.keeper.ended()
        super().reject()
