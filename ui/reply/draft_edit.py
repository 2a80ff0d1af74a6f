"""The draft: a plain-text editor with underlines, right-click suggestions, a card on hover for
each tone flag with one-click calmer words, and read-along."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from app.reply.spelling import IssueKind, SpellingIssue
from app.reply.tone_rules import ToneFlag
from ui.reply.highlighter import DraftHighlighter, Mark
from ui.reply.positions import Utf16Map


class DraftEdit(QPlainTextEdit):
    word_added = Signal(str)  # the owner chose "Add to dictionary"
    results_applied = Signal()
    focus_left = Signal()  # the owner moved on to something else: a moment to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft")
        self.setTabChangesFocus(True)  # Tab moves on, as everywhere else; a reply needs no tabs
        self.setPlaceholderText("Write your reply here, or start from a template.")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.highlighter = DraftHighlighter(self.document())
        self.spelling: list[tuple[Mark, SpellingIssue]] = []
        self.tone: list[tuple[Mark, ToneFlag]] = []
        # Spelling suggestions are looked up when the menu opens (see app.reply.spelling).
        self.suggest: Callable[[str], tuple[str, ...]] = lambda word: ()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    # --- results from the checker ---------------------------------------------------------

    def apply_results(self, text: str, issues: list[SpellingIssue], flags: list[ToneFlag]) -> bool:
        """Show the checks of `text`; ignored if the draft has changed since (a newer check
        is on its way)."""
        if text != self.toPlainText():
            return False
        positions = Utf16Map(text)
        self.spelling = [
            (Mark(positions.to_qt(i.start), positions.to_qt(i.end), i.kind.value), i)
            for i in issues
        ]
        self.tone = [
            (Mark(positions.to_qt(f.start), positions.to_qt(f.end), "tone"), f) for f in flags
        ]
        self.highlighter.set_marks(
            [mark for mark, _ in self.tone] + [mark for mark, _ in self.spelling]
        )
        self.results_applied.emit()
        return True

    def issue_at(self, position: int) -> tuple[Mark, SpellingIssue] | None:
        return next(((m, i) for m, i in self.spelling if m.start <= position < m.end), None)

    def flag_at(self, position: int) -> tuple[Mark, ToneFlag] | None:
        return next(((m, f) for m, f in self.tone if m.start <= position < m.end), None)

    def suggestions(self, issue: SpellingIssue) -> tuple[str, ...]:
        if issue.suggestions or issue.kind is not IssueKind.SPELLING:
            return issue.suggestions
        return self.suggest(issue.words)

    def use_calmer(self, index: int) -> bool:
        """Put the calmer words of tone flag `index` in place of its words (one undo step)."""
        if not 0 <= index < len(self.tone):
            return False
        mark, flag = self.tone[index]
        if flag.replacement is None:
            return False
        self.replace_range(mark.start, mark.end, flag.replacement)
        return True

    def replace_range(self, start: int, end: int, text: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    # --- right-click ------------------------------------------------------------------------

    def suggestion_menu(self, position: int) -> QMenu:
        """The context menu for a document position: suggestions first, then the usual."""
        menu = self.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        added = []
        found = self.issue_at(position)
        if found is not None:
            mark, issue = found
            title = menu.addAction(issue.message)
            title.setEnabled(False)
            added.append(title)
            suggestions = self.suggestions(issue)
            for suggestion in suggestions:
                action = menu.addAction(f"Change to “{suggestion}”")
                action.triggered.connect(
                    lambda _=False, m=mark, s=suggestion: self.replace_range(m.start, m.end, s)
                )
                added.append(action)
            if not suggestions:
                none = menu.addAction("(no suggestions)")
                none.setEnabled(False)
                added.append(none)
            if issue.kind is IssueKind.SPELLING:
                learn = menu.addAction(f"Add “{issue.words}” to dictionary")
                learn.triggered.connect(lambda _=False, w=issue.words: self.word_added.emit(w))
                added.append(learn)
        flagged = self.flag_at(position)
        if flagged is not None:
            mark, flag = flagged
            # A label, not a disabled action: the explanation must be readable, not greyed out.
            explain = QWidgetAction(menu)
            label = QLabel(f"Tone — {flag.kind.label}: {flag.reason}\n{flag.suggestion}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setMinimumWidth(320)
            label.setContentsMargins(8, 4, 8, 4)
            explain.setDefaultWidget(label)
            menu.addAction(explain)
            added.append(explain)
            if flag.replacement is not None:
                calmer = menu.addAction(_calmer_label(flag))
                calmer.setObjectName("use_calmer")
                calmer.triggered.connect(
                    lambda _=False, m=mark, f=flag: self.replace_range(
                        m.start, m.end, f.replacement or ""
                    )
                )
                added.append(calmer)
        if added and first is not None:
            for action in added:
                menu.removeAction(action)
            menu.insertActions(first, added)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event) -> None:
        position = self.cursorForPosition(event.pos()).position()
        menu = self.suggestion_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            card = self.hover_card(self.cursorForPosition(event.pos()).position())
            if card:
                QToolTip.showText(event.globalPos(), card, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def hover_card(self, position: int) -> str:
        """What the mouse shows over a tone flag: the words, why, and the calmer wording
        (rich text, the owner's words escaped). Empty where there is no flag."""
        flagged = self.flag_at(position)
        if flagged is None or not self.highlighter.show_tone:
            return ""
        _, flag = flagged
        lines = [
            f"<b>{html.escape(flag.kind.label)}</b>: “{html.escape(flag.words)}”",
            html.escape(flag.reason),
            html.escape(flag.suggestion),
        ]
        if flag.replacement is not None:
            lines.append(f"<i>Right-click: {html.escape(_calmer_label(flag))}</i>")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"

    def position_point(self, position: int) -> QPoint:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).center()

    # --- read-along ------------------------------------------------------------------------

    def highlight_sentence(self, start: int, end: int) -> None:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        # The system's own selection colours: readable in light, dark and high contrast.
        fmt.setBackground(self.palette().highlight())
        fmt.setForeground(self.palette().highlightedText())
        selection.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        self.setExtraSelections([selection])
        shown = QTextCursor(self.document())
        shown.setPosition(start)
        self.setTextCursor(shown)
        self.ensureCursorVisible()

    def clear_sentence(self) -> None:
        self.setExtraSelections([])

    @property
    def sentence_highlight(self) -> tuple[int, int] | None:
        selections = self.extraSelections()
        if not selections:
            return None
        cursor = selections[0].cursor
        return cursor.selectionStart(), cursor.selectionEnd()


def _calmer_label(flag: ToneFlag) -> str:
    if flag.replacement and not flag.leaves_out:
        return f"Use the calmer wording: “{flag.replacement}”"
    return f"Leave out “{flag.words}”"
