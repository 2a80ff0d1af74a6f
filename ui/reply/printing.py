"""Print preview and printing of the draft, without the on-screen underlines.

The preview and the printer get a clone of the document: the underlines belong to the
editor's highlighter, so the clone carries the words and nothing else.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget


def printable(document: QTextDocument, font: QFont) -> QTextDocument:
    clone = document.clone()
    clone.setDefaultFont(font)
    return clone


class DraftPrinter:
    """Keeps the printer and the document alive for as long as a preview dialog uses them."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.document: QTextDocument | None = None
        self.dialog: QDialog | None = None

    def _prepare(self, document: QTextDocument, font: QFont, title: str) -> QTextDocument:
        self.document = printable(document, font)
        self.printer.setDocName(title)
        return self.document

    def preview(self, document: QTextDocument, font: QFont, title: str) -> int:
        clone = self._prepare(document, font, title)
        dialog = QPrintPreviewDialog(self.printer, self._parent)
        dialog.setWindowTitle(f"Print preview — {title}")
        dialog.paintRequested.connect(clone.print_)
        self.dialog = dialog
        return dialog.exec()

    def print(self, document: QTextDocument, font: QFont, title: str) -> bool:
        clone = self._prepare(document, font, title)
        dialog = QPrintDialog(self.printer, self._parent)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        clone.print_(self.printer)
        return True
