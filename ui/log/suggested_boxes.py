"""Log a contact: the categories the pasted or typed words suggest, ticked as an import ticks them,
with the words named under the boxes; the owner unticks any that do not fit before saving.

Only boxes ticked here are ever unticked here: a box the owner ticked or unticked, or one
restored from a draft, stays as the owner left it. The severity follows the suggestions until
the owner picks one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from app.core.domain import Category
from app.importing.suggest import Suggestion, severity_for
from app.importing.typed_words import suggestions_for
from ui.log.contact_form import ContactForm

# Reading a long paste takes a moment: read once typing pauses, and again just before saving.
PAUSE_MS = 300


class SuggestedBoxes(QObject):
    def __init__(self, form: ContactForm) -> None:
        super().__init__(form)
        self._form = form
        self.suggestions: list[Suggestion] = []
        self._ticked_here: set[Category] = set()
        self._owners: set[Category] = set()
        self._severity_before: int | None = None  # the severity before suggestions changed it
        self._owner_severity = False
        self._setting = False  # while this class ticks boxes or sets the severity itself
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        form.words_edit.textChanged.connect(self._timer.start)
        form.channel_box.currentIndexChanged.connect(self._timer.start)
        form.direction_group.buttonToggled.connect(self._timer.start)
        # Any other change is the owner's (or a restored draft's): theirs to keep.
        form.severity_box.currentIndexChanged.connect(self._on_owner_severity)
        for category, box in form.category_boxes.items():
            box.toggled.connect(lambda _=False, c=category: self._on_owner_box(c))

    def _on_owner_box(self, category: Category) -> None:
        if self._setting:
            return
        self._owners.add(category)
        self._ticked_here.discard(category)
        self._follow_severity()

    def _on_owner_severity(self) -> None:
        if not self._setting:
            self._owner_severity = True

    def _set_box(self, category: Category, ticked: bool) -> None:
        self._setting = True
        try:
            self._form.category_boxes[category].setChecked(ticked)
        finally:
            self._setting = False

    def refresh(self) -> None:
        """Read the words now (the dialog calls it before saving, so nothing typed is missed)."""
        self._timer.stop()
        form = self._form
        self.suggestions = suggestions_for(form.details(), notes_too=True)
        wanted = {s.category for s in self.suggestions}
        for category in wanted - self._owners - self._ticked_here:
            if not form.category_boxes[category].isChecked():
                self._set_box(category, True)
                self._ticked_here.add(category)
        for category in self._ticked_here - wanted:
            self._set_box(category, False)
            self._ticked_here.discard(category)
        for category, box in form.category_boxes.items():
            found = next((s for s in self.suggestions if s.category is category), None)
            box.setToolTip(f"Suggested by the words {found.described_words}" if found else "")
        self._follow_severity()
        self._show()

    def _follow_severity(self) -> None:
        if self._owner_severity:
            return
        box = self._form.severity_box
        kept = [s for s in self.suggestions if self._form.category_boxes[s.category].isChecked()]
        if kept:
            if self._severity_before is None:
                self._severity_before = int(box.currentData())
            level = max(self._severity_before, severity_for(kept))
        elif self._severity_before is not None:
            level, self._severity_before = self._severity_before, None
        else:
            return
        self._setting = True
        try:
            box.setCurrentIndex(box.findData(level))
        finally:
            self._setting = False

    def _show(self) -> None:
        label = self._form.suggestion_label
        if not self.suggestions:
            label.hide()
            label.clear()
            return
        lines = [f"• {s.explanation}" for s in self.suggestions]
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(
            "Suggested by the words (ticked above; untick any that do not fit before you "
            "save):\n" + "\n".join(lines)
        )
        label.show()
