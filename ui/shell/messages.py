"""Telling the shop owner about a problem they can act on (a SteadyError), calmly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import SteadyError


def tell_error(parent: QWidget | None, error: SteadyError, title: str = "Not saved") -> None:
    """Show the error's own words; they are written for the user."""
    QMessageBox.warning(parent, title, str(error))


def confirm(
    parent: QWidget | None,
    title: str,
    question: str,
    yes: str,
    no: str,
    *,
    default_no: bool = False,
) -> bool:
    """`default_no` for a risky `yes`: Enter, pressed in haste, then answers no."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # questions often name the customer
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    if default_no:
        box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def may_discard(parent: QWidget | None, what: str) -> bool:
    """Asked when Escape or Cancel would throw away what the owner typed in a form."""
    return confirm(
        parent,
        f"Discard {what}?",
        "What you typed has not been saved. Discard it?",
        "Discard",
        "Keep editing",
        default_no=True,
    )
