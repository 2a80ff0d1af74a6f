"""Date and date-and-time fields that Tab leaves, as every other field does.

Qt's own date fields take Tab to walk their parts (day, month, year, hour, minute), so an
owner who tabs on to the next field types its words into the date instead: a reference's
digits become the day an action was taken, and the date a packet prints is false. In these
fields Tab and Shift+Tab move on; the parts are walked with Left and Right (or the arrows
change the part the cursor is in), as Qt also allows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateTimeField(QDateTimeEdit):
    """A QDateTimeEdit that Tab and Shift+Tab leave."""

    def focusNextPrevChild(self, next: bool) -> bool:
        # QWidget's, past QDateTimeEdit's own that moves between the parts of the date.
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    """A QDateEdit that Tab and Shift+Tab leave."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
