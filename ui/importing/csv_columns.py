"""The column-mapping step for a helpdesk CSV export: guessed columns, a preview of the
contacts they make, and the mapping remembered for the next export with the same columns."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.importing.helpdesk_csv import FIELDS, ColumnMapping, guess_mapping, preview, read_table
from app.services import Services
from ui.shell.dates import shown_when
from ui.shell.plain_text import plain_label
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, show_in_tone

NONE = "(none)"
PREVIEW_ROWS = 5
PREVIEW_COLUMNS = ("When", "From", "Subject", "Message")


class CsvMappingDialog(QDialog):
    """`mapping()` after accept; the mapping is remembered when the box is ticked."""

    def __init__(self, services: Services, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._path = path
        self.table = read_table(path)
        self.setWindowTitle(f"Columns of {os.path.basename(path)}")
        remembered = services.imports.remembered_mapping(self.table.signature)
        start = remembered or guess_mapping(self.table.headers)
        intro = QLabel(
            "Steady remembered how you read this export last time. Check the preview."
            if remembered
            else "Steady guessed which column is which. Check the preview and correct any "
            "column that is wrong."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for key, (title, _) in FIELDS.items():
            box = QComboBox()
            box.addItem(NONE, "")
            for header in self.table.headers:
                box.addItem(header, header)
            index = box.findData(start.column(key))
            box.setCurrentIndex(max(index, 0))
            box.currentIndexChanged.connect(self._refresh)
            self.choices[key] = box
            form.addRow(f"{title}:", box)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview.setHorizontalHeaderLabels(PREVIEW_COLUMNS)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAccessibleName("Preview of the first contacts")
        # Read-only: Tab moves on to the checkbox and buttons instead of from cell to cell.
        self.preview.setTabKeyNavigation(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problem = plain_label()
        show_in_tone(self.problem, Tone.DANGER)
        self.remember = QCheckBox("Remember these columns for the next export like this one")
        self.remember.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(f"The first {PREVIEW_ROWS} contacts as they will be logged:"))
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 560)
        self._refresh()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(
            {key: box.currentData() for key, box in self.choices.items() if box.currentData()}
        )

    def _refresh(self) -> None:
        mapping = self.mapping()
        missing = mapping.missing()
        self.problem.setText("Choose the column for: " + ", ".join(missing) if missing else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        try:
            rows = preview(self._path, self.table, mapping, PREVIEW_ROWS)
        except (SteadyError, OSError) as error:
            self.problem.setText(str(error))
            rows = []
        self.preview.setRowCount(len(rows))
        for row, found in enumerate(rows):
            values = (
                shown_when(found.occurred_at) if found.occurred_at else "(no time)",
                found.sender_address or found.sender_name,
                found.subject,
                found.text.replace("\n", " ")[:200],
            )
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))

    def accept(self) -> None:
        if self.remember.isChecked():
            self._services.imports.remember_mapping(self.table.signature, self.mapping())
        super().accept()
