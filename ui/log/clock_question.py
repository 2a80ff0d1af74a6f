"""Which moment a contact's time means, asked when the clocks changed around it.

The date field cannot tell the two 01:30s of the night the clocks go back apart (it takes
the first without a word), so Save asks the owner in one line and stores the reading they
choose. A time the clocks skipped, which the field can hold only when its zone is not the
laptop's, is offered as the time it most likely means."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.clock_changes import ClockChange
from ui.log.contact_form import ContactForm


def ask_reading(parent: QWidget | None, change: ClockChange) -> datetime | None:
    """The reading the owner chose, or None when they went back to the form."""
    box = QMessageBox(QMessageBox.Icon.Question, "Which time?", change.question(), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if change.skipped is None:
        first, second = change.readings
        options = [
            (box.addButton(f"The first ({first.tzname()})", QMessageBox.ButtonRole.YesRole), first),
            (box.addButton(f"The second ({second.tzname()})", QMessageBox.ButtonRole.NoRole), second),
        ]  # fmt: skip
    else:
        meant = change.readings[0]
        options = [(box.addButton(f"Use {meant:%H:%M}", QMessageBox.ButtonRole.YesRole), meant)]
    back = box.addButton("Back to the form", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)  # Enter in haste picks neither reading
    box.setEscapeButton(back)
    box.exec()
    return next((moment for button, moment in options if box.clickedButton() is button), None)


def settle_time(parent: QWidget | None, form: ContactForm) -> bool:
    """False when the form's time needs an answer the owner did not give (nothing is saved)."""
    change = form.pending_clock_change()
    if change is None:
        return True
    chosen = ask_reading(parent, change)
    if chosen is None:
        form.when_edit.setFocus()
        return False
    form.choose_reading(chosen)
    return True
