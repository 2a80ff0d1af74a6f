"""The draft: a plain-text editor with underlines, right-click suggestions and read-along."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from app.reply.spelling import IssueKind, SpellingIssue
from app.reply.tone_rules import ToneFlag
from ui.reply.highlighter import DraftHighlighter, Mark
from ui.reply.positions import Utf16Map


class DraftEdit(QPlainTextEdit):
    word_added = Signal(str)  # the owner chose "Add to dictionary"
    results_applied = Signal()

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
            for suggestion in issue.suggestions:
                action = menu.addAction(f"Change to “{suggestion}”")
                action.triggered.connect(
                    lambda _=False, m=mark, s=suggestion: self.replace_range(m.start, m.end, s)
                )
                added.append(action)
            if not issue.suggestions:
                none = menu.addAction("(no suggestions)")
                none.setEnabled(False)
                added.append(none)
            if issue.kind is IssueKind.SPELLING:
                learn = menu.addAction(f"Add “{issue.words}” to dictionary")
                learn.triggered.connect(lambda _=False, w=issue.words: self.word_added.emit(w))
                added.append(learn)
        flagged = self.flag_at(position)
        if flagged is not None:
            _, flag = flagged
            for text in (f"Tone — {flag.kind.label}: {flag.reason}", f"Instead: {flag.suggestion}"):
                info = menu.addAction(text)
                info.setEnabled(False)
                added.append(info)
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

    def position_point(self, position: int) -> QPoint:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).center()

    # --- read-along ------------------------------------------------------------------------

    def highlight_sentence(self, start: int, end: int) -> None:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#cfe8ff"))
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
