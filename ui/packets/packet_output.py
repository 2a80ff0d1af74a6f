"""What the owner does with a drawn packet: save it, print it, open it, export the evidence
bundle, and the letters; each one logged as handed on.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from app.core.errors import SteadyError
from app.core.paths import private_temporary_folder
from app.packets.bundle import build_bundle
from app.packets.bundle_warning import bundle_warning
from app.packets.data import PacketData
from app.packets.handing_notes import unrecorded_note
from app.packets.making import default_filename, log_packet, write_file
from app.packets.pictures import OPTION
from app.packets.redaction import pictures_warning
from ui.packets.letters import LettersDialog
from ui.packets.packet_worker import LettersWorker
from ui.packets.printing import print_pdf


class PacketOutput:
    """What the owner does with a drawn packet: save it, print it, open it, export the evidence"""

    def _log(self, how: str) -> str:
        """How the owner is told what became of the record: "and logged it", or why not."""
        assert self.made is not None
        try:
            log_packet(self.services, self.made, how)
        except SteadyError as error:
            QMessageBox.warning(self, "Not logged", str(error))
            return "; it was not logged"
        return f"; {note}" if (note := unrecorded_note(self.services)) else " and logged it"

    def _pictures_accepted(self, doing: str) -> bool:
        """A redacted packet prints its screenshots as received: the owner is asked before
        such a copy leaves Steady, not left to believe all of it is redacted."""
        assert self.made is not None
        pictures = pictures_warning(self.made.data)
        if not pictures:
            return True
        answer = QMessageBox.question(
            self,
            "Pictures are not redacted",
            f"{pictures}\n\nA name or a handle shown in a screenshot is printed as it is. To "
            f"list the pictures by file name, size and SHA-256 instead, tick “{OPTION}” on "
            f"the Redactions tab and preview again.\n\n{doing} this copy anyway?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_pdf(self) -> None:
        if self.made is None or not self._pictures_accepted("Save"):
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save packet",
            default_filename(self.made.data, "pdf"),
            "PDF documents (*.pdf)",
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self._write(path, self.made.pdf.data):
            logged = self._log("saved")
            self.status.setText(f"Saved {path}{logged} (SHA-256 {self.made.pdf.sha256}).")
            self.packet_saved.emit(path)

    def export_bundle(self) -> None:
        if self.made is None:
            return
        if warning := _bundle_warning(self.made.data):
            answer = QMessageBox.question(self, "Originals are not redacted", warning)
            if answer != QMessageBox.StandardButton.Yes:
                return
        elif not self._pictures_accepted("Export"):
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export evidence bundle",
            default_filename(self.made.data, "zip"),
            "Zip archives (*.zip)",
        )
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bundle = build_bundle(
                self.made.data, self.made.pdf.data, default_filename(self.made.data, "pdf")
            )
        finally:
            QApplication.restoreOverrideCursor()
        if self._write(path, bundle):
            self._log("exported in a bundle")
            self.status.setText(
                f"Exported {path}: the packet, {len(self.made.data.exhibits)} originals and the manifest."
            )
            self.packet_saved.emit(path)

    def print_packet(self) -> None:
        if self.made is None or not self._pictures_accepted("Print"):
            return
        if print_pdf(self.document, self):
            logged = self._log("printed")
            self.status.setText(f"Sent to the printer{logged}.")

    def open_in_viewer(self) -> None:
        if self.made is None:
            return
        folder = private_temporary_folder("packet-")
        path = os.path.join(folder, default_filename(self.made.data, "pdf"))
        if self._write(path, self.made.pdf.data):
            self._log("opened in a viewer")
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _write(self, path: str, data: bytes) -> bool:
        try:
            write_file(path, data)
        except SteadyError as error:
            QMessageBox.warning(self, "Not saved", str(error))
            return False
        return True

    def _on_letters_clicked(self) -> None:
        if self.made is None or self._worker is not None:
            return
        if not self.made.data.redactions:
            self._show_letters(self.made.data)
            return
        # The platform needs what the packet's reader must not see: the log is read again in
        # full, on a worker's connection, as the packet was.
        self._status_before_letters = self.status.text()
        self._letters_data: PacketData | None = None
        self.preview_button.setEnabled(False)
        self.letters_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText("Drafting the letters from the log in full…")
        worker = LettersWorker(self.services, self.customer_id, self.options())
        worker.progressed.connect(self._on_worker_progressed)
        worker.packet_made.connect(self._on_letters_data_read)
        worker.failed.connect(self._on_letters_failed)
        worker.cancelled.connect(self._on_letters_cancelled)
        worker.finished.connect(self._on_worker_finished)
        worker.finished.connect(self._on_letters_worker_finished)
        self._worker = worker
        worker.start()

    def _on_letters_data_read(self, data: PacketData) -> None:
        self.status.setText(self._status_before_letters)
        self._letters_data = data  # shown once the worker is done, not while it winds down

    def _on_letters_failed(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, "Letters not drafted", message)

    def _on_letters_cancelled(self) -> None:
        self.status.setText(self._status_before_letters)

    def _on_letters_worker_finished(self) -> None:
        self._set_ready(self.made is not None)
        data, self._letters_data = self._letters_data, None
        if data is not None:
            self._show_letters(data)

    def _show_letters(self, data: PacketData) -> None:
        assert self.made is not None
        LettersDialog(
            self.services, data, self, redacted_packet=bool(self.made.data.redactions)
        ).exec()


def _bundle_warning(data: PacketData) -> str:
    """What the owner must know before the originals leave Steady; "" when nothing."""
    warning = bundle_warning(data)
    return f"{warning} Export anyway?" if warning else ""
