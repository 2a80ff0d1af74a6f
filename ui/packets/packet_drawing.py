"""Drawing the packet off the UI thread (PacketWorker), with progress and cancel, and showing
the drawn PDF in the dialog's preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.handing_notes import handing_notes
from app.packets.making import MadePacket
from app.packets.pictures import left_out_count
from app.packets.summary import plural
from ui.packets.packet_worker import PacketWorker


class PacketDrawing:
    """Drawing the packet and showing it: the preview half of the "Prepare packet" dialog."""

    # The choices the packet on show was drawn with, those of the drawing under way, and what
    # to do once it is drawn.
    drawn_options: PacketOptions | None = None
    _drawing: PacketOptions | None = None
    _then: Callable[[], None] | None = None

    def preview(self, then: Callable[[], None] | None = None) -> None:
        """Draw the packet with the choices as they are now; `then` runs once it is drawn
        (Save, Print or Export asked for while the drawn packet was not the one chosen)."""
        if self._worker is not None:
            # Preview (F5) pressed while Save waits for its drawing must not forget the save.
            self._then = then or self._then
            return
        self._then = then
        self._drawing = self.options()
        self._set_ready(False)
        self._start(
            PacketWorker(self.services, self.customer_id, self._drawing, self._standing_factory),
            "Drawing the packet…",
            made=self._on_worker_packet_made,
            failed=self._on_worker_failed,
            cancelled=self._on_worker_cancelled,
            finished=self._on_worker_finished,
        )

    def _start(
        self,
        worker: PacketWorker,
        status: str,
        *,
        made: Callable[[Any], None],
        failed: Callable[[str], None],
        cancelled: Callable[[], None],
        finished: Callable[[], None],
    ) -> None:
        """Start `worker` with its progress and Cancel shown, saying `status` until it reports;
        Preview stays off until it is done (`finished` gives it back)."""
        self.preview_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(status)
        worker.progressed.connect(self._on_worker_progressed)
        worker.packet_made.connect(made)
        worker.failed.connect(failed)
        worker.cancelled.connect(cancelled)
        worker.finished.connect(finished)
        self._worker = worker
        worker.start()

    def _on_cancel_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText("Stopping…")

    def _on_worker_progressed(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(f"{what}…")

    def _on_worker_packet_made(self, made: MadePacket) -> None:
        self.made = made
        self.drawn_options = self._drawing
        data = made.data
        if data.termination is not None and not self._letter_edited:
            self._fill(self.letter, data.termination.letter)
        if data.kind is PacketKind.LEGAL and not self._narrative_edited:
            self._fill(self.narrative, data.narrative)
        self._show_pdf(made.pdf.data)
        self.status.setText(
            f"Packet {data.number}: {plural(made.pdf.pages, 'page')}, "
            f"{plural(len(data.contacts), 'contact')}"
            # The chooser lists them too: said, or the owner counts rows that are not printed.
            f"{f' (and {len(data.withdrawn)} withdrawn, listed apart)' if data.withdrawn else ''}"
            f", {plural(len(data.exhibits), 'exhibit')}"
            f"{left_out_count(data)}. SHA-256 {made.pdf.sha256[:16]}…"
            + "".join(f"\n{note}" for note in handing_notes(self.services, data))
        )
        self._set_ready(True)

    def _fill(self, editor: QPlainTextEdit, text: str) -> None:
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.blockSignals(False)

    def _on_worker_failed(self, message: str) -> None:
        self._then = None
        self.status.setText(message)
        QMessageBox.warning(self, "Packet not drawn", message)

    def _on_worker_cancelled(self) -> None:
        self._then = None
        self.status.setText("Cancelled. Nothing was saved.")

    def _on_worker_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.cancel_button.hide()
        self.preview_button.setEnabled(True)
        then, self._then = self._then, None
        if then is not None and self.made is not None:
            # Checked again by the action itself: choices changed while drawing draw again.
            QTimer.singleShot(0, then)

    @property
    def drawn_as_chosen(self) -> bool:
        """Whether the packet drawn is the one the dialog's choices describe now."""
        return self.made is not None and self.drawn_options == self.options()

    def _show_pdf(self, data: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button, self.bundle_button):
            button.setEnabled(ready)
        self.letters_button.setEnabled(ready and self.packet_kind() is PacketKind.LEGAL)

    def wait_for_worker(self, milliseconds: int = 30000) -> None:
        if self._worker is not None:
            self._worker.wait(milliseconds)
