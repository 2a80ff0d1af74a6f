"""When a customer agreed to a policy: a field that starts with no date, so an agreement is
never recorded as made the moment it was typed in (a false date in every later packet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ui.shell.dates import date_time_format

# Far enough back that no agreement is recorded at it: it stands for "not chosen yet".
_NOT_CHOSEN = QDateTime(dt.datetime(1900, 1, 1))
NOT_CHOSEN_TEXT = "Choose when they agreed…"


class AgreementDateEdit(QDateTimeEdit):
    """Shows "Choose when they agreed…" until the owner opens or enters it; it then starts
    at `start` (the customer's first day in the log), for them to set to the real date."""

    def __init__(self, start: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = QDateTime(start.astimezone().replace(tzinfo=None))
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

    def _begin(self) -> None:
        if self.dateTime() == _NOT_CHOSEN:
            self.setDateTime(self._start)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._begin()  # the calendar opens on the customer's days, not in 1900
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() in (
            event.reason().TabFocusReason,
            event.reason().BacktabFocusReason,
        ):
            self._begin()
        super().focusInEvent(event)
