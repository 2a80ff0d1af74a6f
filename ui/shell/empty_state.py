"""What the right side of the main window says when no customer is shown, in words about why:
no customers yet, nobody matching the search, or nobody with the chosen status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.shell.plain_text import escaped

NO_CUSTOMERS = (
    "<h2>No customers yet</h2>"
    "<p>Start with the customer who is giving you trouble: add them, then log what "
    "they said and when. Every contact is kept exactly as you save it.</p>"
)
NO_MATCH = (
    "<h2>No customer matches</h2>"
    "<p>Nobody in the list matches what is in the search box. Clear it to see every "
    "customer, or add this person as a new customer.</p>"
)
CHOOSE_CUSTOMER = (
    "<h2>Choose a customer</h2>"
    "<p>Choose a customer in the list on the left to see where they stand and what they "
    "have sent, or add someone new.</p>"
)
CHOOSE_CUSTOMER_FIRST = "Choose the customer first (or add them with Ctrl+Shift+N)."
FIRST_CUSTOMER = "Add the first customer…  (Ctrl+Shift+N)"
NEW_CUSTOMER = "New customer…  (Ctrl+Shift+N)"
EMPTY_TEXT_WIDTH = 360


def _everyone(total: int) -> str:
    return "the one customer" if total == 1 else f"all {total}"


def empty_words(total: int, search: str, status_label: str | None) -> str:
    """Why nobody is shown: `total` customers in the log, the search text and status filter."""
    if total == 0:
        return NO_CUSTOMERS
    if status_label and not search.strip():
        return (
            f"<h2>No customer is {escaped(status_label)}</h2>"
            f"<p>Choose “Every status” above the list to see {_everyone(total)}.</p>"
        )
    if status_label:
        return (
            f"<h2>No customer matches</h2><p>Nobody who is {escaped(status_label)} matches "
            "what is in the search box. Clear it, or choose “Every status”, to see "
            f"{_everyone(total)}.</p>"
        )
    return NO_MATCH if search.strip() else CHOOSE_CUSTOMER


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel(NO_CUSTOMERS)
        self.text.setWordWrap(True)
        # A fixed width and the height its words need there: a centred wrapped label is
        # otherwise given a guessed height and loses its last lines.
        self.text.setFixedWidth(EMPTY_TEXT_WIDTH)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(FIRST_CUSTOMER)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.show_words(NO_CUSTOMERS, first=True)

    def show_words(self, words: str, *, first: bool) -> None:
        self.text.setText(words)
        self.button.setText(FIRST_CUSTOMER if first else NEW_CUSTOMER)
        if self.isVisible():
            self._fit_words()
        # Otherwise when shown: a window opened on a customer never lays these words out.

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_words()
        super().showEvent(event)

    def _fit_words(self) -> None:
        self.text.setMinimumHeight(self.text.heightForWidth(EMPTY_TEXT_WIDTH))
