"""Steps 2 and 3 of the reply editor: the owner's answers, the checklist, templates and the
product facts, each saved with the draft as it changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QMessageBox,
)

from app.reply.draft_history import TEMPLATE
from app.reply.letter_wording import product_statement


class DraftingSteps:
    """Steps 2 and 3 of the reply editor: the owner's answers, the checklist, templates and the"""

    def _on_answers_changed(self) -> None:
        self.state.answers = self.consider_panel.values()
        self._changed()

    def _on_checklist_changed(self) -> None:
        for item, done in zip(self.state.points, self.draft_panel.ticks(), strict=False):
            item.done = done
        self._changed()

    def _on_product_changed(self) -> None:
        self.state.product = self.draft_panel.product_test()
        self._changed()

    def _on_template_chosen(self, key: str) -> None:
        if self.state.draft.strip():
            answer = QMessageBox.question(
                self,
                "Start from a template?",
                "Replace your draft with this template? Your current draft is kept in this "
                "reply's history: Undo (Ctrl+Z) in the draft, or “Earlier drafts…”, brings it "
                "back.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            if not self._run(lambda: self.replies.keep_draft(self.state, TEMPLATE)):
                return
        text = self.replies.use_template(self.state, key)
        self._set_draft(text)
        self._refresh_earlier()

    def _on_insert_product(self) -> None:
        # In the reply's own language: an English sentence in a Spanish reply reads as pasted.
        statement = product_statement(self.state.product, self.language)
        if statement:
            self.draft.insertPlainText(statement + " ")

    def _set_draft(self, text: str) -> None:
        """Replace the whole draft as one undoable edit."""
        cursor = self.draft.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
