"""Dropping files, images or text onto the window or a customer, and pasting from the
clipboard: each opens the import dialog. Install `ImportDropFilter` on any widget."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QWidget

from app.core.paths import private_temporary_folder
from app.services import Services

if TYPE_CHECKING:
    from ui.importing.import_dialog import ImportDialog


def _saved_image(image: QImage) -> str:
    """An image without a file (a screenshot in the clipboard) saved as PNG for importing."""
    folder = private_temporary_folder("pasted-")
    path = os.path.join(folder, f"pasted-image-{datetime.now():%Y%m%d-%H%M%S}.png")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    with open(path, "wb") as handle:
        handle.write(bytes(buffer.data().data()))
    return path


def can_import(mime: QMimeData) -> bool:
    return mime.hasUrls() or mime.hasImage() or mime.hasText()


def dialog_for(
    services: Services, mime: QMimeData, customer_id: int | None, parent: QWidget | None
) -> ImportDialog | None:
    """The import dialog for what was dropped or pasted (not yet started), or None."""
    from ui.importing.import_dialog import ImportDialog  # loads with the first drop

    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if paths:
        return ImportDialog(services, paths, customer_id, parent)
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return ImportDialog(services, [_saved_image(image)], customer_id, parent)
    if mime.hasText() and mime.text().strip():
        return ImportDialog(services, [], customer_id, parent, pasted_text=mime.text())
    return None


class ImportDropFilter(QObject):
    """Makes a widget accept dropped evidence; `customer_id()` says whose it is, if known."""

    dialog_opened = Signal(object)  # ImportDialog, just before it starts
    finished_import = Signal(object)  # ImportReport

    def __init__(
        self,
        services: Services,
        widget: QWidget,
        customer_id: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(widget)
        self._services = services
        self._widget = widget
        self._customer_id = customer_id
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events too
            return super().eventFilter(watched, event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if can_import(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            event.acceptProposedAction()
            self.import_mime(event.mimeData())
            return True
        return super().eventFilter(watched, event)

    def import_mime(self, mime: QMimeData) -> ImportDialog | None:
        dialog = dialog_for(self._services, mime, self._customer_id(), self._widget.window())
        if dialog is None:
            return None
        dialog.finished_import.connect(self.finished_import)
        self.dialog_opened.emit(dialog)
        dialog.start()
        return dialog
