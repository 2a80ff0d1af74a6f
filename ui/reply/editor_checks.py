"""Steps 4 and 5 of the reply editor: the spelling, grammar and tone results beside the draft."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from app.reply.readiness import flags_unread, note_flags
from app.reply.signature import has_sign_off, is_signed
from app.reply.spelling import suggestions_for
from app.reply.steps import Step
from app.reply.tone import compare_tone
from ui.reply.checker import DraftChecker
from ui.reply.language_choice import LanguageChoice


class CheckingSteps:
    """Steps 4 and 5 of the reply editor: the spelling, grammar and tone results beside the draft."""

    def _start_checks(self, language: str, grammar: bool) -> None:
        """The checker threads, reading the reply's language (its own, else Settings')."""
        self.language = language
        self.checker = DraftChecker(
            self.replies.known_words(self.state.customer_id),
            grammar=grammar,
            language=self.language,
            parent=self,
        )

    def _add_language_choice(self, layout: QVBoxLayout) -> None:
        self.draft.suggest = lambda word: suggestions_for(word, self.language)
        self.check_panel.suggest = self.draft.suggestions
        self.language_choice = LanguageChoice(self.language)
        self.language_choice.changed.connect(self._on_language_changed)
        layout.addWidget(self.language_choice)

    def _on_checker_checked(self, text: str, issues: object, flags: object) -> None:
        assert isinstance(issues, list) and isinstance(flags, list)
        if not self.draft.apply_results(text, issues, flags):
            return
        self.issues, self.flags = issues, flags
        self._flags_text = text
        if self.state.step >= Step.DRAFT:
            note_flags(self.state, flags)
        self._refresh_panels()

    def _refresh_panels(self) -> None:
        step = self.state.step
        if step == Step.CHECK:
            self.check_panel.show_issues(self.issues)
        elif step == Step.REVIEW:
            self.review_panel.show_flags(
                self.flags, compare_tone(self.state.draft, self.original.text, self.language)
            )
            answered = sum(1 for item in self.state.points if item.done)
            self.review_panel.show_checklist(answered, len(self.state.points))
            self.review_panel.accept.blockSignals(True)
            # Ticked only while it covers every flag: new ones need a new look.
            read = self.state.flags_accepted and not flags_unread(self.state, self.flags)
            self.review_panel.accept.setChecked(read)
            self.review_panel.accept.blockSignals(False)
            self.review_panel.set_reading(self.reader.speaking)
        elif step == Step.SIGN:
            self.sign_panel.show_checks(
                has_sign_off(self.state.draft), is_signed(self.state.draft, self.signature)
            )
        self._update_nav()

    def _select_issue(self, index: int) -> None:
        if 0 <= index < len(self.draft.spelling):
            mark, _ = self.draft.spelling[index]
            self.draft.select_range(mark.start, mark.end)

    def _select_flag(self, index: int) -> None:
        if 0 <= index < len(self.draft.tone):
            mark, _ = self.draft.tone[index]
            self.draft.select_range(mark.start, mark.end)

    def _on_fix_requested(self, index: int) -> None:
        if 0 <= index < len(self.draft.spelling):
            mark, issue = self.draft.spelling[index]
            suggestions = self.draft.suggestions(issue)
            if suggestions:
                self.draft.replace_range(mark.start, mark.end, suggestions[0])

    def _on_language_changed(self, language: str) -> None:
        """This reply is written in another language: check it in that one, and keep the choice
        with the reply so reopening the draft does not forget it."""
        self._run(lambda: self.replies.choose_language(self.state, language))
        self.language = language
        self._flags_text = None  # the flags shown are the other language's until checked again
        self.checker.set_language(language)

    def _on_calmer_requested(self, index: int) -> None:
        """One click: the flag's calmer wording replaces its words; the checks run again."""
        if self.draft.use_calmer(index):
            self.checker.check_now(self.draft.toPlainText())

    def _on_word_added(self, word: str) -> None:
        if self._run(lambda: self.replies.add_word(word)):
            self.checker.learn({word})
