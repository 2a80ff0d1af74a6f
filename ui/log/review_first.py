"""Before a packet is made: the categories Steady suggested for this customer that nobody has
reviewed. The packet marks each as not reviewed; the owner may look at them first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

REVIEW = "review"
ANYWAY = "anyway"
CANCEL = "cancel"


def ask(parent: QWidget, text: str) -> str:
    """REVIEW, ANYWAY or CANCEL (Escape)."""
    box = QMessageBox(QMessageBox.Icon.Information, "Suggestions not reviewed", text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    review = box.addButton("Review first", QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton("Make the packet anyway", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(review)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return REVIEW if clicked is review else ANYWAY if clicked is anyway else CANCEL


def waiting_text(count: int, contacts: list[int]) -> str:
    kinds = "category" if count == 1 else "categories"
    return (
        f"Steady's word check suggested {count} {kinds} on {len(contacts)} of this customer's "
        "contacts that nobody has reviewed yet. They count in the packet, each marked “suggested "
        "by Steady's word check, not reviewed”.\n\nReview first opens the first of them: keep "
        "or clear each in the contact's view, then prepare the packet again."
    )


def may_make_packet(window: MainWindow, customer_id: int) -> bool:
    """True to go on; False when the owner chose to review first (the contact is opened) or
    cancelled."""
    from app.importing.review import SuggestionReview

    waiting = SuggestionReview(window.services.store).waiting(customer_id)
    if not waiting:
        return True
    contacts = sorted({s.contact_id for s in waiting})
    answer = ask(window, waiting_text(len(waiting), contacts))
    if answer == REVIEW:
        window.open_contact(contacts[0])
    return answer == ANYWAY
