"""Where the keyboard starts on each step of a calm reply: the step's first thing to do.

Moving to the next step hides the field that had focus, and Qt then hands focus to the next
button in line (Close): Space would close the editor and a screen reader says "Close button".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.reply.steps import Step
from ui.reply.early_steps import ConsiderPanel, StopPanel


def first_field(step: Step, panel: QWidget, draft: QWidget) -> QWidget | None:
    """The step's first field, or None when the step has nothing to fill in (then Next)."""
    if isinstance(panel, StopPanel):
        field = panel.confirmation
        return field if field.isVisibleTo(panel) and field.isEnabled() else None
    if isinstance(panel, ConsiderPanel):
        return next(iter(panel.answers.values()), None)
    if step == Step.DRAFT and draft.isEnabled():
        return draft
    for widget in panel.findChildren(QWidget):
        if (
            widget.isVisibleTo(panel)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
    return None
