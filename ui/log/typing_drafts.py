"""What is typed into "Log an action" or a customer's details is kept on disk as a contact's
draft is: in the same drafts folder, about every second, offered back at the next start after a
crash or a power cut, and deleted once saved or deliberately discarded.

A police report's officer, badge, station and reference are the details hardest to get again.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QLineEdit, QPlainTextEdit

from ui.log.contact_drafts import ContactDrafts, Draft, DraftSlot

KEEP_MS = 1000
_Field = QLineEdit | QPlainTextEdit | QComboBox | QDateTimeEdit


def _fields(dialog: QDialog) -> dict[str, _Field]:
    """The dialog's own entry fields, by the names the dialog gives them."""
    found = {}
    for name, value in vars(dialog).items():
        if not name.startswith("_") and isinstance(value, _Field):
            found[name] = value
    return found


def _value(field: _Field) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return str(field.currentData())
    return field.dateTime().toString(Qt.DateFormat.ISODate)


def _put(field: _Field, value: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(value)
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(value)
    elif isinstance(field, QComboBox):
        index = field.findData(value)
        if index >= 0:
            field.setCurrentIndex(index)
    else:
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            field.setDateTime(moment)


def drafts_of(dialog: QDialog) -> ContactDrafts | None:
    """The drafts folder of the Steady window the dialog was opened from."""
    parent = dialog.parentWidget()
    drafts = getattr(parent.window(), "drafts", None) if parent is not None else None
    return drafts if isinstance(drafts, ContactDrafts) else None


class TypingKeeper(QObject):
    """Keeps one dialog's typing in its own draft file while the dialog is open."""

    def __init__(self, dialog: QDialog, drafts: ContactDrafts, kind: str, key: int) -> None:
        super().__init__(dialog)
        self._fields = _fields(dialog)
        self._at_start = self.values()
        self._written: dict[str, object] | None = None
        self.slot: DraftSlot | None = DraftSlot(drafts.folder, kind, key)
        self._drafts = drafts
        self._timer = QTimer(self, interval=KEEP_MS)
        self._timer.timeout.connect(self.keep)
        self._timer.start()
        # Saved, or closed after the owner said to discard: the draft has done its work.
        dialog.finished.connect(self.forget)

    def values(self) -> dict[str, object]:
        return {name: _value(field) for name, field in self._fields.items()}

    def keep(self) -> None:
        """Write what is typed now, if it changed; nothing typed leaves no draft."""
        if self.slot is None:
            return
        values = self.values()
        if values == self._written:
            return
        try:
            if values == self._at_start:
                self.slot.discard()
            else:
                self.slot.save(values, [])
        except OSError:
            return  # the next tick tries again; the typing is still on screen
        self._written = values

    def release(self) -> None:
        """Steady is closing with the dialog open: offered back at the next start."""
        self.keep()
        self._timer.stop()
        if self.slot is not None:
            self.slot.release()
            self.slot = None

    def forget(self) -> None:
        self._timer.stop()
        if self.slot is not None:
            self.slot.discard()
            self.slot = None

    def restore(self, draft: Draft) -> bool:
        """Put a kept draft back; this dialog then keeps writing to that draft's file."""
        taken = self._drafts.take(draft)
        if taken is None:
            return False  # open in another Steady window
        if self.slot is not None:
            self.slot.discard()
        self.slot = taken
        for name, value in draft.fields.items():
            field = self._fields.get(name)
            if field is not None and isinstance(value, str):
                _put(field, value)
        self._written = self.values()
        return True


def keep_typing(dialog: QDialog, kind: str, key: int) -> TypingKeeper | None:
    """Call once the dialog's fields are filled: what is shown then is not a draft."""
    drafts = drafts_of(dialog)
    return TypingKeeper(dialog, drafts, kind, key) if drafts is not None else None
