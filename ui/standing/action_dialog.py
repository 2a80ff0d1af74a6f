"""Log something the business did: the form asks what that kind of action needs (a police
report's officer, badge, station and number; a platform's ticket number; a refund's amount)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CustomerStatus
from app.core.errors import SteadyError
from app.services import Services
from app.standing.action_records import Action, ActionKind
from app.standing.actions import MONEY_KINDS, POLICE_FIELDS, REFERENCE_LABELS
from ui.log.clock_question import field_moment
from ui.log.contact_drafts import ACTION
from ui.log.typing_drafts import keep_typing
from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format
from ui.shell.messages import may_discard
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_in_tone

RECORDS_ONLY = {
    ActionKind.POLICE_REPORT: (
        "Steady does not contact the police. Report the threat yourself — call your emergency "
        "number if anyone is in danger, else your local police — then record here the report "
        "you made: its number and who took it."
    ),
    ActionKind.PLATFORM_REPORT: (
        "Steady does not contact the platform. Report the post on the platform yourself, then "
        "record here the report you made and its ticket number."
    ),
}


# Whether the words typed here reach a packet's reader, said where they are typed.
NOTE_HINTS = {
    "action": "What was done. Printed in packets under Actions taken",
    "note": "For yourself: a note is not printed in packets unless you choose to",
}


class ActionDialog(QDialog):
    """Log one action for a customer. `kind` fixes the kind (a next-step button); else choose.
    With `corrects`, the form opens on that action to correct it: saving logs a new action
    that names it (the original stays as it was saved)."""

    action_logged = Signal(int)

    def __init__(
        self,
        services: Services,
        customer_id: int,
        kind: ActionKind | None = None,
        *,
        title: str = "",
        contact_id: int | None = None,
        corrects: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        self._contact_id = contact_id
        self._corrects = corrects
        self.action_id: int | None = None
        customer = services.customers.get(customer_id)
        name = customer.name
        original = services.actions.get(corrects) if corrects is not None else None
        if original is not None:
            kind = original.kind
            title = title or f"Correct an action — {name}"
        self.setWindowTitle(title or f"Log an action — {name}")
        self.setMinimumWidth(460)

        self.kind_box = QComboBox()
        for each in ActionKind:
            self.kind_box.addItem(each.label, each.value)
        if kind is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
            self.kind_box.setEnabled(False)
        # The services' clock, so "now" is the same moment everywhere in Steady.
        self._opened_at = services.clock().astimezone().replace(second=0, microsecond=0)
        self.when_edit = DateTimeField(QDateTime(self._opened_at.replace(tzinfo=None)))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_time_format())
        self.by_edit = QLineEdit(services.settings.text("owner_name"))
        self.reference_edit = QLineEdit()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("e.g. 19.95")
        self.officer_edit, self.badge_edit, self.station_edit = (QLineEdit() for _ in range(3))
        self.platform_edit = QLineEdit()
        # "Status changed" corrects a status (a next-step button clicked by mistake): the new
        # one is chosen here, in the words the status chip uses.
        self.status_box = QComboBox()
        for status in CustomerStatus:
            self.status_box.addItem(status.label, status.value)
        self.status_box.setCurrentIndex(self.status_box.findData(customer.status.value))
        self.platform_edit.setPlaceholderText("e.g. X, Facebook, ReviewHub")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(NOTE_HINTS["action"])
        self.note_edit.setFixedHeight(70)
        self.note_edit.setTabChangesFocus(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("e.g. wrong date: blocked on the 27th, not the 1st")
        self.correction_note = QLabel(
            "Change what was wrong and say why. The correction is logged as a new action; the "
            "action as first saved stays in the record, marked as corrected."
        )
        self.correction_note.setWordWrap(True)
        self.correction_note.setVisible(original is not None)
        # Steady records what the owner did; it never files a report itself. Said where it
        # could be mistaken for doing so.
        self.records_only = QLabel()
        self.records_only.setObjectName("records_only")
        self.records_only.setWordWrap(True)
        self.error_label = plain_label()
        show_in_tone(self.error_label, Tone.DANGER)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.form = QFormLayout()
        self.form.addRow("What:", self.kind_box)
        self.form.addRow("Why correct it:", self.reason_edit)
        self.form.setRowVisible(self.reason_edit, original is not None)
        self.form.addRow("When:", self.when_edit)
        self.form.addRow("By:", self.by_edit)
        self.form.addRow("Reference:", self.reference_edit)
        self.form.addRow("Amount:", self.amount_edit)
        police_edits = (self.officer_edit, self.badge_edit, self.station_edit)
        for (_, label), edit in zip(POLICE_FIELDS, police_edits, strict=True):
            self.form.addRow(f"{label}:", edit)
        self.form.addRow("Platform:", self.platform_edit)
        self.form.addRow("New status:", self.status_box)
        self.form.addRow("Note:", self.note_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if original is not None:
            buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save the correction")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.correction_note)
        layout.addWidget(self.records_only)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind_box.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        if original is not None:
            self._fill_from(original)
        self._typed_at_start = self._typed()
        # Offered back after a crash; a correction's words are not a new action to offer back.
        self.kept = keep_typing(self, ACTION, customer_id) if original is None else None

    def _fill_from(self, original: Action) -> None:
        """The action as it was saved, for the owner to change what was wrong."""
        self._opened_at = original.occurred_at.astimezone()
        self.when_edit.setDateTime(QDateTime(self._opened_at.replace(tzinfo=None)))
        self.by_edit.setText(original.by)
        self.reference_edit.setText(original.reference)
        amount = original.amount
        self.amount_edit.setText("" if amount is None else str(amount))
        police_edits = (self.officer_edit, self.badge_edit, self.station_edit)
        for (key, _), edit in zip(POLICE_FIELDS, police_edits, strict=True):
            edit.setText(original.details.get(key, ""))
        self.platform_edit.setText(original.details.get("platform", ""))
        status = original.details.get("status")
        if status:
            self.status_box.setCurrentIndex(self.status_box.findData(status))
        self.note_edit.setPlainText(original.note)
        self.reason_edit.setFocus()

    def _typed(self) -> tuple[str, ...]:
        edits = (
            self.by_edit,
            self.reference_edit,
            self.amount_edit,
            self.officer_edit,
            self.badge_edit,
            self.station_edit,
            self.platform_edit,
        )
        return (
            *(edit.text() for edit in edits),
            self.note_edit.toPlainText(),
            self.reason_edit.text(),
        )

    def reject(self) -> None:
        if self._typed() != self._typed_at_start and not may_discard(self, "this action"):
            return
        super().reject()

    def kind(self) -> ActionKind:
        return ActionKind(self.kind_box.currentData())

    def _show_fields(self) -> None:
        kind = self.kind()
        police = kind is ActionKind.POLICE_REPORT
        self.form.setRowVisible(self.reference_edit, True)
        label = self.form.labelForField(self.reference_edit)
        if isinstance(label, QLabel):
            label.setText(REFERENCE_LABELS.get(kind, "Reference") + ":")
        self.form.setRowVisible(self.amount_edit, kind in MONEY_KINDS)
        for edit in (self.officer_edit, self.badge_edit, self.station_edit):
            self.form.setRowVisible(edit, police)
        self.form.setRowVisible(self.platform_edit, kind is ActionKind.PLATFORM_REPORT)
        self.form.setRowVisible(self.status_box, kind is ActionKind.STATUS_CHANGE)
        self.note_edit.setPlaceholderText(
            NOTE_HINTS["note" if kind is ActionKind.NOTE else "action"]
        )
        self.records_only.setText(RECORDS_ONLY.get(kind, ""))
        self.records_only.setVisible(kind in RECORDS_ONLY)
        self.adjustSize()

    def _when(self) -> datetime | None:
        """The moment the field names; in the hour the clocks go back the owner is asked which
        (None: they went back to the form). The time it opened with is taken as it is."""
        return field_moment(self, self.when_edit, self._opened_at)

    def save(self) -> None:
        kind = self.kind()
        details = {}
        if kind is ActionKind.POLICE_REPORT:
            details = {
                "officer": self.officer_edit.text(),
                "badge": self.badge_edit.text(),
                "station": self.station_edit.text(),
            }
        elif kind is ActionKind.PLATFORM_REPORT:
            details = {"platform": self.platform_edit.text()}
        elif kind is ActionKind.STATUS_CHANGE:
            details = {"status": str(self.status_box.currentData())}
        occurred_at = self._when()
        if occurred_at is None:
            self.when_edit.setFocus()
            return
        by, reference, note = (
            self.by_edit.text(),
            self.reference_edit.text(),
            self.note_edit.toPlainText(),
        )
        amount = self.amount_edit.text() if kind in MONEY_KINDS else None
        actions = self._services.actions
        try:
            if self._corrects is not None:
                self.action_id = actions.correct(
                    self._corrects,
                    self.reason_edit.text(),
                    occurred_at=occurred_at,
                    by=by,
                    reference=reference,
                    amount=amount,
                    note=note,
                    details=details,
                )
            else:
                self.action_id = actions.log(
                    self._customer_id,
                    kind,
                    occurred_at=occurred_at,
                    by=by,
                    reference=reference,
                    amount=amount,
                    note=note,
                    contact_id=self._contact_id,
                    details=details,
                )
        except SteadyError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.action_logged.emit(self.action_id)
        self.accept()
