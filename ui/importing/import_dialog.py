"""The batch import window: asks what it must (image facts, CSV columns), imports on a worker
thread with progress and Cancel, asks whose messages no customer matched, and ends with
"imported N, skipped M already there, failed K", each failure's file and reason, and the
suggested categories for the owner to confirm or clear."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.importing.batch_report import ImportOptions, ImportReport, ItemRef, Progress, Unmatched
from app.importing.files import kind_of
from app.importing.helpdesk_csv import ColumnMapping
from app.importing.images import ImageDetails
from app.importing.post_details import warning_text
from app.services import Services
from ui.importing.csv_columns import CsvMappingDialog
from ui.importing.customer_choice import CustomerPickerDialog
from ui.importing.import_worker import ImportWorker
from ui.importing.result_columns import fit_what_column
from ui.importing.screenshot_facts import ScreenshotDetailsDialog
from ui.importing.sent_question import ask_whose, confirm_ticked
from ui.shell.plain_text import plain_label, plain_tooltip
from ui.shell.screen_fit import fit_to_screen
from ui.shell.visible_ticks import keep_ticks_visible

ROLE_SUGGESTION = Qt.ItemDataRole.UserRole + 1


def qt_image_extensions() -> frozenset[str]:
    return frozenset("." + bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())


def _row(group: QTreeWidgetItem, what: str, details: str) -> QTreeWidgetItem:
    """A result line; the whole reason shows on hover when the column cuts it short."""
    row = QTreeWidgetItem(group, [what, details])
    row.setToolTip(0, plain_tooltip(what))
    row.setToolTip(1, plain_tooltip(details))
    return row


class ImportDialog(QDialog):
    """`ImportDialog(services, paths, customer_id=None, parent=None)`, then `.start()`.

    `finished_import(report)` is emitted once everything, customer questions included, is
    done; `contacts_imported(ids)` carries the new contacts for the timeline to show.
    """

    finished_import = Signal(object)  # ImportReport
    contacts_imported = Signal(list)  # list[int]

    def __init__(
        self,
        services: Services,
        paths: list[str],
        customer_id: int | None = None,
        parent: QWidget | None = None,
        pasted_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._paths = [os.path.abspath(path) for path in paths]
        self._customer_id = customer_id
        self._pasted_text = pasted_text
        self._options = ImportOptions(
            customer_id=customer_id,
            ask_about_senders=True,
            image_extensions=qt_image_extensions(),
        )
        self._report = ImportReport()
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._asked_customers = False
        self.is_done = False
        self.setWindowTitle("Import evidence")
        files = len(self._paths)
        self.heading = QLabel(f"Importing {files} file{'' if files == 1 else 's'}…")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = plain_label()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.results = QTreeWidget()
        keep_ticks_visible(self.results)
        self.results.setHeaderLabels(["What", "Details"])
        self.results.setAccessibleName("What was imported")
        self.results.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.done_button = QPushButton("Done")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.done_button.hide()
        # With suggested categories to look at, Enter closes the window leaving them waiting:
        # Done records every ticked one as the owner's review, which packets then say.
        self.later_button = QPushButton("Review later")
        self.later_button.setToolTip(
            "Close: the suggested categories wait, marked not reviewed, in each contact's view"
        )
        self.later_button.clicked.connect(self.reject)
        self.later_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 960, 520)  # a subject, its category and what to do next, whole

    # --- questions asked before and after the batch (tests replace these) ------------------

    def ask_image_details(self, path: str) -> ImageDetails | None:
        dialog = ScreenshotDetailsDialog(path, self)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_csv_mapping(self, path: str) -> ColumnMapping | None:
        try:
            dialog = CsvMappingDialog(self._services, path, self)
        except SteadyError:
            return None  # the batch reports why the file cannot be read
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_customer(self, items: list[Unmatched]) -> int | None:
        dialog = CustomerPickerDialog(self._services, items, self)
        return dialog.customer_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        self.show()
        if self._pasted_text:
            self._import_pasted()
            return
        paths = []
        for path in self._paths:
            kind = kind_of(path, self._options.image_extensions)
            if kind == "image":
                details = self.ask_image_details(path)
                if details is None:
                    continue
                self._options.image_details[path] = details
            elif kind == "csv":
                mapping = self.ask_csv_mapping(path)
                if mapping is not None:
                    self._options.csv_mappings[path] = mapping
            paths.append(path)
        if not paths:
            self._finish()
            return
        self._launch(paths, self._options)

    def _import_pasted(self) -> None:
        customer_id, ask = self._services.imports.whose_pasted(self._pasted_text, self._customer_id)
        if ask is not None:
            customer_id = self.ask_customer([ask])
        if customer_id is not None:
            try:
                self._report = self._services.imports.import_pasted(customer_id, self._pasted_text)
            except SteadyError as error:
                self.status.setText(str(error))
        self._finish()

    def _launch(self, paths: list[str], options: ImportOptions) -> None:
        self._thread = QThread(self)
        self._worker = ImportWorker(self._services.reopen, paths, options)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished_batch.connect(self._on_worker_finished_batch)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
            self._worker = None

    def _on_worker_progressed(self, step: Progress) -> None:
        if step.bytes_total:
            self.progress.setValue(int(1000 * step.bytes_done / step.bytes_total))
        self.status.setText(step.current)
        self.summary.setText(
            f"Imported {step.imported}, skipped {step.skipped} already there, "
            f"failed {step.failed} so far."
        )

    def _on_worker_failed(self, message: str) -> None:
        self._stop_thread()
        self.status.setText(message)
        self._finish()

    def _on_worker_finished_batch(self, report: ImportReport) -> None:
        self._stop_thread()
        self._report.merge(report)
        if report.unmatched and not report.cancelled and not self._asked_customers:
            self._asked_customers = True
            picks = self._ask_customers(report.unmatched)
            if picks:
                options = replace(self._options, only=frozenset(picks), item_customers=picks)
                self.heading.setText("Importing the messages you assigned…")
                self._launch(sorted({ref.path for ref in picks}), options)
                return
        self._finish()

    def _ask_customers(self, unmatched: list[Unmatched]) -> dict[ItemRef, int]:
        groups: dict[str, list[Unmatched]] = {}
        for item in unmatched:
            groups.setdefault(item.key or f"\0{item.ref}", []).append(item)
        picks: dict[ItemRef, int] = {}
        for items in groups.values():
            customer_id = self.ask_customer(items)
            if customer_id is not None:
                picks.update({item.ref: customer_id for item in items})
        return picks

    # --- the end ---------------------------------------------------------------------------

    def _finish(self) -> None:
        report = self._report
        self.is_done = True
        self.progress.setValue(1000)
        self.heading.setText("Import finished" if not report.cancelled else "Import cancelled")
        self.summary.setText(report.summary())
        if report.stopped:
            self.status.setText(report.stopped)
        elif not self.status.text().startswith(("The ", "Steady")):
            self.status.setText("")
        self._show_results(report)
        self.cancel_button.hide()
        self.done_button.show()
        suggestion = self._first_suggestion_row()
        self.later_button.setVisible(suggestion is not None)
        self.later_button.setDefault(suggestion is not None)
        self.done_button.setDefault(suggestion is None)
        if suggestion is None:
            self.done_button.setFocus()
        else:  # on the first tick, for Space to untick it and Down to read on
            self.results.setCurrentItem(suggestion)
            self.results.setFocus()
        self.contacts_imported.emit([item.contact_id for item in report.imported])
        self.finished_import.emit(report)

    def _show_results(self, report: ImportReport) -> None:
        self.results.clear()
        if report.notes:
            group = QTreeWidgetItem(self.results, ["About the files", ""])
            for note in report.notes:
                _row(group, note.source, note.text)
            group.setExpanded(True)
        if report.failed:
            group = QTreeWidgetItem(self.results, [f"Failed ({len(report.failed)})", ""])
            for failure in report.failed:
                _row(group, failure.source, failure.reason)
            group.setExpanded(True)
        ask_whose(self.results, report)
        suggested = [item for item in report.imported if item.suggestions]
        if suggested:
            group = QTreeWidgetItem(
                self.results,
                [
                    "Suggested categories",
                    "Untick any that is wrong, then press Done (or review them later in "
                    "each contact's view)",
                ],
            )
            for item in suggested:
                for suggestion in item.suggestions:
                    row = QTreeWidgetItem(
                        group,
                        [
                            f"{item.label} — {suggestion.category.label}",
                            "because of " + suggestion.described_words,
                        ],
                    )
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setCheckState(0, Qt.CheckState.Checked)
                    row.setData(0, ROLE_SUGGESTION, (item.contact_id, suggestion.category))
            group.setExpanded(True)
        if report.imported:
            group = QTreeWidgetItem(self.results, [f"Imported ({len(report.imported)})", ""])
            for item in report.imported:
                notes = list(item.warnings)
                if item.missing_post_details:
                    notes.append(warning_text(list(item.missing_post_details)))
                _row(group, item.label, " ".join(notes) or item.source)
            group.setExpanded(len(report.imported) <= 50)
        if report.skipped:
            group = QTreeWidgetItem(
                self.results, [f"Skipped, already there ({len(report.skipped)})", ""]
            )
            for source in report.skipped:
                QTreeWidgetItem(group, [source, ""])
        if report.unmatched:
            group = QTreeWidgetItem(
                self.results, [f"Not imported: no customer chosen ({len(report.unmatched)})", ""]
            )
            for unmatched in report.unmatched:
                QTreeWidgetItem(group, [unmatched.source, unmatched.key])
        if report.left_out:
            group = QTreeWidgetItem(
                self.results, [f"Left out, not evidence ({len(report.left_out)})", ""]
            )
            for left in report.left_out:
                _row(group, left.source, left.reason)
        self.results.setVisible(self.results.topLevelItemCount() > 0)
        fit_what_column(self.results)

    def _first_suggestion_row(self) -> QTreeWidgetItem | None:
        for index in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(index)
            row = group.child(0) if group is not None and group.childCount() else None
            if row is not None and row.data(0, ROLE_SUGGESTION):
                return row
        return None

    def decided_suggestions(self) -> dict[int, set]:
        """Per contact, the suggested categories the owner left ticked."""
        keep: dict[int, set] = {}
        root = self.results.invisibleRootItem()
        for index in range(root.childCount()):
            group = root.child(index)
            if group is None:
                continue
            for child_index in range(group.childCount()):
                row = group.child(child_index)
                if row is None:
                    continue
                data = row.data(0, ROLE_SUGGESTION)
                if not data:
                    continue
                contact_id, category = data
                kept = keep.setdefault(contact_id, set())
                if row.checkState(0) == Qt.CheckState.Checked:
                    kept.add(category)
        return keep

    def _on_done_button_clicked(self) -> None:
        try:
            # First: a message she sent has its threat suggestions cleared with it.
            confirm_ticked(self.results, self._services.imports)
        except SteadyError as error:
            self.status.setText(str(error))
            return
        if self._apply_ticks(self.decided_suggestions()):
            self.accept()

    def _apply_ticks(self, decided: dict[int, set]) -> bool:
        try:
            for contact_id, keep in decided.items():
                self._services.imports.suggestions.decide(contact_id, keep)
        except SteadyError as error:
            self.status.setText(str(error))
            return False
        return True

    def _unticked(self) -> dict[int, set]:
        """The contacts where the owner unticked a suggestion, with what they left ticked."""
        suggested: dict[int, set] = {}
        for item in self._report.imported:
            suggested[item.contact_id] = {s.category for s in item.suggestions}
        return {
            contact_id: keep
            for contact_id, keep in self.decided_suggestions().items()
            if keep != suggested.get(contact_id, keep)
        }

    def _on_cancel_button_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText("Cancelling after the message being saved now…")
        else:
            self.reject()

    def reject(self) -> None:
        if self._worker is not None:
            self._on_cancel_button_clicked()
            return
        # Escape or the window's close button after unticking a suggestion: the owner saw the
        # category rejected on screen, so the log must not keep it behind their back.
        if self.is_done and not self._apply_ticks(self._unticked()):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._stop_thread()
        super().closeEvent(event)
