"""When a customer agreed to a policy: a field that starts with no date, so an agreement is
never recorded as made the moment it was typed in (a false date in every later packet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format

# Far enough back that no agreement is recorded at it: it stands for "not chosen yet".
_NOT_CHOSEN = QDateTime(dt.datetime(1900, 1, 1))
NOT_CHOSEN_TEXT = "Choose when they agreed…"


class AgreementDateEdit(DateTimeField):
    """Shows "Choose when they agreed…" until the owner types a date or chooses one (arrow
    keys, the wheel, the calendar); it then starts at `start` (the customer's first day in the
    log), for them to set to the real date. Passing through it (Tab, a click) changes nothing:
    a date that merely appeared would be recorded as when they agreed."""

    def __init__(self, start: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = QDateTime(start.astimezone().replace(tzinfo=None))
        self._pressed = False
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_time_format())
        self.setMinimumDateTime(_NOT_CHOSEN)
        self.setSpecialValueText(NOT_CHOSEN_TEXT)
        self.clear_choice()

    def clear_choice(self) -> None:
        self.setDateTime(_NOT_CHOSEN)

    def chosen(self) -> dt.datetime | None:
        """The moment chosen, in this computer's zone; None while none was."""
        if self.dateTime() == _NOT_CHOSEN:
            return None
        moment: dt.datetime = self.dateTime().toPython()  # type: ignore[assignment]
        return moment.astimezone()

    def _begin(self) -> bool:
        """Start at the customer's first day; False if a date was chosen already."""
        if self.dateTime() != _NOT_CHOSEN:
            return False
        self.setDateTime(self._start)
        return True

    def _calendar_on_start(self) -> None:
        # The calendar opens on the customer's days, not in 1900; only a day clicked in it
        # sets the date.
        if self.dateTime() == _NOT_CHOSEN and self.calendarWidget().isVisible():
            self.calendarWidget().setCurrentPage(
                self._start.date().year(), self._start.date().month()
            )

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.dateTime() == _NOT_CHOSEN:  # either arrow starts at the customer's first day
            return (
                QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        if self._pressed and self.dateTime() == _NOT_CHOSEN:
            return  # a press on the field's frame counts as a step down in Qt: not a choice
        if not self._begin():  # the first step shows the customer's first day
            super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text()[:1].isdigit() and self._begin():
            # Typed over the first part of the date, as it reads, part after part.
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = True
        try:
            super().mousePressEvent(event)
        finally:
            self._pressed = False
        self._calendar_on_start()
