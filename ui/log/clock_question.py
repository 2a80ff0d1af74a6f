"""Which moment a contact's time means, asked when the clocks changed around it.

The date field cannot tell the two 01:30s of the night the clocks go back apart (it takes
the first without a word), so Save asks the owner in one line and stores the reading they
choose. A time the clocks skipped, which the field can hold only when its zone is not the
laptop's, is offered as the time it most likely means."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox, QWidget

from app.core.clock_changes import ClockChange, clock_change
from ui.log.contact_form import ContactForm, shown_wall


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


def field_moment(
    parent: QWidget | None, edit: QDateTimeEdit, opened_at: datetime | None = None
) -> datetime | None:
    """The moment a date field in this computer's zone names. When the clocks changed around
    its time the owner is asked, as in Log a contact; None when they went back to the form.
    `opened_at`, the moment the field was filled with, is taken as it is while the field
    still shows it: the owner did not type it, so it is never asked about."""
    wall = shown_wall(edit)
    if opened_at is not None and opened_at.astimezone().replace(tzinfo=None) == wall:
        return opened_at.astimezone()
    change = clock_change(wall)
    if change is None:
        return wall.astimezone()
    return ask_reading(parent, change)
