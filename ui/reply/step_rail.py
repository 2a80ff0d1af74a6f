"""The rail down the left of the calm-reply window: the seven steps, where you are, what is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.reply.steps import Step


class StepRail(QListWidget):
    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_rail")
        self.setFixedWidth(190)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QListWidget { border: none; background: palette(window); } "
            "QListWidget::item { padding:10px 8px; } "
            "QListWidget::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); }"
        )
        self._notes: dict[Step, str] = {}
        for _ in Step:
            self.addItem(QListWidgetItem())
        self.itemClicked.connect(lambda item: self.step_clicked.emit(self.row(item) + 1))
        self.show_progress(Step.STOP, False)

    def set_note(self, step: Step, note: str) -> None:
        if self._notes.get(step, "") != note:
            self._notes[step] = note
            self._label(step, self.currentRow() + 1)

    def _label(self, step: Step, current: int) -> None:
        item = self.item(step - 1)
        mark = "✔" if step < current else ("▶" if step == current else "  ")
        note = self._notes.get(step, "")
        item.setText(f"{mark} {int(step)}  {step.title}" + (f"\n      {note}" if note else ""))
        font = QFont(self.font())
        font.setBold(step == current)
        item.setFont(font)

    def show_progress(self, current: Step, finished: bool) -> None:
        self.blockSignals(True)
        self.setCurrentRow(current - 1)
        self.blockSignals(False)
        for step in Step:
            self._label(step, current + 1 if finished and step == current else current)
