"""Step 5 and after in the reply editor: the flags the owner has read, starting over, and a
second look at any hostile words added once the review was done.

“I have read every flag and keep my wording” covers the flags read when it was ticked. Words
flagged after it — typed at step 6, or added after going back — stop the reply at the next
step and at sending, as the flags did before the tick. Those gates check the draft as it is
at that moment, not the last result of the background check, which may be a keystroke behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.reply.readiness import accept_flags, flags_unread, new_flags_note
from app.reply.steps import Step
from app.reply.tone_rules import ToneFlag


class ReviewSteps:
    """Step 5 and after: flags read, starting over, and new flags caught before sending."""

    _flags_text: str | None = None  # the draft the flags in self.flags were found in

    def flags_now(self) -> list[ToneFlag]:
        """The tone flags of the draft as it is now (checked here if the last check is older)."""
        if self._flags_text == self.state.draft:
            return list(self.flags)
        return self.checker.tone_now(self.state.draft)

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
            "history, and you go back to step 3.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: self.replies.start_over(self.state)):
            self.draft.setPlainText("")
            self._show_step(Step.DRAFT)
