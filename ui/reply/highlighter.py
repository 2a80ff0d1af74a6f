"""Underlines and highlights in the draft: red for spelling, blue for grammar, amber for tone.

The marks are formats laid over the text by the highlighter, not part of the document, so a
clone of the document prints clean. Positions are UTF-16 document positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ui.shell.status_colours import Tone, tone_colours


@dataclass(frozen=True)
class Mark:
    start: int  # document position (UTF-16)
    end: int
    kind: str  # "spelling", "grammar" or "tone"


def _formats() -> dict[str, QTextCharFormat]:
    spelling = QTextCharFormat()
    spelling.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    spelling.setUnderlineColor(tone_colours(Tone.DANGER).text)
    grammar = QTextCharFormat()
    grammar.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    grammar.setUnderlineColor(tone_colours(Tone.INFO).text)
    tone = QTextCharFormat()
    tone.setBackground(tone_colours(Tone.WARNING).fill)
    tone.setForeground(tone_colours(Tone.WARNING).fill_text)
    tone.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    tone.setUnderlineColor(tone_colours(Tone.WARNING).text)
    return {"spelling": spelling, "grammar": grammar, "tone": tone}


class DraftHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = _formats()
        self._marks: list[Mark] = []
        self.show_tone = True
        document.contentsChange.connect(self._on_contents_change)

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.rehighlight()

    def set_show_tone(self, show: bool) -> None:
        if show != self.show_tone:
            self.show_tone = show
            self.rehighlight()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # Until the next check arrives, keep marks after an edit where their words moved to,
        # and drop the ones the edit touched.
        shift = added - removed
        moved: list[Mark] = []
        for mark in self._marks:
            if mark.end <= position:
                moved.append(mark)
            elif mark.start >= position + removed:
                moved.append(Mark(mark.start + shift, mark.end + shift, mark.kind))
        self._marks = moved

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        begin = block.position()
        end = begin + block.length()
        for mark in self._marks:
            if mark.end <= begin or mark.start >= end:
                continue
            if mark.kind == "tone" and not self.show_tone:
                continue
            start = max(mark.start, begin)
            self.setFormat(start - begin, min(mark.end, end) - start, self._formats[mark.kind])
