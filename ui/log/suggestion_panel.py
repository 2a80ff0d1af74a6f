"""The contact's view: the categories Steady's word check suggested from the exact words and
nobody has reviewed yet, each with the words that made Steady suggest it, to keep or clear.

Until the owner decides, a suggestion counts in the assessment and the packets like a category
the owner chose (marked there as not reviewed). Clearing one is a correction of the contact with
its reason; the original, with the suggestion, stays on record. Another window or `steady
review` may have decided it meanwhile: then it is left as it was and the panel says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.domain import Category
from app.core.errors import SteadyError
from app.importing.review import SuggestionReview, because
from app.services import Services
from ui.shell.messages import tell_error

EXPLANATION = (
    "Steady suggested these from the exact words. Until you keep or clear them they count in "
    "the assessment and the packets, marked “suggested by Steady's word check, not reviewed”. "
    "Clearing one saves a correction; the original stays on record."
)


class SuggestionPanel(QGroupBox):
    """Hidden when nothing is waiting; `decided` after each keep or clear (True: cleared, a
    new revision of the contact was saved)."""

    decided = Signal(bool)

    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Suggested by Steady's word check — not reviewed yet", parent)
        self._review = SuggestionReview(services.store)
        self.contact_id = contact_id
        layout = QVBoxLayout(self)
        self.explanation = QLabel(EXPLANATION)
        self.explanation.setWordWrap(True)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self._rows)
        layout.addWidget(self.note)
        self.keep_buttons: dict[Category, QPushButton] = {}
        self.clear_buttons: dict[Category, QPushButton] = {}
        self.reload()

    def rows_text(self) -> list[str]:
        """What each row says, in order (what a screen reader reads out, and the tests)."""
        return [
            label.text()
            for index in range(self._grid.rowCount())
            if (item := self._grid.itemAtPosition(index, 0)) is not None
            and isinstance(label := item.widget(), QLabel)
        ]

    def reload(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.keep_buttons = {}
        self.clear_buttons = {}
        waiting = self._review.pending(self.contact_id)
        for row, suggestion in enumerate(waiting):
            label = QLabel(because(suggestion))
            label.setTextFormat(Qt.TextFormat.PlainText)  # the customer's words
            label.setWordWrap(True)
            name = suggestion.category.label
            keep = QPushButton("Keep")
            keep.setAccessibleName(f"Keep {name}")
            keep.setToolTip(f"It is right: keep “{name}” on this contact")
            clear = QPushButton("Clear")
            clear.setAccessibleName(f"Clear {name}")
            clear.setToolTip(f"It is wrong: take “{name}” off (saved as a correction)")
            category = suggestion.category
            keep.clicked.connect(lambda _=False, c=category: self.decide(c, True))
            clear.clicked.connect(lambda _=False, c=category: self.decide(c, False))
            label.setBuddy(keep)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(keep, row, 1)
            self._grid.addWidget(clear, row, 2)
            self.keep_buttons[category] = keep
            self.clear_buttons[category] = clear
        self.setVisible(bool(waiting) or self.note.isVisible())
        self._rows.setVisible(bool(waiting))
        self.explanation.setVisible(bool(waiting))

    def decide(self, category: Category, keep: bool) -> None:
        try:
            changed = self._review.decide_one(self.contact_id, category, keep)
        except SteadyError as error:
            tell_error(self, error, "Not saved")
            return
        if changed:
            self.note.setText(
                f"Kept “{category.label}”."
                if keep
                else f"Cleared “{category.label}”; saved as a correction, the original is kept."
            )
        else:
            self.note.setText(
                f"“{category.label}” was already kept or cleared elsewhere; left as it was."
            )
        self.note.show()
        self.reload()
        # The button pressed is gone: the next suggestion's, else the note, keeps the focus here.
        if self.keep_buttons:
            next(iter(self.keep_buttons.values())).setFocus()
        self.decided.emit(changed and not keep)
