"""Above the verdict: who this customer is, or may be, among those the business warned or
stopped serving.

A match not yet confirmed shows "This may be … coming back" with a button to link the two; once
linked, the customer keeps showing "Same person as … — ended on …" until the owner withdraws
the link as made by mistake, saying why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from ui.shell.plain_text import escaped, isolated, plain_label
from ui.shell.reason_dialog import ReasonDialog
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
        # A link made by mistake is withdrawn here, with a reason (it stays in the log).
        self.unlink_button = QPushButton("Not the same person…")
        same = QHBoxLayout()
        same.addWidget(self.same_label, 1)
        same.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignTop)
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


def withdraw_link_dialog(
    parent: QWidget, services: Services, customer_id: int, people: list[SamePerson]
) -> bool:
    """Ask which link (when there are several) and why, and withdraw it; True once done."""
    which = QComboBox()
    for person in people:
        which.addItem(person.name, person.customer_id)

    def withdraw(reason: str) -> None:
        services.identities.unlink(customer_id, int(which.currentData()), reason)

    dialog = ReasonDialog(
        parent,
        title="Not the same person",
        explanation=(
            f"Withdraw the link to {people[0].name} if it was made by mistake. It is not "
            "deleted: it stays in the log with your reason, and the assessment no longer goes "
            "by what you did about them."
            if len(people) == 1
            else "Withdraw a link made by mistake. It is not deleted: it stays in the log with "
            "your reason, and the assessment no longer goes by what you did about them."
        ),
        button="Withdraw the link",
        act=withdraw,
        placeholder="e.g. “Another person with the same surname”",
    )
    if len(people) > 1:
        dialog.form.insertRow(0, "Link to:", which)
    return dialog.ask()
