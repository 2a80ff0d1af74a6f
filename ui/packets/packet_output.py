"""What the owner does with a drawn packet: save it, print it, open it, export the evidence
bundle, and the letters; each one logged as handed on.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from app.core.errors import SteadyError
from app.core.paths import private_temporary_folder
from app.packets.bundle import build_bundle
from app.packets.bundle_warning import bundle_warning
from app.packets.data import PacketData
from app.packets.handing_notes import unrecorded_note
from app.packets.making import default_filename, hand_on, write_file
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
        self.handed_on_options = self.drawn_options  # its words left Steady in the packet
        try:
            handed_on = hand_on(self.services, self.made, how)
        except SteadyError as error:
            QMessageBox.warning(self, "Not logged", str(error))
            return "; it was not logged"
        if handed_on.number_not_written:
            # Said where the packet leaves Steady: the owner may be about to restore a backup.
            QMessageBox.warning(self, "Number not written down", handed_on.number_not_written)
            return " and logged it, but its number was not written down beside the log"
        if note := unrecorded_note(self.services):
            return f"; {note}"
        if head := handed_on.head_not_written:
            return f" and logged it; {head[0].lower()}{head[1:].rstrip('.')}"
        return " and logged it"

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

    def _as_chosen(self, action: Callable[[], None], doing: str) -> bool:
        """True when the packet drawn is the one the choices describe. Otherwise the packet is
        drawn again first and `action` follows: a rule added, a kind or a contact changed
        after the preview must be in what leaves Steady, never the packet drawn before."""
        typed = self.redactions.text.text().strip()
        if typed:
            answer = _ask_to_add(self, typed, doing)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Yes:
                self.redactions.add_typed()
            else:
                self.redactions.text.clear()
        if self.drawn_as_chosen:
            return True
        self.preview(then=action)
        self.status.setText(f"Drawing the packet with your choices before you {doing} it…")
        return False

    def save_pdf(self) -> None:
        if not self._as_chosen(self.save_pdf, "save") or not self._pictures_accepted("Save"):
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
        if not self._as_chosen(self.export_bundle, "export"):
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
            logged = self._log("exported in a bundle")
            self.status.setText(
                f"Exported {path} (the packet, {len(self.made.data.exhibits)} originals and the "
                f"manifest){logged}."
            )
            self.packet_saved.emit(path)

    def print_packet(self) -> None:
        if not self._as_chosen(self.print_packet, "print") or not self._pictures_accepted("Print"):
            return
        if print_pdf(self.document, self):
            logged = self._log("printed")
            self.status.setText(f"Sent to the printer{logged}.")

    def open_in_viewer(self) -> None:
        if not self._as_chosen(self.open_in_viewer, "open"):
            return
        folder = private_temporary_folder("packet-")
        name = default_filename(self.made.data, "pdf")
        path = os.path.join(folder, name)
        if self._write(path, self.made.pdf.data):
            logged = self._log("opened in a viewer")
            # The copy sits in Steady's private temporary folder, which goes when Steady
            # closes: the owner knows the packet by its number and name, never by that folder.
            self.status.setText(
                f"Opened packet {self.made.data.number} ({name}) in your PDF viewer{logged}."
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _write(self, path: str, data: bytes) -> bool:
        try:
            write_file(path, data)
        except SteadyError as error:
            QMessageBox.warning(self, "Not saved", str(error))
            return False
        return True

    def _on_letters_clicked(self) -> None:
        if self._worker is not None or not self._as_chosen(
            self._on_letters_clicked, "write the letters from"
        ):
            return
        assert self.made is not None
        if not self.made.data.redactions:
            self._show_letters(self.made.data)
            return
        # The platform needs what the packet's reader must not see: the log is read again in
        # full, on a worker's connection, as the packet was.
        self._status_before_letters = self.status.text()
        self._letters_data: PacketData | None = None
        self.letters_button.setEnabled(False)
        self._start(
            LettersWorker(self.services, self.customer_id, self.options()),
            "Drafting the letters from the log in full…",
            made=self._on_letters_data_read,
            failed=self._on_letters_failed,
            cancelled=self._on_letters_cancelled,
            # One slot: each slot of a worker's signal is its own queued call, and the window
            # must never be seen with the worker gone but the buttons not yet given back.
            finished=self._on_letters_worker_finished,
        )

    def _on_letters_data_read(self, data: PacketData) -> None:
        self.status.setText(self._status_before_letters)
        self._letters_data = data  # shown once the worker is done, not while it winds down

    def _on_letters_failed(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, "Letters not drafted", message)

    def _on_letters_cancelled(self) -> None:
        self.status.setText(self._status_before_letters)

    def _on_letters_worker_finished(self) -> None:
        self._on_worker_finished()
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


def _ask_to_add(parent: QWidget, typed: str, doing: str) -> QMessageBox.StandardButton:
    """Yes (add it), No (leave it out) or Cancel, for words typed as a rule but not added."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Add the redaction?",
        f"“{typed}” is typed on the Redactions tab but not added to the list. Add it before "
        f"you {doing}?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the owner's words, never markup
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.exec()
    return box.standardButton(box.clickedButton())
