"""The blocking checklist: one row per place to block, ticked with who, why, the platform's
reference and a date to check again. Unticking records why the block no longer holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.services import Services
from app.standing.blocking import ChecklistItem, ChecklistState
from ui.shell.date_fields import DateField
from ui.shell.dates import date_format, shown_when
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_in_tone, tone_colours
from ui.shell.visible_ticks import keep_ticks_visible

COLUMNS = ("Block", "When", "By", "Reference", "Check again", "Why / note")
CHECK_AGAIN_DAYS = 30


class BlockDialog(QDialog):
    """Details for ticking (or unticking) one checklist item."""

    def __init__(
        self, item: ChecklistItem, *, undo: bool, owner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.undo = undo
        self.setWindowTitle(("No longer blocked: " if undo else "Blocked: ") + item.label)
        self.by_edit = QLineEdit(owner)
        self.why_edit = QLineEdit()
        self.why_edit.setPlaceholderText(
            "e.g. account deleted" if undo else "e.g. 23 posts in an hour after a warning"
        )
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText("the platform's report or ticket number")
        self.note_edit = QLineEdit()
        self.check_box = QCheckBox("Check it still holds on")
        self.check_box.setChecked(True)
        self.check_edit = DateField(QDate.currentDate().addDays(CHECK_AGAIN_DAYS))
        self.check_edit.setCalendarPopup(True)
        self.check_edit.setDisplayFormat(date_format())
        self.check_box.toggled.connect(self.check_edit.setEnabled)
        self.error_label = plain_label()
        show_in_tone(self.error_label, Tone.DANGER)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow("By:", self.by_edit)
        form.addRow("Why:", self.why_edit)
        if not undo:
            form.addRow("Reference:", self.reference_edit)
            form.addRow("Note:", self.note_edit)
            form.addRow(self.check_box, self.check_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def check_again(self) -> date | None:
        if self.undo or not self.check_box.isChecked():
            return None
        return self.check_edit.date().toPython()  # type: ignore[return-value]

    def _on_save(self) -> None:
        if self.undo and not self.why_edit.text().strip():
            self.error_label.setText("Say why the block no longer holds; the record keeps both.")
            self.error_label.show()
            return
        self.accept()


class BlockingChecklistWidget(QWidget):
    """One customer's checklist; follows `show_customer`. Emits `action_logged` per change."""

    action_logged = Signal(int)

    def __init__(
        self, services: Services, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._customer_id: int | None = None
        self.states: list[ChecklistState] = []
        self.dialog: BlockDialog | None = None
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        keep_ticks_visible(self.table)
        self.table.setAccessibleName("Blocking checklist")
        # Tab leaves the table, as in every other list: the log after it is reached by keys.
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 250)
        self.table.itemChanged.connect(self._on_table_item_changed)
        hint = QLabel(
            "Tick a place once the customer is blocked there. Change the list in "
            "Settings → Blocking checklist."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.show_customer(customer_id)

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        self.states = (
            self._services.blocking.states(self._customer_id)
            if self._customer_id is not None
            else []
        )
        today = self._services.clock().astimezone().date()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.states))
        for row, state in enumerate(self.states):
            check = QTableWidgetItem(state.item.label)
            check.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Checked if state.done else Qt.CheckState.Unchecked)
            again = state.check_again.isoformat() if state.done and state.check_again else ""
            cells = [
                check,
                QTableWidgetItem(shown_when(state.when) if state.when else ""),
                QTableWidgetItem(state.by),
                QTableWidgetItem(state.reference if state.done else ""),
                QTableWidgetItem(again + (" — check now" if state.check_due(today) else "")),
                QTableWidgetItem(" · ".join(p for p in (state.why, state.note) if p)),
            ]
            if state.check_due(today):
                cells[4].setForeground(tone_colours(Tone.DANGER).text)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        done = sum(state.done for state in self.states)
        due = sum(state.check_due(today) for state in self.states)
        self.summary.setText(
            f"Blocked in {done} of {len(self.states)} places."
            + (f" {due} to check again now." if due else "")
        )

    def is_ticked(self, row: int) -> bool:
        return self.table.item(row, 0).checkState() == Qt.CheckState.Checked

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0 or self._customer_id is None:
            return
        state = self.states[cell.row()]
        undo = cell.checkState() != Qt.CheckState.Checked
        if undo == (not state.done):
            return
        self.dialog = BlockDialog(
            state.item, undo=undo, owner=self._services.settings.text("owner_name"), parent=self
        )
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.rejected.connect(self.refresh)  # put the tick back as it was
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        assert dialog is not None and self._customer_id is not None
        try:
            if dialog.undo:
                action_id = self._services.blocking.untick(
                    self._customer_id,
                    dialog.item.key,
                    why=dialog.why_edit.text(),
                    by=dialog.by_edit.text(),
                )
            else:
                action_id = self._services.blocking.tick(
                    self._customer_id,
                    dialog.item.key,
                    by=dialog.by_edit.text(),
                    why=dialog.why_edit.text(),
                    reference=dialog.reference_edit.text(),
                    note=dialog.note_edit.text(),
                    check_again=dialog.check_again(),
                )
        except SteadyError as error:
            self.summary.setText(str(error))
            return
        self.refresh()
        self.action_logged.emit(action_id)
