"""What the contact dialogs share: evidence dropped or pasted onto them, sizes that fit the
screen, and the notice banner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ui.importing.dropped_files import local_files
from ui.log.contact_form import ContactForm
from ui.log.evidence_list import EvidenceList
from ui.shell.status_colours import Tone, show_as_banner


class EvidenceDialog(QDialog):
    """A dialog with a form and an evidence list that takes dropped and pasted files."""

    form: ContactForm
    evidence: EvidenceList

    def _wire_evidence(self) -> None:
        self.setAcceptDrops(True)
        self.form.words_edit.files_dropped.connect(self.evidence.add_paths)
        self.form.words_edit.image_pasted.connect(self._on_words_image_pasted)
        paste = QAction("Paste screenshot", self)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.triggered.connect(self.evidence.paste_from_clipboard)
        self.addAction(paste)

    def _on_words_image_pasted(self, image: QImage) -> None:
        self.evidence.add_image(image)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if local_files(mime) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = local_files(mime)
        if paths:
            self.evidence.add_paths(paths)
        elif mime.hasImage():
            self.evidence.add_image(QImage(mime.imageData()))
        event.acceptProposedAction()


def banner(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    show_as_banner(label, Tone.WARNING)
    return label


def kept_draft_banner(
    restore: Callable[[], None], discard: Callable[[], None]
) -> tuple[QWidget, QLabel]:
    """A draft kept after a crash, offered back: its words (the label returned), then
    "Restore it" and "Discard it"."""
    box = QWidget()
    text = banner("")
    restore_button = QPushButton("Restore it")
    discard_button = QPushButton("Discard it")
    restore_button.clicked.connect(lambda: restore())
    discard_button.clicked.connect(lambda: discard())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(text, 1)
    row.addWidget(restore_button)
    row.addWidget(discard_button)
    return box, text
