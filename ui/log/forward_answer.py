"""The contact's window: "Did you forward this?" for a mail that claimed to be the business's
forward but came in like mail from outside. The import window asked once, unticked; an owner
who pressed Done too fast answers here (app/importing/forwarded_by_owner.py).

Her answer is a correction, like every other change of a contact: the contact as imported stays
in its history, and there is no undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.errors import SteadyError
from app.importing.forward_question import forward_asked
from app.services import Services
from ui.shell.messages import confirm, tell_error
from ui.shell.plain_text import plain_tooltip


def what_changes(sender: str) -> str:
    """The short confirm: what her yes changes, and what it keeps."""
    return (
        f"Say yes only if you or your staff forwarded this mail.\n\n"
        f"It is then logged as the message {sender} sent: their words and the date they sent "
        "them become this contact. Your note above the forwarded message is kept apart as the "
        "business's, in the correction's reason, not counted as their words.\n\n"
        "The contact as imported stays in its history. This cannot be undone."
    )


class ForwardAnswer(QGroupBox):
    """Hidden unless the contact waits for the answer; `answered` once it is given, with the
    contact it turned out to be the same message as (withdrawn for it), else 0."""

    answered = Signal(int)

    def __init__(
        self, services: Services, contact_id: int, sender: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("Did you forward this? — not confirmed", parent)
        self._services = services
        self.contact_id = contact_id
        self.sender = sender
        self.why = QLabel()
        self.why.setTextFormat(Qt.TextFormat.PlainText)  # names the customer and addresses
        self.why.setWordWrap(True)
        self.button = QPushButton("I forwarded this…")
        self.button.setToolTip(
            plain_tooltip(f"You or your staff forwarded it: log it as {sender}'s message")
        )
        self.button.clicked.connect(self.answer)
        row = QHBoxLayout(self)
        row.addWidget(self.why, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.reload()

    def reload(self) -> None:
        doubt = forward_asked(self._services.store, self.contact_id)
        self.why.setText(
            f"Logged whole as {self.sender}'s message, at the time it reached you: {doubt}. "
            "If you or your staff forwarded it, say so."
            if doubt
            else ""
        )
        self.setVisible(bool(doubt))

    def answer(self) -> None:
        if not confirm(
            self,
            "You forwarded this?",
            what_changes(self.sender),
            "Yes, I forwarded it",
            "Cancel",
            default_no=True,  # Enter in haste changes nothing
        ):
            return
        try:
            same = self._services.imports.forwarded_by_owner.confirm(self.contact_id)
        except SteadyError as error:
            tell_error(self, error, "Not changed")
            return
        self.reload()
        self.answered.emit(same or 0)
