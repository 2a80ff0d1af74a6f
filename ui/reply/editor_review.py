"""Step 5 and after in the reply editor: the flags the owner has read, starting over, the
earlier drafts to read and put back, and a second look at hostile words added after the review.

“I have read every flag and keep my wording” covers the flags read when it was ticked. Words
flagged after it — typed at step 6, or added after going back — stop the reply at the next
step and at sending, as the flags did before the tick. Those gates check the draft as it is
at that moment, not the last result of the background check, which may be a keystroke behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton

from app.reply.readiness import accept_flags, flags_unread, new_flags_note
from app.reply.steps import Step
from app.reply.tone_rules import ToneFlag
from ui.reply.earlier_drafts import EarlierDrafts


class ReviewSteps:
    """Step 5 and after: flags read, starting over, earlier drafts, new flags caught."""

    _flags_text: str | None = None  # the draft the flags in self.flags were found in
    earlier_dialog: EarlierDrafts | None = None

    _gate_check: tuple[tuple[str, str], list[ToneFlag]] | None = None  # (text, language)

    def flags_now(self) -> list[ToneFlag]:
        """The tone flags of the draft as it is now (checked here if the last check is older)."""
        text = self.state.draft
        if self._flags_text == text:
            return list(self.flags)
        key = (text, self.checker.language)
        if self._gate_check is None or self._gate_check[0] != key:
            self._gate_check = (key, self.checker.tone_now(text))
        return list(self._gate_check[1])

    def unread_flags_note(self) -> str:
        """Why the draft cannot go out yet: flags found since the review ("" if none)."""
        return new_flags_note(flags_unread(self.state, self.flags_now()))

    def _on_accept_changed(self, accepted: bool) -> None:
        accept_flags(self.state, self.flags_now(), accepted)
        self._changed()

    def _on_start_over_requested(self) -> None:
        answer = QMessageBox.question(
            self,
            "Start over?",
            "Set this draft aside and write a new one? The draft is kept in this reply's "
            "history, and you go back to step 3. Undo (Ctrl+Z) in the draft, or “Earlier "
            "drafts…”, brings it back.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.replies.start_over(self.state)):
            self._set_draft("")  # one undoable edit: Ctrl+Z brings the words back
            self._show_step(Step.DRAFT)

    # --- earlier drafts ---------------------------------------------------------------------

    def _add_earlier_drafts(self, nav: QHBoxLayout) -> None:
        self.earlier = QPushButton("Earlier drafts…")
        self.earlier.setObjectName("earlier_drafts_button")
        self.earlier.setToolTip("Read, copy or put back a draft you set aside")
        self.earlier.clicked.connect(self.show_earlier_drafts)
        nav.addWidget(self.earlier)

    def _refresh_earlier(self) -> None:
        count = len(self.replies.earlier_drafts(self.state))
        self.earlier.setText(f"Earlier drafts ({count})…" if count else "Earlier drafts…")
        self.earlier.setVisible(bool(count) or self.state.step >= Step.DRAFT)

    def _put_back_held(self) -> str:
        """Why an earlier draft cannot be put back now ("" when it can)."""
        if self.state.is_finished:
            return "This reply is finished; its draft can no longer change."
        if self.state.step < Step.DRAFT:
            return "You can put a draft back from step 3 (Draft); copying it works now."
        if self.state.step == Step.SEND:
            return "Go back to step 6 to change the draft; copying it works now."
        return ""

    def show_earlier_drafts(self) -> None:
        drafts = self.replies.earlier_drafts(self.state)
        dialog = EarlierDrafts(drafts, self.customer.name, self._put_back_held(), self)
        dialog.put_back_requested.connect(self._on_put_back_requested)
        self.earlier_dialog = dialog
        dialog.open()

    def _on_put_back_requested(self, text: str) -> None:
        if self._put_back_held() or not self._run(lambda: self.replies.put_back(self.state, text)):
            return
        self._set_draft(text)  # one undoable edit, like a template
        if self.state.step > Step.DRAFT:
            self.go_to(Step.DRAFT)  # other words: through the checks again
        self.save_now()
        self._refresh_earlier()
