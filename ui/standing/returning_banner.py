"""Above the verdict: who this customer is, or may be, among those the business warned or
stopped serving.

A match not yet confirmed shows "This may be … coming back" with a button to link the two; once
linked, the customer keeps showing "Same person as … — ended on …" for good.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import Services
from ui.shell.plain_text import escaped, isolated, plain_label
from ui.shell.status_colours import Tone, show_as_banner

if TYPE_CHECKING:
    from app.standing.returning_customers import Match
    from app.standing.same_person import SamePerson


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReturningBanner(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.matches: list[Match] = []
        self.people: list[SamePerson] = []

        self.same_label = _wrapped(plain_label())
        self.same_label.setAccessibleName("Same person as a customer you stopped serving")
        same = QHBoxLayout()
        same.addWidget(self.same_label, 1)
        self.same_frame = QFrame()
        self.same_frame.setLayout(same)
        show_as_banner(self.same_frame, Tone.DANGER, "QFrame")

        self.label = _wrapped(QLabel())
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.link_button = QPushButton("Link to this customer")
        returning = QHBoxLayout()
        returning.addWidget(self.label, 1)
        returning.addWidget(self.link_button)
        self.frame = QFrame()
        self.frame.setLayout(returning)
        show_as_banner(self.frame, Tone.WARNING, "QFrame")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.same_frame)
        layout.addWidget(self.frame)
        self.clear()

    def clear(self) -> None:
        self.matches, self.people = [], []
        self.same_frame.hide()
        self.frame.hide()

    def show_for(self, matches: list[Match], people: list[SamePerson]) -> None:
        self.matches, self.people = matches, people
        self.same_frame.setVisible(bool(people))
        if people:
            self.same_label.setText(
                "\n".join(
                    f"{person.sentence()}. Their earlier log is on their own page."
                    for person in people
                )
            )
        self.frame.setVisible(bool(matches))
        if matches:
            first = matches[0]
            more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
            self.label.setText(
                f"This may be <b>{escaped(isolated(first.name))}</b> ({first.status.label.lower()}) "
                f"coming back: {escaped('; '.join(first.reasons))}{more}."
            )

    def link_first_match(self, customer_id: int) -> Match | None:
        """Record the owner's word that the first match is the same person."""
        if not self.matches:
            return None
        match = self.matches[0]
        self._services.identities.link(customer_id, match.customer_id, "; ".join(match.reasons))
        return match
